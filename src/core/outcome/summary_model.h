// The one-page outcome of a workshop as content: headed sections of paragraphs, key figures and
// tables, gathered from the plan with the calculations the app shows. summary_html.h and
// summary_markdown.h only lay it out, so a new section is one more gathering function here.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/model/document.h"

namespace gp {

struct SummaryOptions {
  std::string today;   // YYYY-MM-DD: the date printed as generated, the year of a plan without dates
  std::string nowIso;  // ISO 8601 UTC: when measured SLA actuals are taken; "" means today at midnight
};

// What a cell or paragraph says beyond its text: a team, or how a status stands. Renderers colour it.
enum class SummaryTone { plain, muted, marketing, sales, leadership, good, warning, bad };

struct SummaryCell {
  SummaryCell(std::string text = {}, SummaryTone tone = SummaryTone::plain, std::string note = {})
      : text(std::move(text)), tone(tone), note(std::move(note)) {}
  std::string text;
  SummaryTone tone;
  std::string note;  // said after the text, smaller: "Approved" with "Ana, 2027-03-01"
};

// The first cell of each row heads the row.
struct SummaryTable {
  std::string caption;
  std::vector<std::string> columns;
  std::vector<bool> numeric;  // per column: figures, aligned right
  std::vector<std::vector<SummaryCell>> rows;
};

// A key figure: {"Revenue target", "EUR 18,000,000"}.
struct SummaryFigure {
  std::string label;
  std::string value;
};
using SummaryFigures = std::vector<SummaryFigure>;

struct SummaryParagraph {
  std::string text;
  SummaryTone tone = SummaryTone::plain;
};

using SummaryBlock = std::variant<SummaryParagraph, SummaryFigures, SummaryTable>;

struct SummarySection {
  std::string id;  // "goal", "sla", ...: an anchor in HTML
  std::string heading;
  std::vector<SummaryBlock> blocks;
};

struct Summary {
  std::string company;
  std::string title;
  SummaryFigures facts;  // plan period, currency, generated date
  std::vector<SummarySection> sections;  // in reading order
};

// Everything the summary shows, in its order: the shared goal and funnel, the SLA commitments,
// the agreed terms, the latest alignment diagnostic, the decisions and action items, and the
// sign-offs.
Summary buildSummary(const Document&, const SummaryOptions&);

// The parts of buildSummary, one section each (summary_goal.cpp, summary_agreements.cpp,
// summary_diagnostic.cpp, summary_workshop.cpp).
SummarySection goalSection(const Document&, const SummaryOptions&);
SummarySection slaSection(const Document&, const SummaryOptions&);
SummarySection agreedTermsSection(const Document&);
SummarySection diagnosticSection(const Document&);
SummarySection workshopOutcomeSection(const Document&, const SummaryOptions&);
SummarySection signOffSection(const Document&);

// The tone of a team's name (plain for "other").
SummaryTone teamTone(Team);
// A table whose columns after the first hold figures.
SummaryTable figureTable(std::string caption, std::vector<std::string> columns);

}  // namespace gp
