// The agreement editor driven through its widgets on a real (temporary) database.
#include "passerelle/ui/agreement_editor.h"

#include <gtest/gtest.h>
