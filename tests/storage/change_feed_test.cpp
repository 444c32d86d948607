// Issue 15: tests of storage/change_feed.h (stub registered by the lead).
