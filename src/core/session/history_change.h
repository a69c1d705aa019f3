// One recorded change of History: an entity's value before and after, at its position. Shared by
// History (undo/redo) and the edit journal (which paths changed since the last save).
#pragma once

#include <cstddef>
#include <optional>
#include <variant>

#include "core/model/document.h"

namespace gp::history_detail {

// `document` is a whole-plan step (a merge), the only kind that stores more than one entity.
enum class Collection {
  plan, people, sections, glossary, growth, scenarios, commitments, campaigns, reasons, leadDays, deals, ratings,
  requests, diagnosticRounds, diagnosticAnswers, workshops, workshopNotes,
  actions, dotVotes, draftPrompts, comments, signOffs, attribution, document
};
enum class StepKind { add, edit, remove, move };

// The plan details, the growth assumptions and the reason lists are single values, not lists.
constexpr bool isWholeValue(Collection collection) {
  return collection == Collection::plan || collection == Collection::growth || collection == Collection::reasons ||
         collection == Collection::attribution;
}

using EntityValue =
    std::variant<PlanInfo, Person, Section, GlossaryTerm, GrowthAssumptions, Scenario, Commitment, Campaign,
                 ReasonLists, LeadDay, DealReview, Rating, CollateralRequest, DiagnosticRound, DiagnosticAnswer, Workshop,
                 WorkshopNote, ActionItem, DotVote, DraftPrompt, CommentThread,
                 SignOff, AttributionAgreement, Document>;

// One entity at one position: before absent means it was added, after absent means removed.
struct EntityChange {
  Collection collection = Collection::plan;
  size_t index = 0;  // position in its list (unused for the plan, the growth assumptions and the reasons)
  std::optional<EntityValue> before;
  std::optional<EntityValue> after;
};

}  // namespace gp::history_detail
