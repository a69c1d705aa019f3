#include "core/glossary/search_warm_up.h"

#include <numeric>
#include <string>
#include <vector>

#include "core/glossary/glossary_filter.h"

namespace gp {

size_t warmUpGlossarySearch() {
  // Enough text for the browser to optimise the scanning loops too (a few hundred terms); a
  // search of a short glossary would only compile them.
  constexpr size_t kTerms = 1000;
  constexpr size_t kRounds = 3;
  std::vector<GlossaryTerm> terms(kTerms);
  for (size_t i = 0; i < terms.size(); ++i) {
    terms[i].name = "Lead velocity " + std::to_string(i);
    terms[i].aliases = {"LV" + std::to_string(i)};
    terms[i].definition = i % 2 ? "Qualified leads a month, and how fast that number grows from one month to the next."
                                : "Pipeline created this month by every team, counted once the first meeting is held.";
    terms[i].marketingDefinition = "Marketing counts it when the form is filled in and the contact fits the profile.";
    terms[i].salesDefinition = "Sales counts it when a meeting is booked with someone who can buy.";
  }
  std::vector<int> order(terms.size());
  std::iota(order.begin(), order.end(), 0);

  GlossarySearchIndex index(terms);
  size_t found = 0;
  for (size_t round = 0; round < kRounds; ++round) {
    GlossaryFilter filter;
    filter.text = "l";
    std::vector<int> rows = index.filter(terms, filter, &order);
    found += rows.size();
    for (const char* typed : {"le", "lea", "lead q"}) {
      if (!searchNarrows(filter.text, typed)) break;
      filter.text = typed;
      rows = index.filterWithin(terms, filter, rows);
      found += rows.size();
    }
    filter.text.clear();
    found += filterTerms(terms, filter, &order).size();
    terms[3].definition = round % 2 ? "Qualified leads a month." : "Qualified meetings held.";
    index.update(terms);
    filter.text = "meetings held";
    found += index.filter(terms, filter, &order).size();
  }
  return found;
}

}  // namespace gp
