#pragma once

// OrderSnapshots moved to core/store (it is local SQL); this header stays for the includes of
// other folders' tests until they name store/ordersnapshot.h.
#include "store/ordersnapshot.h"
