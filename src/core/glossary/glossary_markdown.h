// The glossary as a Markdown document, for wikis, pull requests and printing.
#pragma once

#include <string>

#include "core/model/document.h"

namespace gp {

// "# Glossary" (with the plan's title), then one "## Name" section per term in glossary order,
// with its aliases, status, category, owner, definitions, examples, links and notes. Text is
// escaped so names like "*Lead*" or "#1 deal" stay literal.
std::string glossaryToMarkdown(const Document& doc);

}  // namespace gp
