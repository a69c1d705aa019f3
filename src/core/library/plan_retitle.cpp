#include "core/library/plan_retitle.h"

#include <utility>

namespace gp {

std::variant<RetitledPlan, std::string> retitlePlan(std::string_view text, const std::string& title, uint64_t idSeed,
                                                     NowFunction now, Editor editor) {
  PlanSession session(idSeed, std::move(now), std::move(editor));
  const OpenResult opened = session.restore(text, {}, false);
  if (opened.result != OpenResult::Result::opened) return opened.error;
  if (session.doc().plan.title != title) {
    PlanInfo plan = session.doc().plan;
    plan.title = title;
    session.history().setPlan(plan, session.edit());
  }
  std::string json = session.documentJson();
  return RetitledPlan{std::move(json), libraryFacts(session.doc())};
}

}  // namespace gp
