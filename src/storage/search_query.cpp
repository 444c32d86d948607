// The query side of the search index (search_query.h).
#include "search_query.h"
