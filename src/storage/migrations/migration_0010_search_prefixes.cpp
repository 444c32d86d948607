// Migration 10 (issue 14): reserved for the search index's prefixes; not yet in the migrations list.
