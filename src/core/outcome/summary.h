// The one-page outcome of a workshop, printable: the shared goal and funnel, the SLA commitments
// and how they stand, the agreed terms, the alignment diagnostic and who signed off what.
// Standalone HTML (no scripts, no external resources) or Markdown; plan text is always escaped.
#pragma once

#include <string>

#include "core/model/document.h"
#include "core/outcome/summary_model.h"

namespace gp {

std::string summaryHtml(const Document&, const SummaryOptions&);
std::string summaryMarkdown(const Document&, const SummaryOptions&);

}  // namespace gp
