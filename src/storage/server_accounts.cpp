#include "passerelle/storage/server_accounts.h"
