#include "core/outcome/summary_html.h"

#include "core/text/markup_text.h"

namespace gp {

namespace {

// Screen: a centred sheet with quiet rules. Print: no backgrounds or shadows, 11pt type, tables
// and sections kept whole where they fit. Team and status colours are text and border colours, so
// they survive printers that drop backgrounds.
constexpr const char* kStyle = R"css(
:root {
  --ink: #1c2330; --muted: #5d6675; --rule: #dde1e7; --accent: #22406e; --sheet: #ffffff;
  --marketing: #7a3ea1; --sales: #17765a; --leadership: #b3611f;
  --good: #17713f; --good-bg: #e7f4ec; --warning: #8f5a00; --warning-bg: #fbf1dc;
  --bad: #b3261e; --bad-bg: #fbe9e7; --quiet-bg: #f0f2f5;
}
* { box-sizing: border-box; }
html {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  color: var(--ink); background: #eef0f3; line-height: 1.45; -webkit-text-size-adjust: 100%;
}
body { margin: 0; padding: 2rem 1rem; }
main {
  max-width: 60rem; margin: 0 auto; background: var(--sheet); padding: 2.5rem 3rem 2rem;
  border-radius: 8px; box-shadow: 0 1px 2px rgba(20, 30, 50, .06), 0 4px 16px rgba(20, 30, 50, .06);
}
header { border-bottom: 3px solid var(--accent); padding-bottom: 1rem; margin-bottom: .5rem; }
.eyebrow {
  margin: 0 0 .2rem; font-size: .8rem; font-weight: 600; letter-spacing: .08em; text-transform: uppercase;
  color: var(--accent);
}
h1 { margin: 0 0 .8rem; font-size: 2rem; line-height: 1.2; letter-spacing: -.01em; }
.facts { display: flex; flex-wrap: wrap; gap: .25rem 2rem; margin: 0; font-size: .9rem; }
.facts div { display: flex; gap: .4rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
section { margin-top: 2rem; }
h2 {
  margin: 0 0 .8rem; padding-bottom: .3rem; border-bottom: 1px solid var(--rule);
  font-size: 1.25rem; color: var(--accent);
}
p { margin: 0 0 .9rem; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(13.5rem, 1fr)); gap: .6rem; margin: 0 0 1.25rem; }
.figures div { border: 1px solid var(--rule); border-top: 3px solid var(--accent); border-radius: 6px; padding: .55rem .75rem; }
.figures dt { font-size: .72rem; font-weight: 600; letter-spacing: .05em; text-transform: uppercase; color: var(--muted); }
.figures dd { margin: .15rem 0 0; font-size: 1.3rem; font-weight: 650; font-variant-numeric: tabular-nums; white-space: nowrap; }
.table-wrap { overflow-x: auto; margin: 0 0 1.25rem; }
table { width: 100%; border-collapse: collapse; font-size: .9rem; }
table.compact { width: auto; min-width: min(100%, 34rem); }
caption { caption-side: top; padding: 0 0 .4rem; text-align: left; font-weight: 600; }
th, td { padding: .42rem .6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
thead th {
  border-bottom: 2px solid var(--rule); font-size: .72rem; font-weight: 600; letter-spacing: .04em;
  text-transform: uppercase; color: var(--muted); vertical-align: bottom;
}
tbody th { font-weight: 500; }
tbody td { white-space: pre-line; }
tbody tr:last-child th, tbody tr:last-child td { border-bottom: 0; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.muted { color: var(--muted); }
.note { padding: .5rem .75rem; border-left: 3px solid var(--warning); background: var(--warning-bg); }
.team::before {
  content: ""; display: inline-block; width: 0; height: 0; margin-right: .45em; vertical-align: .1em;
  border: .3em solid currentColor; border-radius: 50%;
}
.team { white-space: nowrap; }
.t-marketing::before { color: var(--marketing); }
.t-sales::before { color: var(--sales); }
.t-leadership::before { color: var(--leadership); }
.status { display: inline-block; padding: .05em .6em; border-radius: 999px; font-size: .85em; font-weight: 600; white-space: nowrap; }
.cell-note { display: block; margin-top: .15rem; font-size: .85em; color: var(--muted); }
.s-good { color: var(--good); background: var(--good-bg); }
.s-warning { color: var(--warning); background: var(--warning-bg); }
.s-bad { color: var(--bad); background: var(--bad-bg); }
footer { margin-top: 2rem; padding-top: .75rem; border-top: 1px solid var(--rule); font-size: .8rem; color: var(--muted); }
@media (max-width: 40rem) {
  body { padding: 0; }
  main { padding: 1.25rem 1rem; border-radius: 0; box-shadow: none; }
  h1 { font-size: 1.6rem; }
}
/* Print: one A4 sheet. Small type, the goal across the page (its wide tables too), the rest in
   two columns; tables are kept whole, sections may continue in the next column. */
@page { size: A4; margin: 10mm 11mm; }
@media print {
  html { font-size: 7pt; line-height: 1.22; background: none; }
  body { padding: 0; }
  main { max-width: none; padding: 0; border-radius: 0; box-shadow: none; columns: 2; column-gap: 7mm; }
  header, #goal, #sla, footer { column-span: all; }
  header { padding-bottom: .5rem; }
  h1 { font-size: 1.7rem; margin-bottom: .3rem; }
  #goal { display: grid; grid-template-columns: 1fr 1fr; grid-auto-flow: row dense; gap: 0 7mm; }
  #goal > h2, #goal > .figures, #goal > p, #goal > .wide { grid-column: 1 / -1; }
  .figures { grid-template-columns: repeat(6, 1fr); gap: .3rem; margin-bottom: .4rem; }
  .figures div { padding: .25rem .4rem; }
  .figures dd { font-size: 1.1rem; }
  section { margin-top: .6rem; }
  h2 { font-size: 1.15rem; margin-bottom: .35rem; padding-bottom: .15rem; }
  p { margin-bottom: .4rem; }
  .table-wrap { overflow: visible; margin-bottom: .4rem; }
  table, table.compact { width: 100%; min-width: 0; font-size: 1rem; }
  th, td { padding: .1rem .3rem; }
  caption { padding-bottom: .15rem; }
  .note, .status { background: none; }
  .note { padding: .1rem .4rem; }
  .status { padding: 0; }
  .table-wrap, .figures { break-inside: avoid; }
  tr { break-inside: avoid; }
  h2, caption { break-after: avoid; }
  footer { margin-top: .6rem; padding-top: .3rem; }
}
)css";

const char* toneClass(SummaryTone tone) {
  switch (tone) {
    case SummaryTone::marketing: return "team t-marketing";
    case SummaryTone::sales: return "team t-sales";
    case SummaryTone::leadership: return "team t-leadership";
    case SummaryTone::good: return "status s-good";
    case SummaryTone::warning: return "status s-warning";
    case SummaryTone::bad: return "status s-bad";
    case SummaryTone::muted:
    case SummaryTone::plain: break;
  }
  return "";
}

// A cell's text in its tone: teams and statuses as a marked span, muted text as a class of the cell.
std::string cellContent(const SummaryCell& cell) {
  const std::string text = htmlEscaped(cell.text);
  const std::string style = toneClass(cell.tone);
  std::string out = style.empty() ? text : "<span class=\"" + style + "\">" + text + "</span>";
  if (!cell.note.empty()) out += " <span class=\"cell-note\">" + htmlEscaped(cell.note) + "</span>";
  return out;
}

std::string cell(const char* tag, const std::string& scope, bool numeric, const SummaryCell& value) {
  std::string classes = numeric ? "num" : "";
  if (value.tone == SummaryTone::muted) classes += classes.empty() ? "muted" : " muted";
  std::string out = std::string("<") + tag;
  if (!scope.empty()) out += " scope=\"" + scope + "\"";
  if (!classes.empty()) out += " class=\"" + classes + "\"";
  return out + ">" + cellContent(value) + "</" + tag + ">";
}

struct HtmlBlock {
  std::string& out;

  void operator()(const SummaryParagraph& paragraph) const {
    const char* style = paragraph.tone == SummaryTone::muted     ? " class=\"muted\""
                        : paragraph.tone == SummaryTone::warning ? " class=\"note\""
                                                                 : "";
    out += std::string("<p") + style + ">" + htmlEscaped(paragraph.text) + "</p>\n";
  }

  void operator()(const SummaryFigures& figures) const {
    out += "<dl class=\"figures\">\n";
    for (const auto& figure : figures)
      out += "<div><dt>" + htmlEscaped(figure.label) + "</dt><dd>" + htmlEscaped(figure.value) + "</dd></div>\n";
    out += "</dl>\n";
  }

  void operator()(const SummaryTable& table) const {
    const auto numeric = [&](size_t c) { return c < table.numeric.size() && table.numeric[c]; };
    // A few columns of figures keep to their width instead of spreading over the page.
    bool compact = table.columns.size() <= 3;
    for (size_t c = 1; c < table.columns.size(); ++c) compact = compact && numeric(c);
    // Many columns need the page's width when printed in two columns.
    const char* wrap = table.columns.size() > 5 ? "<div class=\"table-wrap wide\">" : "<div class=\"table-wrap\">";
    out += std::string(wrap) + (compact ? "<table class=\"compact\">\n" : "<table>\n");
    if (!table.caption.empty()) out += "<caption>" + htmlEscaped(table.caption) + "</caption>\n";
    out += "<thead><tr>";
    for (size_t c = 0; c < table.columns.size(); ++c) out += cell("th", "col", numeric(c), {table.columns[c]});
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : table.rows) {
      out += "<tr>";
      for (size_t c = 0; c < row.size(); ++c)
        out += c == 0 ? cell("th", "row", numeric(c), row[c]) : cell("td", "", numeric(c), row[c]);
      out += "</tr>\n";
    }
    out += "</tbody>\n</table></div>\n";
  }
};

}  // namespace

std::string renderSummaryHtml(const Summary& summary) {
  const std::string name = summary.company.empty() ? summary.title : summary.company + ": " + summary.title;
  std::string out =
      "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>" + htmlEscaped(name) + " – summary</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<main>\n";
  out += "<header>\n";
  if (!summary.company.empty()) out += "<p class=\"eyebrow\">" + htmlEscaped(summary.company) + "</p>\n";
  out += "<h1>" + htmlEscaped(summary.title) + "</h1>\n<dl class=\"facts\">\n";
  for (const auto& fact : summary.facts)
    out += "<div><dt>" + htmlEscaped(fact.label) + "</dt><dd>" + htmlEscaped(fact.value) + "</dd></div>\n";
  out += "</dl>\n</header>\n";
  for (const auto& section : summary.sections) {
    const std::string id = htmlEscaped(section.id);
    out += "<section id=\"" + id + "\" aria-labelledby=\"" + id + "-heading\">\n<h2 id=\"" + id + "-heading\">" +
           htmlEscaped(section.heading) + "</h2>\n";
    for (const auto& block : section.blocks) std::visit(HtmlBlock{out}, block);
    out += "</section>\n";
  }
  out += "<footer>One-page outcome of the growth plan, made with Growth Plan Studio.</footer>\n";
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace gp
