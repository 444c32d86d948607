#include "passerelle/ui/siecle_import_dialog.h"
