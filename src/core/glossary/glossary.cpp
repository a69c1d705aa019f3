#include "core/glossary/glossary.h"

#include "core/text/text_fold.h"
#include "core/text/text_trim.h"

namespace gp {

int findTermIndexById(const std::vector<GlossaryTerm>& glossary, std::string_view id) {
  if (id.empty()) return -1;
  for (size_t i = 0; i < glossary.size(); ++i)
    if (glossary[i].meta.id == id) return static_cast<int>(i);
  return -1;
}

int findTermIndexByName(const std::vector<GlossaryTerm>& glossary, std::string_view word) {
  const std::string wanted = foldCase(trimmed(word));
  if (wanted.empty()) return -1;
  for (size_t i = 0; i < glossary.size(); ++i)
    if (foldCase(trimmed(glossary[i].name)) == wanted) return static_cast<int>(i);
  for (size_t i = 0; i < glossary.size(); ++i)
    for (const auto& alias : glossary[i].aliases)
      if (foldCase(trimmed(alias)) == wanted) return static_cast<int>(i);
  return -1;
}

std::string stageDisplayName(const Document& doc, const FunnelStage& stage) {
  const int index = findTermIndexById(doc.glossary, stage.glossaryTermId);
  if (index >= 0 && !doc.glossary[static_cast<size_t>(index)].name.empty())
    return doc.glossary[static_cast<size_t>(index)].name;
  return stage.name;
}

}  // namespace gp
