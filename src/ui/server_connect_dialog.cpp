#include "passerelle/ui/server_connect_dialog.h"
