#include "core/glossary/term_usage.h"

#include "core/glossary/term_mentions.h"

namespace gp {

TermUsage findTermUsage(const Document& doc, const std::string& termId) {
  TermUsage usage;
  const GlossaryTerm* term = nullptr;
  for (const GlossaryTerm& candidate : doc.glossary)
    if (candidate.meta.id == termId) {
      term = &candidate;
      break;
    }
  if (!term) return usage;
  // Searching for this term alone: a name another term shares still counts as a mention of it.
  const TermMatcher matcher(std::vector<GlossaryTerm>{*term});
  for (size_t i = 0; i < doc.sections.size(); ++i)
    if (!matcher.find(doc.sections[i].body).empty()) usage.sections.push_back(i);
  const auto& stages = doc.growth.assumptions.stages;
  for (size_t i = 0; i < stages.size(); ++i)
    if (stages[i].glossaryTermId == termId) usage.stages.push_back(i);
  return usage;
}

}  // namespace gp
