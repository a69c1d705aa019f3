#include "core/outcome/summary.h"

#include "core/outcome/summary_html.h"
#include "core/outcome/summary_markdown.h"

namespace gp {

std::string summaryHtml(const Document& doc, const SummaryOptions& options) {
  return renderSummaryHtml(buildSummary(doc, options));
}

std::string summaryMarkdown(const Document& doc, const SummaryOptions& options) {
  return renderSummaryMarkdown(buildSummary(doc, options));
}

}  // namespace gp
