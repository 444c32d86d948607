// The group activity editor driven through its widgets on a real (temporary) database.
#include "passerelle/ui/group_activity_editor.h"

#include <gtest/gtest.h>
