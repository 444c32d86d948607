#pragma once

// The query side of the search index (issue 14): how a list finds the records matching what the user types.
