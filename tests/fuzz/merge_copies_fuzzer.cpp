// Merging two copies of one plan. Two people open the same seed plan (tests/data/valid), make
// fuzzer-chosen edits through History, save (recording their edits in the version clocks through
// the plan session and its edit journal, as the app does), and now and then take in each other's copy. Then
// mergeCopies(a, b) and mergeCopies(b, a) must not crash, must both succeed and must give the same
// plan (merge.h promises "merging A into B gives B into A"), and merging either copy again into the
// result must change nothing.
#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/session/plan_session.h"
#include "core/merge/plan_merge.h"
#include "core/review/review.h"
#include "fuzz_support.h"

namespace {

using namespace gp;

// Short texts, some shared by both people so that equal edits happen too.
const char* const kTexts[] = {"", "A", "B", "Ana's text", "MQL", "Lead", "Ü ñ — 😀", "line one\nline two", "quote \" and \\"};
const char* const kNames[] = {"Ana", "Ben", "Cleo"};
// Few instants, so equal and out-of-order edit times are common (laptops' clocks disagree).
const char* const kTimes[] = {"2027-01-05T09:30:00Z", "2027-02-01T10:00:00Z", "2027-02-01T10:00:01Z", "2027-03-01T00:00:00Z"};
const char* const kPeriods[] = {"2027-Q1", "2027-Q2", "2027-01", "2027-12"};

// One browser tab of the app: a plan session, as the app's, opened on the seed plan.
struct Copy {
  PlanSession session;
  History& history;

  Copy(const Document& doc, uint64_t idSeed)
      : session(idSeed, [] { return std::string(kTimes[3]); }), history(session.history()) {
    session.open(doc, "plan.json");
  }

  // A save or an autosave by `author`: the copy's edits since the last record become one write.
  void stamp(const WriteAuthor& author) {
    std::optional<Team> team = teamFromName(author.team);
    session.setEditor(Editor{author.by, team});
    session.recordEdits();
  }
};

PlanMerge mergedOrFail(const Document& ours, const Document& theirs, const char* what) {
  PlanMergeResult result = mergeCopies(ours, theirs);
  if (auto* refusal = std::get_if<MergeRefusal>(&result))
    fuzz::fail(what, "copies of one plan were refused: " + refusal->message + "\nours:\n" + saveDocument(ours) +
                         "\ntheirs:\n" + saveDocument(theirs));
  return std::get<PlanMerge>(std::move(result));
}

bool sameContent(Document a, Document b) {
  a.sync = {};
  b.sync = {};
  return a == b;
}

// As the app's "Merge a colleague's copy" (or another tab): `into` takes in `from`.
void takeIn(Copy& into, Copy& from, const WriteAuthor& intoAuthor, const WriteAuthor& fromAuthor) {
  into.stamp(intoAuthor);
  from.stamp(fromAuthor);
  const MergeResult result = into.session.mergeCopy(from.history.doc(), "the other copy");
  if (result.result == MergeResult::Result::refused)
    fuzz::fail("merge during editing", "copies of one plan were refused: " + result.message);
}

template <typename List>
const auto* pick(FuzzedDataProvider& input, const List& list) {
  if (list.empty()) return static_cast<const typename List::value_type*>(nullptr);
  return &list[input.ConsumeIntegralInRange<size_t>(0, list.size() - 1)];
}

std::string text(FuzzedDataProvider& input) { return input.PickValueInArray(kTexts); }

void edit(FuzzedDataProvider& input, Copy& copy, const EditContext& context) {
  History& h = copy.history;
  const Document& doc = h.doc();
  switch (input.ConsumeIntegralInRange(0, 20)) {
    case 0: {
      PlanInfo plan = doc.plan;
      (input.ConsumeBool() ? plan.title : plan.company) = text(input);
      h.setPlan(plan, context, input.ConsumeBool() ? "plan" : "");
      break;
    }
    case 1: h.addPerson(Person{{}, text(input), input.PickValueInArray(kAllTeams)}, context); break;
    case 2:
      if (const Person* person = pick(input, doc.people)) {
        Person updated = *person;
        updated.name = text(input);
        updated.team = input.PickValueInArray(kAllTeams);
        h.updatePerson(updated, context);
      }
      break;
    case 3:
      if (const Person* person = pick(input, doc.people)) h.removePerson(std::string(person->meta.id), context);
      break;
    case 4: h.addSection(Section{{}, text(input), input.PickValueInArray(kAllTeams), text(input)}, context); break;
    case 5:
      if (const Section* section = pick(input, doc.sections)) {
        Section updated = *section;
        (input.ConsumeBool() ? updated.body : updated.title) = text(input);
        h.updateSection(updated, context, input.ConsumeBool() ? "section:" + updated.meta.id : "");
      }
      break;
    case 6:
      if (const Section* section = pick(input, doc.sections)) h.removeSection(std::string(section->meta.id), context);
      break;
    case 7:
      if (const Section* section = pick(input, doc.sections))
        h.moveSection(std::string(section->meta.id), input.ConsumeBool() ? 1 : -1, context);
      break;
    case 8: {
      GlossaryTerm term{{}, text(input), text(input), input.PickValueInArray(kAllTermStatuses)};
      if (input.ConsumeBool()) term.aliases.push_back(text(input));
      h.addTerm(std::move(term), context);
      break;
    }
    case 9:
      if (const GlossaryTerm* term = pick(input, doc.glossary)) {
        GlossaryTerm updated = *term;
        switch (input.ConsumeIntegralInRange(0, 4)) {
          case 0: updated.name = text(input); break;
          case 1: updated.definition = text(input); break;
          case 2: updated.status = input.PickValueInArray(kAllTermStatuses); break;
          case 3: updated.aliases = {text(input)}; break;
          default:
            if (const GlossaryTerm* other = pick(input, doc.glossary)) updated.relatedTermIds = {other->meta.id};
        }
        h.updateTerm(updated, context, input.ConsumeBool() ? "term:" + updated.meta.id : "");
      }
      break;
    case 10:
      if (const GlossaryTerm* term = pick(input, doc.glossary)) h.removeTerm(std::string(term->meta.id), context);
      break;
    case 11: {
      GrowthAssumptions growth = doc.growth.assumptions;
      switch (input.ConsumeIntegralInRange(0, 3)) {
        case 0: growth.target = input.ConsumeIntegralInRange(0, 3) * 500000.0; break;
        case 1:
          if (!growth.stages.empty()) growth.stages[input.ConsumeIntegralInRange<size_t>(0, growth.stages.size() - 1)].name = text(input);
          break;
        case 2:
          if (growth.stages.size() > 2) growth.stages.erase(growth.stages.begin() + 1);
          break;
        default: growth.salesCycleDays = input.ConsumeIntegralInRange(0, 180);
      }
      h.setGrowth(growth, context, input.ConsumeBool() ? "growth" : "");
      break;
    }
    case 12:
      if (input.ConsumeBool()) h.addScenario(Scenario{{}, text(input), doc.growth.assumptions}, context);
      else if (const Scenario* scenario = pick(input, doc.growth.scenarios)) h.removeScenario(std::string(scenario->meta.id), context);
      break;
    case 13: {
      if (input.ConsumeBool() || doc.commitments.empty()) {
        Commitment commitment;
        commitment.owner = input.PickValueInArray(kCommitmentOwners);
        commitment.metric = text(input);
        commitment.target = input.ConsumeIntegralInRange(0, 2000);
        h.addCommitment(std::move(commitment), context);
      } else if (const Commitment* commitment = pick(input, doc.commitments)) {
        const std::string id = commitment->meta.id;
        switch (input.ConsumeIntegralInRange(0, 2)) {
          case 0: h.setActual(id, input.PickValueInArray(kPeriods), input.ConsumeIntegralInRange(0, 100), context); break;
          case 1: h.removeActual(id, input.PickValueInArray(kPeriods), context); break;
          default: h.removeCommitment(id, context);
        }
      }
      break;
    }
    case 14: {
      if (input.ConsumeBool() || doc.campaigns.empty()) {
        Campaign campaign;
        campaign.name = text(input);
        campaign.channels = {input.PickValueInArray(kAllChannels)};
        if (const Person* owner = pick(input, doc.people)) campaign.marketingOwnerId = owner->meta.id;
        campaign.budget = input.ConsumeIntegralInRange(0, 50000);
        h.addCampaign(std::move(campaign), context);
      } else if (const Campaign* campaign = pick(input, doc.campaigns)) {
        if (input.ConsumeBool()) {
          h.removeCampaign(std::string(campaign->meta.id), context);
        } else {
          Campaign updated = *campaign;
          updated.segment = text(input);
          updated.channels.push_back(input.PickValueInArray(kAllChannels));
          h.updateCampaign(updated, context);
        }
      }
      break;
    }
    case 15: {
      const CommentThread* thread = pick(input, doc.comments);
      if (!thread || input.ConsumeBool()) {
        const Section* section = pick(input, doc.sections);
        h.addComment(section && input.ConsumeBool() ? section->meta.id : std::string(kPlanTarget), text(input), context);
      } else if (input.ConsumeBool()) {
        h.replyToComment(std::string(thread->meta.id), text(input), context);
      } else {
        h.setCommentResolved(std::string(thread->meta.id), !thread->resolved, context);
      }
      break;
    }
    case 16: {
      const Section* section = pick(input, doc.sections);
      const std::string target = section && input.ConsumeBool() ? section->meta.id : std::string(kPlanTarget);
      const Team team = input.PickValueInArray(kAllTeams);
      if (input.ConsumeBool()) h.signOff(target, team, contentFingerprint(doc, target), context);
      else h.withdrawSignOff(target, team, context);
      break;
    }
    case 17: h.undo(); break;
    case 18: h.redo(); break;
    case 19: h.seal(); break;
    default:
      // Settle a conflict with one of its options, as the Conflicts view does.
      if (const PlanConflict* conflict = pick(input, doc.conflicts)) {
        const ConflictChoice* choice = pick(input, conflict->options);
        auto resolved = resolveConflict(doc, conflict->path, choice ? choice->valueJson : std::string());
        if (auto* settled = std::get_if<Document>(&resolved)) h.replaceDocument(std::move(*settled), "Resolve");
      }
      break;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Document seeds[] = {fuzz::seedPlan("valid/unicode-and-escapes.json"), fuzz::seedPlan("valid/new-plan.json"),
                                   fuzz::seedPlan("valid/empty-plan.json")};
  FuzzedDataProvider input(data, size);
  Document base = input.PickValueInArray(seeds);
  // A plan saved by a session of the app carries its writes; a plan from elsewhere has none.
  if (input.ConsumeBool()) recordEdits(Document{}, base, "origin");
  Copy copies[2] = {Copy(base, 1001), Copy(base, 2002)};

  for (int step = 0; step < 40 && input.remaining_bytes() > 0; ++step) {
    const size_t who = input.ConsumeBool() ? 1 : 0;
    Copy& copy = copies[who];
    const EditContext context{input.PickValueInArray(kNames), input.PickValueInArray(kTimes),
                              input.ConsumeBool() ? std::optional<Team>(input.PickValueInArray(kAllTeams)) : std::nullopt};
    const WriteAuthor author{context.author, context.now, context.team ? teamName(*context.team) : ""};
    switch (input.ConsumeIntegralInRange(0, 9)) {
      case 0: copy.stamp(author); break;  // a save or an autosave
      case 1: takeIn(copy, copies[1 - who], author, author); break;
      default: edit(input, copy, context);
    }
  }
  const WriteAuthor saver{"Ana", kTimes[3], "marketing"};
  for (Copy& copy : copies) {
    copy.stamp(saver);
    fuzz::requireSavesAndReloads(copy.history.doc(), "an edited copy");
  }
  const Document& a = copies[0].history.doc();
  const Document& b = copies[1].history.doc();

  const PlanMerge ab = mergedOrFail(a, b, "merge a into b");
  const PlanMerge ba = mergedOrFail(b, a, "merge b into a");
  fuzz::requireSavesAndReloads(ab.doc, "a merged plan");
  const std::string abText = saveDocument(ab.doc), baText = saveDocument(ba.doc);
  fuzz::require(abText == baText, "merging a into b differs from b into a", abText + "\n---\n" + baText);
  fuzz::require(ab.newConflicts == ba.newConflicts, "the two merge orders count different new conflicts");

  for (const Document* copy : {&a, &b}) {
    const PlanMerge again = mergedOrFail(ab.doc, *copy, "merge a copy again");
    fuzz::require(sameContent(again.doc, ab.doc), "merging a copy again changes the merged plan",
                  "--- copy a:\n" + saveDocument(a) + "\n--- copy b:\n" + saveDocument(b) + "\n--- merged:\n" + abText +
                      "\n--- merged again with copy " + (copy == &a ? "a" : "b") + ":\n" + saveDocument(again.doc));
  }
  return 0;
}
