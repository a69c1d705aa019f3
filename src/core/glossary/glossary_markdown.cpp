#include "core/glossary/glossary_markdown.h"

#include <vector>

#include "core/glossary/glossary.h"
#include "core/text/markup_text.h"

namespace gp {

namespace {

void paragraph(std::string& out, const char* label, const std::string& text) {
  if (text.empty()) return;
  out += std::string("**") + label + ":** " + markdownEscaped(text) + "\n\n";
}

void list(std::string& out, const char* label, const std::vector<std::string>& items) {
  if (items.empty()) return;
  out += std::string("**") + label + ":**\n\n";
  for (const auto& item : items) out += "- " + markdownEscaped(item) + "\n";
  out += "\n";
}

}  // namespace

std::string glossaryToMarkdown(const Document& doc) {
  std::string out = "# Glossary";
  if (!doc.plan.title.empty()) out += ": " + markdownEscaped(doc.plan.title);
  out += "\n\n";
  if (doc.glossary.empty()) out += "No terms yet.\n";
  const auto nameOf = [&](const std::string& id) {
    const int index = findTermIndexById(doc.glossary, id);
    return index >= 0 ? doc.glossary[static_cast<size_t>(index)].name : std::string();
  };
  for (const auto& term : doc.glossary) {
    out += "## " + markdownEscaped(term.name.empty() ? std::string("(untitled)") : term.name) + "\n\n";
    std::string facts = std::string("*") + termStatusLabel(term.status) + "* · " + termCategoryLabel(term.category) +
                        " · owned by " + teamLabel(term.owner);
    out += facts + "\n\n";
    if (!term.aliases.empty()) {
      std::string aliases;
      for (const auto& alias : term.aliases) aliases += (aliases.empty() ? "" : ", ") + markdownEscaped(alias);
      out += "**Also called:** " + aliases + "\n\n";
    }
    if (term.status == TermStatus::deprecated && !nameOf(term.replacedBy).empty())
      out += "**Use instead:** " + markdownEscaped(nameOf(term.replacedBy)) + "\n\n";
    paragraph(out, "Agreed definition", term.definition);
    paragraph(out, "Marketing's definition", term.marketingDefinition);
    paragraph(out, "Sales's definition", term.salesDefinition);
    list(out, "Counts as", term.examples);
    list(out, "Does not count", term.counterExamples);
    std::vector<std::string> related;
    for (const auto& id : term.relatedTermIds)
      if (!nameOf(id).empty()) related.push_back(nameOf(id));
    if (!related.empty()) {
      std::string names;
      for (const auto& name : related) names += (names.empty() ? "" : ", ") + markdownEscaped(name);
      out += "**Related:** " + names + "\n\n";
    }
    paragraph(out, "Notes", term.notes);
  }
  while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

}  // namespace gp
