#include "passerelle/storage/change_feed.h"
