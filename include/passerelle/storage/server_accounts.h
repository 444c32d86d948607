#pragma once
// Issue 15: the shared server's roles, row-level security and users (stub registered by the lead).
