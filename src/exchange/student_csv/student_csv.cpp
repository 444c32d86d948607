#include "passerelle/exchange/student_csv.h"
