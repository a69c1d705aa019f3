// The plan people start from: enough structure to show what goes where, nothing to delete first.
#include "core/session/history.h"

namespace gp {

namespace {

struct StarterSection {
  const char* title;
  Team owner;
  const char* prompt;
};

constexpr StarterSection kStarterSections[] = {
    {"Shared goal", Team::leadership,
     "Write the one revenue number marketing and sales both commit to, and how you will measure it."},
    {"Who we sell to", Team::marketing,
     "Describe the companies and buyers you want to win, and the ones you will say no to."},
    {"How we work together", Team::sales,
     "Agree how leads are handed over, how fast they are followed up, and how you review results together."},
};

}  // namespace

Document newDocument(IdGenerator& ids, const EditContext& context) {
  const Stamp stamp{context.author, context.now, context.team};
  Document doc;
  doc.plan.meta = EntityMeta{ids.next(), stamp, stamp};
  doc.plan.currency = "EUR";
  doc.growth.assumptions = defaultGrowthAssumptions();
  doc.reasons = ReasonLists{starterLeadRejectionReasons(), starterDealReasons()};
  for (const auto& starter : kStarterSections)
    doc.sections.push_back(Section{EntityMeta{ids.next(), stamp, stamp}, starter.title, starter.owner, starter.prompt});
  return doc;
}

}  // namespace gp
