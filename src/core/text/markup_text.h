// Plan text placed into HTML or Markdown documents, escaped so it always reads as the text it is:
// a name like "<script>" or "*Lead* | MQL" can neither add markup nor break a table.
#pragma once

#include <string>
#include <string_view>

namespace gp {

// & < > " ' as character references, safe in element content and quoted attribute values.
std::string htmlEscaped(std::string_view text);

// Escapes characters Markdown would read as formatting (\ ` * _ [ ] < > | ~ anywhere; # - + = >
// at the start of a line); line breaks become hard breaks.
std::string markdownEscaped(std::string_view text);

// markdownEscaped for one cell of a Markdown table: line breaks become spaces, so the row stays
// one line.
std::string markdownCellEscaped(std::string_view text);

}  // namespace gp
