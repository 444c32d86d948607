#include "passerelle/storage/deadline_reads.h"
