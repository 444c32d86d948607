#pragma once
// Issue 14: the agreements the deadline views need (stub registered by the lead; a helper fills it in).
