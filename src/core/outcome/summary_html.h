// A Summary as one standalone HTML page: embedded stylesheet for screen and print (A4 or Letter),
// no scripts, no external resources, semantic headings and tables for screen readers.
#pragma once

#include <string>

#include "core/outcome/summary_model.h"

namespace gp {

std::string renderSummaryHtml(const Summary&);

}  // namespace gp
