#include "core/outcome/summary_markdown.h"

#include "core/text/markup_text.h"

namespace gp {

namespace {

std::string cellText(const SummaryCell& cell) {
  return markdownCellEscaped(cell.note.empty() ? cell.text : cell.text + ": " + cell.note);
}

struct MarkdownBlock {
  std::string& out;

  void operator()(const SummaryParagraph& paragraph) const {
    const std::string text = markdownEscaped(paragraph.text);
    out += paragraph.tone == SummaryTone::muted ? "*" + text + "*" : text;
    out += "\n\n";
  }

  void operator()(const SummaryFigures& figures) const {
    for (const auto& figure : figures)
      out += "- **" + markdownEscaped(figure.label) + ":** " + markdownEscaped(figure.value) + "\n";
    out += "\n";
  }

  void operator()(const SummaryTable& table) const {
    if (!table.caption.empty()) out += "**" + markdownEscaped(table.caption) + "**\n\n";
    std::string header = "|", rule = "|";
    for (size_t c = 0; c < table.columns.size(); ++c) {
      header += " " + markdownCellEscaped(table.columns[c]) + " |";
      rule += c < table.numeric.size() && table.numeric[c] ? " ---: |" : " --- |";
    }
    out += header + "\n" + rule + "\n";
    for (const auto& row : table.rows) {
      out += "|";
      for (size_t c = 0; c < table.columns.size(); ++c)
        out += " " + (c < row.size() ? cellText(row[c]) : std::string()) + " |";
      out += "\n";
    }
    out += "\n";
  }
};

}  // namespace

std::string renderSummaryMarkdown(const Summary& summary) {
  std::string out = "# ";
  out += markdownEscaped(summary.company.empty() ? summary.title : summary.company + ": " + summary.title);
  out += "\n\n";
  std::string facts;
  for (const auto& fact : summary.facts)
    facts += (facts.empty() ? "" : " · ") + ("**" + markdownEscaped(fact.label) + ":** " + markdownEscaped(fact.value));
  if (!facts.empty()) out += facts + "\n\n";
  for (const auto& section : summary.sections) {
    out += "## " + markdownEscaped(section.heading) + "\n\n";
    for (const auto& block : section.blocks) std::visit(MarkdownBlock{out}, block);
  }
  while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

}  // namespace gp
