// Where the plan uses a glossary term, for the term's "Used in the plan" line.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/model/document.h"

namespace gp {

// Indices into the document the usage was found in; they hold until the document changes.
struct TermUsage {
  std::vector<size_t> stages;    // doc.growth.assumptions.stages the term defines (glossaryTermId)
  std::vector<size_t> sections;  // doc.sections whose body mentions the term (findTermMentions)
  bool empty() const { return stages.empty() && sections.empty(); }
  bool operator==(const TermUsage&) const = default;
};

// Empty when no term has `termId`.
TermUsage findTermUsage(const Document& doc, const std::string& termId);

}  // namespace gp
