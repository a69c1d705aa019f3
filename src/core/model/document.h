// The growth plan document: plain data, no behaviour. Edits go through history.h.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/attribution/attribution_agreement.h"
#include "core/growth/growth.h"
#include "core/model/loops.h"
#include "core/model/stamp.h"
#include "core/model/workshop.h"
#include "core/model/activities.h"
#include "core/merge/sync_state.h"

namespace gp {

inline constexpr int kSchemaVersion = 5;

enum class TermStatus { proposed, discussing, agreed, deprecated };
// What kind of word a glossary term is; files use the names "funnel-stage", "metric", ...
enum class TermCategory { funnelStage, metric, activity, audience, product, other };

struct PlanInfo {
  EntityMeta meta;  // meta.id is the plan's id: copies of one plan share it
  std::string company;
  std::string title;
  std::string periodStart;  // YYYY-MM-DD
  std::string periodEnd;    // YYYY-MM-DD
  std::string currency;     // ISO 4217 code, e.g. "EUR"
  bool operator==(const PlanInfo&) const = default;
};

struct Person {
  EntityMeta meta;
  std::string name;
  Team team = Team::other;
  bool operator==(const Person&) const = default;
};

struct Section {
  EntityMeta meta;
  std::string title;
  Team owner = Team::other;
  std::string body;
  bool operator==(const Section&) const = default;
};

// One recorded change to a term, newest last, e.g. {at, "Ana", "status", "Proposed → Agreed"}.
// History appends these; a term keeps the last kMaxTermChanges.
struct TermChange {
  std::string at;       // ISO 8601 UTC
  std::string by;
  std::string field;    // the file key that changed ("name", "definition", ...); "" when the term was added
  std::string summary;  // short, for display
  std::optional<Team> team;  // of the person, when known
  bool operator==(const TermChange&) const = default;
};

inline constexpr size_t kMaxTermChanges = 50;

struct GlossaryTerm {
  EntityMeta meta;
  std::string name;
  std::string definition;  // the agreed definition, the one both teams use
  TermStatus status = TermStatus::proposed;
  // Fields after these four were added in schema version 3; aggregate initialisation of the
  // first four keeps working.
  std::vector<std::string> aliases;  // other names for the same thing ("Marketing qualified lead")
  TermCategory category = TermCategory::other;
  Team owner = Team::other;          // the team that looks after the term
  std::string replacedBy;            // id of the term to use instead, for deprecated terms
  std::string marketingDefinition;   // how marketing defines it, shown side by side with sales's
  std::string salesDefinition;
  std::vector<std::string> examples;         // what counts as one
  std::vector<std::string> counterExamples;  // what does not
  std::vector<std::string> relatedTermIds;
  std::string notes;
  std::vector<TermChange> history;  // who changed what and when, oldest first
  bool operator==(const GlossaryTerm&) const = default;
};

// A named what-if variant of the growth assumptions (e.g. "Win rate +2 points"): a full copy,
// compared side by side with the plan's own assumptions.
struct Scenario {
  EntityMeta meta;
  std::string name;
  GrowthAssumptions assumptions;
  bool operator==(const Scenario&) const = default;
};

// The shared goal: the plan's assumptions (growth.h) and its scenarios.
struct GrowthModel {
  GrowthAssumptions assumptions;
  std::vector<Scenario> scenarios;
  bool operator==(const GrowthModel&) const = default;
};

// Whether a commitment is kept by reaching at least its target (MQLs delivered) or by staying at
// most at it (hours until follow-up). Files use "at-least" and "at-most".
enum class Direction { atLeast, atMost };
// What a commitment's numbers count; percentages are stored as fractions (0.9 is 90%).
enum class MetricUnit { count, percent, hours, days, money };

// What one period actually delivered, e.g. {"2027-Q1", 1340}. `period` is a label of the plan's
// periods (plan_period.h): "2027-Q1" or "2027-01".
struct PeriodActual {
  std::string period;
  double value = 0;
  bool operator==(const PeriodActual&) const = default;
};

// One promise of the service level agreement, owned by marketing or sales, e.g. marketing commits
// to at least 1,200 MQLs per quarter; sales to follow up on every MQL within at most 24 hours.
struct Commitment {
  EntityMeta meta;
  Team owner = Team::marketing;  // marketing or sales
  std::string metric;            // what is measured, in the teams' words
  double target = 0;             // per period; used when not linked to a funnel stage
  MetricUnit unit = MetricUnit::count;
  Direction direction = Direction::atLeast;
  // A funnel stage's id (growth.stages): the target of each period is then the waterfall's
  // required count of that stage in that period (sla.h). Empty: `target` applies.
  std::string stageId;
  std::vector<PeriodActual> actuals;  // in period order, at most one per period
  // Since schema version 5: actuals computed from the loops (loops.h) for periods without a typed
  // one. Files write "measure" only when it is not "typed".
  CommitmentMeasure measure = CommitmentMeasure::typed;
  bool operator==(const Commitment&) const = default;
};

// Channels a campaign uses; files use the names "email", "paid-media", ...
enum class CampaignChannel { email, paidMedia, social, events, pr, content, webinars, directMail, partners, salesEnablement };

// A marketing campaign that sales follows up, with what it costs and what it should bring in.
struct Campaign {
  EntityMeta meta;
  std::string name;
  std::vector<CampaignChannel> channels;  // any mix, each at most once
  std::string marketingOwnerId;  // a person's id, or empty
  std::string salesOwnerId;      // a person's id, or empty
  std::string startDate;         // YYYY-MM-DD, or empty when not scheduled yet
  std::string endDate;           // YYYY-MM-DD (inclusive), or empty
  double budget = 0;             // in the plan's currency
  std::string segment;           // who it targets, e.g. "Mid-market retail, DACH"
  double expectedLeads = 0;
  double expectedMqls = 0;
  std::string followUp;          // how sales follows up the leads it brings
  bool operator==(const Campaign&) const = default;
};

// A field (or entity) two merged copies changed differently: the document holds one option for
// now, and lists all until a person chooses. Values are JSON text ("null" for deleted).
struct ConflictChoice {
  std::string valueJson;
  std::string by;
  std::string at;
  bool operator==(const ConflictChoice&) const = default;
};

struct PlanConflict {
  std::string path;   // json_paths.h path, e.g. "glossary/k3j9x2/definition"
  std::string label;  // "Glossary › MQL › Definition"
  std::vector<ConflictChoice> options;
  bool operator==(const PlanConflict&) const = default;
};

// Comments: a thread on one thing of the plan, with replies, that can be resolved and reopened.
// Targets are an entity's id (section, term, commitment, campaign, deal review, collateral request)
// or kPlanTarget / kSlaTarget, or one of the reason lists both teams agree on (ReasonLists).
inline constexpr const char* kPlanTarget = "plan";
inline constexpr const char* kSlaTarget = "sla";
inline constexpr const char* kLeadReasonsTarget = "lead-rejection-reasons";
inline constexpr const char* kDealReasonsTarget = "deal-reasons";

struct CommentMessage {
  std::string id;  // unique in the plan, so replies written in two copies merge side by side
  Stamp posted;
  std::string text;
  bool operator==(const CommentMessage&) const = default;
};

struct CommentThread {
  EntityMeta meta;
  std::string target;
  std::vector<CommentMessage> messages;  // oldest first; the first one opened the thread
  bool resolved = false;
  Stamp resolvedStamp;  // who resolved or reopened it last, and when
  bool operator==(const CommentThread&) const = default;
};

// A team's approval of a section, term, the SLA or the whole plan (target as for comments). It
// holds a fingerprint of what was approved (review.h): when the content changes the sign-off no
// longer counts, and the plan shows who changed it after the team signed off.
struct SignOff {
  EntityMeta meta;  // created: who signed, and when
  std::string target;
  Team team = Team::marketing;
  std::string fingerprint;
  bool operator==(const SignOff&) const = default;
};

struct Document {
  PlanInfo plan;
  std::vector<Person> people;
  std::vector<Section> sections;
  std::vector<GlossaryTerm> glossary;
  GrowthModel growth;
  std::vector<Commitment> commitments;  // the service level agreement, since schema version 4
  std::vector<Campaign> campaigns;      // since schema version 4
  // The loops (loops.h), since schema version 5.
  ReasonLists reasons;
  std::vector<LeadDay> leadDays;             // in day order, one per day
  std::vector<DealReview> deals;
  std::vector<Rating> ratings;
  std::vector<CollateralRequest> requests;
  // Workshops (workshop.h): optional in files, like the lists below.
  std::vector<DiagnosticRound> diagnosticRounds;
  std::vector<DiagnosticAnswer> diagnosticAnswers;
  std::vector<Workshop> workshops;
  std::vector<WorkshopNote> workshopNotes;  // parking lot and decisions
  std::vector<ActionItem> actions;
  std::vector<DotVote> dotVotes;          // activities.h, optional in files
  std::vector<DraftPrompt> draftPrompts;  // activities.h, optional in files
  AttributionAgreement attribution;     // attribution_agreement.h: optional in files (written once set)
  std::vector<CommentThread> comments;  // optional in files (written when there are some)
  std::vector<SignOff> signOffs;        // optional in files
  std::vector<PlanConflict> conflicts;  // left by a merge, until resolved (optional in files)
  SyncState sync;                       // what merging copies needs (optional in files)
  bool operator==(const Document&) const = default;
};

const char* teamName(Team);                 // "marketing", ...
const char* teamLabel(Team);                // "Marketing", ... for display
std::optional<Team> teamFromName(std::string_view);
const char* termStatusName(TermStatus);     // "proposed", ...
const char* termStatusLabel(TermStatus);    // "Proposed", ...
std::optional<TermStatus> termStatusFromName(std::string_view);
const char* termCategoryName(TermCategory);   // "funnel-stage", "metric", ...
const char* termCategoryLabel(TermCategory);  // "Funnel stage", "Metric", ...
std::optional<TermCategory> termCategoryFromName(std::string_view);
const char* directionName(Direction);    // "at-least", "at-most"
const char* directionLabel(Direction);   // "At least", "At most"
std::optional<Direction> directionFromName(std::string_view);
const char* metricUnitName(MetricUnit);   // "count", "percent", ...
const char* metricUnitLabel(MetricUnit);  // "Count", "Percent", ...
std::optional<MetricUnit> metricUnitFromName(std::string_view);
const char* channelName(CampaignChannel);   // "email", "paid-media", ...
const char* channelLabel(CampaignChannel);  // "Email", "Paid media", ...
std::optional<CampaignChannel> channelFromName(std::string_view);

inline constexpr Team kAllTeams[] = {Team::marketing, Team::sales, Team::leadership, Team::other};
inline constexpr TermStatus kAllTermStatuses[] = {TermStatus::proposed, TermStatus::discussing, TermStatus::agreed,
                                                  TermStatus::deprecated};
inline constexpr TermCategory kAllTermCategories[] = {TermCategory::funnelStage, TermCategory::metric,
                                                      TermCategory::activity,    TermCategory::audience,
                                                      TermCategory::product,     TermCategory::other};
inline constexpr Direction kAllDirections[] = {Direction::atLeast, Direction::atMost};
inline constexpr MetricUnit kAllMetricUnits[] = {MetricUnit::count, MetricUnit::percent, MetricUnit::hours,
                                                 MetricUnit::days, MetricUnit::money};
inline constexpr CampaignChannel kAllChannels[] = {
    CampaignChannel::email,    CampaignChannel::paidMedia,  CampaignChannel::social,   CampaignChannel::events,
    CampaignChannel::pr,       CampaignChannel::content,    CampaignChannel::webinars, CampaignChannel::directMail,
    CampaignChannel::partners, CampaignChannel::salesEnablement};
// Teams that own commitments of the service level agreement.
inline constexpr Team kCommitmentOwners[] = {Team::marketing, Team::sales};

// The plan itself plus every person, section, glossary term, commitment, campaign, lead day, deal
// review, rating and collateral request.
size_t countEntities(const Document&);

}  // namespace gp
