// A Summary as Markdown (CommonMark with GitHub tables), for wikis, pull requests and mail.
#pragma once

#include <string>

#include "core/outcome/summary_model.h"

namespace gp {

std::string renderSummaryMarkdown(const Summary&);

}  // namespace gp
