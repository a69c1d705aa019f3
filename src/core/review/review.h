// Review of a plan by its teams: what each team signed off and whether it still holds, what
// awaits which team, and the names of the things people comment on and sign off.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/document.h"

namespace gp {

// Teams that sign off, in display order. Marketing and sales approve everything; leadership the
// whole plan.
inline constexpr Team kSignOffTeams[] = {Team::marketing, Team::sales, Team::leadership};
bool signOffRequired(const std::string& target, Team team);

// What a sign-off approves, as a short hash of the content without ids, stamps, term history or
// SLA actuals (tracking numbers are not part of the agreement). "" when the target is gone.
std::string contentFingerprint(const Document&, const std::string& target);

bool targetExists(const Document&, const std::string& target);
// "Whole plan", "Service level agreement", "Lead rejection reasons", "Section “Goals”",
// "Term “MQL”", "Commitment “…”", "Campaign “…”", or "A deleted item".
std::string targetLabel(const Document&, const std::string& target);
// targetLabel for many lookups: indexes the plan's entities once.
class TargetLabels {
 public:
  explicit TargetLabels(const Document& doc) : doc_(doc) {}
  const std::string& operator()(const std::string& target);

 private:
  const Document& doc_;
  bool built_ = false;
  std::unordered_map<std::string, std::string> labels_;
};

// Everything that can be signed off, in display order: the plan, the SLA, the two reason lists
// (the shared words for why leads are turned down and deals won or lost), sections, terms.
std::vector<std::string> signOffTargets(const Document&);

// The latest recorded change to the target's content (empty when none is recorded, as for the
// reason lists, which carry no stamp of their own).
Stamp lastChange(const Document&, const std::string& target);

enum class SignOffState { awaiting, approved, cleared };
struct TeamSignOff {
  Team team = Team::marketing;
  SignOffState state = SignOffState::awaiting;
  Stamp signedBy;   // approved or cleared: who signed and when
  Stamp changedBy;  // cleared: the latest change after the sign-off (empty `by` when unknown)
};
// `fingerprint` is contentFingerprint(doc, target), passed in so callers can compute it once.
TeamSignOff signOffStatus(const Document&, const std::string& target, Team, const std::string& fingerprint);
// "Changed by Ben after Marketing signed off" / "Changed after Marketing signed off".
std::string clearedMessage(const TeamSignOff&);

// What still awaits each team (in kSignOffTeams order): required sign-offs missing or cleared.
struct ReviewSummary {
  std::vector<std::string> awaiting[std::size(kSignOffTeams)];  // targets, in signOffTargets order
  size_t cleared[std::size(kSignOffTeams)] = {};                  // of those, signed once then changed
  size_t openThreads = 0;
};
ReviewSummary summarizeReview(const Document&);

size_t openThreadCount(const Document&);
size_t openThreadCount(const Document&, const std::string& target);

}  // namespace gp
