// The "sync" section of a plan file written straight as text, byte for byte what dumping
// syncJson(sync) with two-space indentation gives at the file's top level, without building the
// JSON tree first: a plan made in the app carries a write per term, and the autosave writes them
// after every pause in typing.
#pragma once

#include <string>

#include "core/merge/sync_state.h"

namespace gp {

// The value that follows `"sync": ` in saveDocument's text (an object starting at indentation
// level 1). Appends to `out`.
void appendSyncText(const SyncState&, std::string& out);

}  // namespace gp
