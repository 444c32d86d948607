// Issue 15: tests of the server connect dialog (stub registered by the lead).
