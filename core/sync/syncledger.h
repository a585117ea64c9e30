#pragma once

// SyncLedger moved to core/store (it is local SQL); this header stays for the includes of
// core/engine and ui until they name store/syncledger.h.
#include "store/syncledger.h"
