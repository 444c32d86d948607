// Issue 14: tests of storage/deadline_reads.h (stub registered by the lead).
