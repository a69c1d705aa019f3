// A glossary search run once on a few terms of its own, touching nothing else.
#pragma once

#include <cstddef>

namespace gp {

// Takes every step a search of the glossary list takes as a person types and erases (index,
// first letter, narrowing, back to all terms, an edited term), over a small glossary built here.
// A browser compiles WebAssembly code the first time it runs: the web app calls this while idle,
// so that compiling is not paid by the first real keystroke. Returns the rows found, all steps
// together (tests check the steps ran).
size_t warmUpGlossarySearch();

}  // namespace gp
