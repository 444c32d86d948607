#pragma once

#include "passerelle/domain/dataset.h"

namespace passerelle::test {

// A small dataset with every field of every record set (accents, ligatures, quotes and new lines in texts,
// optional numbers at 0, an empty host report): what a round trip must keep exactly.
Dataset fullSample();

}  // namespace passerelle::test
