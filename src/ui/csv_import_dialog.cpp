#include "passerelle/ui/csv_import_dialog.h"
