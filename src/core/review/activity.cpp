#include "core/review/activity.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "core/review/review.h"
#include "core/text/utf8.h"

namespace gp {

namespace {

constexpr size_t kQuoteChars = 60;

std::string quoted(const std::string& text) { return "\xE2\x80\x9C" + text + "\xE2\x80\x9D"; }

class Collector {
 public:
  Collector(const Document& doc, const ActivityFilter& filter) : filter_(filter) {
    for (const auto& person : doc.people) teamsByName_.emplace(person.name, person.team);
  }

  // `describe` builds the text only for changes the filter keeps (plans can hold 10,000s).
  template <typename Describe>
  void add(const Stamp& stamp, const std::string& target, Describe describe) {
    add(stamp.at, stamp.by, stamp.team, target, describe);
  }
  template <typename Describe>
  void add(const std::string& at, const std::string& by, const std::optional<Team>& stamped, const std::string& target,
           Describe describe) {
    if (at.empty()) return;  // nothing recorded (e.g. plans written by hand)
    if (!filter_.since.empty() && at.compare(0, filter_.since.size(), filter_.since) < 0) return;
    std::optional<Team> team = stamped;
    if (!team) {
      const auto found = teamsByName_.find(by);
      if (found != teamsByName_.end()) team = found->second;
    }
    if (filter_.team && team != filter_.team) return;
    items_.push_back(ActivityItem{at, by, team, describe(), target});
  }

  // "Added section “Goals”" at creation; "Edited …" when it was modified later.
  template <typename T>
  void addEntity(const T& entity, const char* noun, const std::string& name, const std::string& target) {
    const auto label = [&] { return std::string(noun) + " " + quoted(name.empty() ? std::string("Untitled") : name); };
    add(entity.meta.created, target, [&] { return "Added " + label(); });
    if (entity.meta.modified.at != entity.meta.created.at || entity.meta.modified.by != entity.meta.created.by)
      add(entity.meta.modified, target, [&] { return "Edited " + label(); });
  }

  std::vector<ActivityItem> take(size_t limit, size_t* total) {
    if (total) *total = items_.size();
    const auto newestFirst = [](const ActivityItem& a, const ActivityItem& b) { return a.at > b.at; };
    if (items_.size() > limit) {
      std::partial_sort(items_.begin(), items_.begin() + static_cast<std::ptrdiff_t>(limit), items_.end(), newestFirst);
      items_.resize(limit);
    } else {
      std::stable_sort(items_.begin(), items_.end(), newestFirst);
    }
    return std::move(items_);
  }

 private:
  const ActivityFilter& filter_;
  std::unordered_map<std::string, Team> teamsByName_;
  std::vector<ActivityItem> items_;
};

std::string firstWords(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  return truncateUtf8(line, kQuoteChars);
}

// Lead days come in imports of many days at once: one item per import (same stamp), not per day.
void addLeadImports(Collector& collect, const Document& doc) {
  struct Import {
    Stamp stamp;
    std::string first, last;
    size_t days = 0;
    int64_t leads = 0;
  };
  std::map<std::pair<std::string, std::string>, Import> imports;
  for (const auto& day : doc.leadDays) {
    Import& import = imports[{day.meta.modified.at, day.meta.modified.by}];
    if (import.days == 0) import.stamp = day.meta.modified, import.first = day.day;
    import.last = day.day;
    ++import.days;
    for (const auto& count : day.counts) import.leads += count.count;
  }
  for (const auto& entry : imports) {
    const Import& import = entry.second;  // named: older clang cannot capture structured bindings
    collect.add(import.stamp, kLeadFeedbackTarget, [&] {
      const std::string range = import.first == import.last ? import.first : import.first + " \xE2\x80\x93 " + import.last;
      return "Imported lead outcomes: " + std::to_string(import.leads) + " leads, " + range;
    });
  }
}

void addLoops(Collector& collect, const Document& doc, TargetLabels& labelOf) {
  addLeadImports(collect, doc);
  for (const auto& deal : doc.deals) {
    const std::string noun = deal.kind == DealKind::deal ? "win/loss review" : "customer insight";
    collect.addEntity(deal, noun.c_str(), deal.deal, deal.meta.id);
  }
  for (const auto& rating : doc.ratings)
    collect.add(rating.meta.modified, rating.target, [&] {
      std::string what = "Rated " + labelOf(rating.target) + " " + ratingValueLabel(rating.value);
      if (!rating.why.empty()) what += ": " + quoted(firstWords(rating.why));
      return what;
    });
  for (const auto& request : doc.requests) {
    const std::string title = quoted(request.title.empty() ? std::string("Untitled") : request.title);
    collect.add(request.meta.created, request.meta.id, [&] {
      return std::string("Requested ") + collateralTypeLabel(request.type) + " " + title;
    });
    if (request.meta.modified.at != request.meta.created.at || request.meta.modified.by != request.meta.created.by)
      collect.add(request.meta.modified, request.meta.id,
                  [&] { return "Request " + title + " is now " + requestStatusLabel(request.status); });
  }
}

// Workshops, what the room parked or decided, and the action items it left: an action item's
// later edit says where it stands, since "done" is what people look for in the feed.
void addWorkshops(Collector& collect, const Document& doc) {
  for (const auto& workshop : doc.workshops) collect.addEntity(workshop, "workshop", workshop.title, "");
  for (const auto& note : doc.workshopNotes)
    collect.add(note.meta.created, "", [&] {
      return std::string(note.kind == WorkshopNoteKind::parked ? "Parked " : "Decided ") + quoted(firstWords(note.text));
    });
  for (const auto& action : doc.actions) {
    const std::string title = quoted(action.title.empty() ? std::string("Untitled") : action.title);
    collect.add(action.meta.created, action.meta.id, [&] { return "Added action item " + title; });
    if (action.meta.modified.at == action.meta.created.at && action.meta.modified.by == action.meta.created.by) continue;
    collect.add(action.meta.modified, action.meta.id, [&] {
      if (action.status == ActionStatus::done) return "Completed action item " + title;
      return "Edited action item " + title + " (" + actionStatusLabel(action.status) + ")";
    });
  }
}

}  // namespace

std::optional<Team> teamOf(const Document& doc, const std::string& by, const std::optional<Team>& stamped) {
  if (stamped) return stamped;
  for (const auto& person : doc.people)
    if (person.name == by) return person.team;
  return std::nullopt;
}

std::vector<ActivityItem> planActivity(const Document& doc, const ActivityFilter& filter, size_t limit, size_t* total) {
  Collector collect(doc, filter);
  TargetLabels labelOf(doc);
  collect.add(doc.plan.meta.created, kPlanTarget, [] { return std::string("Started the plan"); });
  if (doc.plan.meta.modified.at != doc.plan.meta.created.at)
    collect.add(doc.plan.meta.modified, kPlanTarget,
                [] { return std::string("Edited the plan's details or growth assumptions"); });
  for (const auto& person : doc.people) collect.addEntity(person, "person", person.name, "");
  for (const auto& section : doc.sections) collect.addEntity(section, "section", section.title, section.meta.id);
  for (const auto& term : doc.glossary) {
    if (term.history.empty()) collect.addEntity(term, "term", term.name, term.meta.id);
    for (const auto& change : term.history)
      collect.add(change.at, change.by, change.team, term.meta.id, [&] {
        if (change.field.empty() && change.summary == "Added") return "Added term " + quoted(term.name);
        return "Term " + quoted(term.name) + ": " + change.summary;
      });
  }
  for (const auto& scenario : doc.growth.scenarios) collect.addEntity(scenario, "scenario", scenario.name, kPlanTarget);
  for (const auto& commitment : doc.commitments)
    collect.addEntity(commitment, "commitment", commitment.metric, commitment.meta.id);
  for (const auto& campaign : doc.campaigns) collect.addEntity(campaign, "campaign", campaign.name, campaign.meta.id);
  addLoops(collect, doc, labelOf);
  addWorkshops(collect, doc);
  for (const auto& thread : doc.comments) {
    for (size_t i = 0; i < thread.messages.size(); ++i) {
      const auto& message = thread.messages[i];
      collect.add(message.posted, thread.target, [&] {
        return (i == 0 ? "Commented on " : "Replied on ") + labelOf(thread.target) + ": " +
               quoted(firstWords(message.text));
      });
    }
    if (!thread.resolvedStamp.at.empty())
      collect.add(thread.resolvedStamp, thread.target, [&] {
        return (thread.resolved ? "Resolved a comment on " : "Reopened a comment on ") + labelOf(thread.target);
      });
  }
  for (const auto& signOff : doc.signOffs)
    collect.add(signOff.meta.created, signOff.target, [&] {
      return std::string("Signed off ") + labelOf(signOff.target) + " for " + teamLabel(signOff.team);
    });
  return collect.take(limit, total);
}

}  // namespace gp
