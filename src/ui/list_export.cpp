#include "passerelle/ui/list_export.h"
