#pragma once
// Issue 15: other users' changes, told by the server (LISTEN/NOTIFY) (stub registered by the lead).
