// What the columns and values of CRM opportunity and touchpoint exports mean (the mapping step of
// attribution_import.h): header names of Salesforce, HubSpot, Pipedrive and Bizible / Marketo
// Measure exports, stage, team and milestone values, the preview and the suggested mapping.
#include <algorithm>
#include <array>

#include "core/attribution/attribution_import.h"
#include "core/loops/lead_columns.h"
#include "core/text/csv.h"
#include "core/text/text_trim.h"

namespace gp {

namespace {

// A header name, folded (foldLabel). When two columns name one field, the lower rank is
// suggested: "Amount (converted)" before "Amount", Pipedrive's "Status" (won/lost) before its
// pipeline "Stage", a real "Close Date" before Salesforce's "Closed" (true/false).
template <typename Field>
struct HeaderName {
  const char* folded;
  Field field;
  int rank = 0;
};

using O = OpportunityField;
using T = TouchField;

constexpr HeaderName<O> kOpportunityHeaders[] = {
    {"opportunity id", O::id},
    {"opportunity id 18", O::id},
    {"opportunity 18 digit id", O::id},
    {"opportunityid", O::id},
    {"opp id", O::id},
    {"oppty id", O::id},
    {"deal id", O::id},
    {"deal record id", O::id},
    {"opportunity record id", O::id},
    {"record id", O::id, 1},
    {"id", O::id, 1},
    {"created", O::created},
    {"created date", O::created},
    {"create date", O::created},
    {"createddate", O::created},
    {"created at", O::created},
    {"created on", O::created},
    {"creation date", O::created},
    {"date created", O::created},
    {"opportunity created", O::created},
    {"opportunity created date", O::created},
    {"opportunity create date", O::created},
    {"deal created", O::created},
    {"deal created date", O::created},
    {"deal create date", O::created},
    {"deal creation date", O::created},
    {"add time", O::created, 1},
    {"close date", O::closed},
    {"closed date", O::closed},
    {"closedate", O::closed},
    {"closed at", O::closed},
    {"closed on", O::closed},
    {"deal closed on", O::closed},
    {"date closed", O::closed},
    {"close time", O::closed},
    {"actual close date", O::closed},
    {"closed", O::closed, 1},
    {"expected close date", O::closed, 2},
    {"amount converted", O::amount},
    {"amount in company currency", O::amount},
    {"amount home currency", O::amount},
    {"amount", O::amount, 1},
    {"value", O::amount, 1},
    {"deal value", O::amount, 1},
    {"deal amount", O::amount, 1},
    {"opportunity amount", O::amount, 1},
    {"opportunity value", O::amount, 1},
    {"total contract value", O::amount, 2},
    {"annual contract value", O::amount, 2},
    {"acv", O::amount, 2},
    {"tcv", O::amount, 2},
    {"revenue", O::amount, 2},
    {"deal size", O::amount, 2},
    {"status", O::stage},
    {"deal status", O::stage},
    {"opportunity status", O::stage},
    {"outcome", O::stage},
    {"stage", O::stage, 1},
    {"stage name", O::stage, 1},
    {"stagename", O::stage, 1},
    {"deal stage", O::stage, 1},
    {"opportunity stage", O::stage, 1},
    {"pipeline stage", O::stage, 1},
    {"source", O::source},
    {"source team", O::source},
    {"sourced by", O::source},
    {"opportunity source", O::source},
    {"deal source", O::source},
    {"pipeline source", O::source},
    {"lead source", O::source, 1},
    {"leadsource", O::source, 1},
    {"original source", O::source, 1},
    {"original source type", O::source, 1},
};

constexpr HeaderName<T> kTouchHeaders[] = {
    {"opportunity id", T::opportunityId},
    {"opportunity id 18", T::opportunityId},
    {"opportunityid", T::opportunityId},
    {"opp id", T::opportunityId},
    {"oppty id", T::opportunityId},
    {"deal id", T::opportunityId},
    {"deal record id", T::opportunityId},
    {"associated deal id", T::opportunityId},
    {"opportunity record id", T::opportunityId},
    {"opportunity", T::opportunityId, 1},
    {"deal", T::opportunityId, 1},
    {"associated deal", T::opportunityId, 1},
    {"at", T::at},
    {"touch date", T::at},
    {"touchpoint date", T::at},
    {"touch time", T::at},
    {"touchpoint time", T::at},
    {"touched at", T::at},
    {"touch at", T::at},
    {"timestamp", T::at},
    {"activity date", T::at},
    {"event date", T::at},
    {"engagement date", T::at},
    {"interaction date", T::at},
    {"date", T::at, 1},
    {"created date", T::at, 2},
    {"create date", T::at, 2},
    {"channel", T::channel},
    {"marketing channel", T::channel},
    {"touch channel", T::channel},
    {"touchpoint channel", T::channel},
    {"marketing channel path", T::channel, 1},
    {"touchpoint source", T::channel, 2},
    {"source", T::channel, 2},
    {"utm source", T::channel, 3},
    {"medium", T::channel, 3},
    {"utm medium", T::channel, 3},
    {"campaign", T::campaign},
    {"campaign name", T::campaign},
    {"ad campaign name", T::campaign},
    {"ad campaign", T::campaign},
    {"marketing campaign", T::campaign},
    {"touchpoint campaign", T::campaign},
    {"salesforce campaign", T::campaign, 1},
    {"utm campaign", T::campaign, 1},
    {"team", T::team},
    {"touch team", T::team},
    {"touchpoint team", T::team},
    {"team name", T::team},
    {"owner team", T::team},
    {"owning team", T::team},
    {"credited team", T::team},
    {"department", T::team, 1},
    {"function", T::team, 1},
    {"milestone", T::milestone},
    {"touch milestone", T::milestone},
    {"touchpoint position", T::milestone},
    {"position", T::milestone, 1},
};

// Export prefixes and suffixes tried when the whole name is unknown: Pipedrive's "Deal - Value",
// Bizible's API names ("bizible2__Touchpoint_Date__c"), report prefixes ("Opportunity: Amount").
constexpr const char* kPrefixes[] = {"deal ", "opportunity ", "bizible2 ", "touchpoint "};
constexpr const char* kSuffixes[] = {" c"};

template <typename Field, size_t N>
const HeaderName<Field>* findHeader(const HeaderName<Field> (&names)[N], std::string_view folded) {
  for (const auto& name : names)
    if (folded == name.folded) return &name;
  return nullptr;
}

template <typename Field, size_t N>
const HeaderName<Field>* recogniseHeader(const HeaderName<Field> (&names)[N], std::string_view header) {
  const std::string owned = foldLabel(header);
  std::string_view folded = owned;
  if (const auto* name = findHeader(names, folded)) return name;
  // Strip what exports add around the name, one piece at a time, as long as something is left.
  for (int round = 0; round < 3; ++round) {
    bool stripped = false;
    for (const char* suffix : kSuffixes)
      if (folded.size() > std::string_view(suffix).size() && folded.ends_with(suffix)) {
        folded.remove_suffix(std::string_view(suffix).size());
        stripped = true;
      }
    for (const char* prefix : kPrefixes)
      if (folded.size() > std::string_view(prefix).size() && folded.starts_with(prefix)) {
        folded.remove_prefix(std::string_view(prefix).size());
        stripped = true;
        break;
      }
    if (!stripped) break;
    if (const auto* name = findHeader(names, folded)) return name;
  }
  return nullptr;
}

template <typename Field, size_t N>
ColumnMapping<Field> suggestMapping(const HeaderName<Field> (&names)[N], const std::vector<std::string>& headers) {
  ColumnMapping<Field> mapping;
  mapping.columns.assign(headers.size(), Field::ignore);
  // For each field, the column with the lowest rank (the first on a tie).
  std::array<const HeaderName<Field>*, 8> best{};
  std::array<size_t, 8> bestColumn{};
  for (size_t c = 0; c < headers.size(); ++c) {
    const auto* name = recogniseHeader(names, headers[c]);
    if (!name) continue;
    const auto field = static_cast<size_t>(name->field);
    if (!best[field] || name->rank < best[field]->rank) {
      best[field] = name;
      bestColumn[field] = c;
    }
  }
  for (size_t field = 0; field < best.size(); ++field)
    if (best[field]) mapping.columns[bestColumn[field]] = best[field]->field;
  return mapping;
}

struct ValueName {
  const char* folded;
  int value;
};

constexpr ValueName kTeams[] = {
    {"marketing", 0}, {"mktg", 0}, {"marketing team", 0}, {"marketing sourced", 0}, {"demand gen", 0},
    {"demand generation", 0}, {"inbound", 0}, {"web", 0}, {"website", 0}, {"organic search", 0}, {"paid search", 0},
    {"paid social", 0}, {"social media", 0}, {"email", 0}, {"email marketing", 0}, {"direct traffic", 0},
    {"other campaigns", 0}, {"purchased list", 0}, {"phone inquiry", 0}, {"advertisement", 0}, {"trade show", 0}, {"webinar", 0}, {"event", 0}, {"events", 0},
    {"sales", 1}, {"sales team", 1}, {"sales sourced", 1}, {"sales generated", 1}, {"self sourced", 1}, {"sdr", 1},
    {"bdr", 1}, {"ae", 1}, {"account executive", 1}, {"sales development", 1}, {"inside sales", 1}, {"outbound", 1},
    {"prospecting", 1}, {"cold call", 1},
    {"partner", 2}, {"partners", 2}, {"partner sourced", 2}, {"channel partner", 2}, {"channel partners", 2},
    {"partner referral", 2}, {"reseller", 2}, {"resellers", 2}, {"alliances", 2},
};

std::optional<Milestone> milestoneToken(std::string_view folded) {
  if (folded.empty() || folded == "none" || folded == "ft" || folded == "first touch" || folded == "closed" ||
      folded == "cl")
    return Milestone::none;
  if (folded == "lead created" || folded == "lead creation" || folded == "lc") return Milestone::leadCreated;
  if (folded == "opportunity created" || folded == "opportunity creation" || folded == "deal created" ||
      folded == "deal creation" || folded == "oc")
    return Milestone::opportunityCreated;
  return std::nullopt;
}

}  // namespace

const char* opportunityFieldName(OpportunityField field) {
  switch (field) {
    case O::ignore: return "";
    case O::id: return "opportunity id";
    case O::created: return "created";
    case O::closed: return "closed";
    case O::amount: return "amount";
    case O::stage: return "stage";
    case O::source: return "source";
  }
  return "";
}

const char* opportunityFieldLabel(OpportunityField field) {
  switch (field) {
    case O::ignore: return "Ignore";
    case O::id: return "Opportunity id";
    case O::created: return "Created";
    case O::closed: return "Closed";
    case O::amount: return "Amount";
    case O::stage: return "Stage";
    case O::source: return "Source";
  }
  return "";
}

const char* touchFieldName(TouchField field) {
  switch (field) {
    case T::ignore: return "";
    case T::opportunityId: return "opportunity id";
    case T::at: return "at";
    case T::channel: return "channel";
    case T::campaign: return "campaign";
    case T::team: return "team";
    case T::milestone: return "milestone";
  }
  return "";
}

const char* touchFieldLabel(TouchField field) {
  switch (field) {
    case T::ignore: return "Ignore";
    case T::opportunityId: return "Opportunity id";
    case T::at: return "At";
    case T::channel: return "Channel";
    case T::campaign: return "Campaign";
    case T::team: return "Team";
    case T::milestone: return "Milestone";
  }
  return "";
}

std::optional<OpportunityField> recogniseOpportunityHeader(std::string_view header) {
  const auto* name = recogniseHeader(kOpportunityHeaders, header);
  return name ? std::optional(name->field) : std::nullopt;
}

std::optional<TouchField> recogniseTouchHeader(std::string_view header) {
  const auto* name = recogniseHeader(kTouchHeaders, header);
  return name ? std::optional(name->field) : std::nullopt;
}

std::optional<OpportunityStage> recogniseStage(std::string_view value) {
  const std::string folded = foldLabel(value);
  if (folded.empty()) return std::nullopt;
  if (folded == "won" || folded == "closed won" || folded == "closedwon" || folded.starts_with("closed won "))
    return OpportunityStage::won;
  if (folded == "lost" || folded == "closed lost" || folded == "closedlost" || folded.starts_with("closed lost ") ||
      folded == "closed no decision")
    return OpportunityStage::lost;
  // Any other closed stage says neither won nor lost: the person has to say which.
  if (folded.starts_with("closed")) return std::nullopt;
  return OpportunityStage::open;
}

std::optional<TouchTeam> recogniseTeam(std::string_view value) {
  const std::string folded = foldLabel(value);
  for (const auto& name : kTeams)
    if (folded == name.folded) return kAllTouchTeams[name.value];
  return std::nullopt;
}

std::optional<Milestone> recogniseMilestone(std::string_view value) {
  // Bizible / Marketo Measure write a touch's positions as a list ("FT, LC"); the latest
  // milestone in it is the touch's.
  Milestone milestone = Milestone::none;
  size_t start = 0;
  while (true) {
    const size_t comma = value.find(',', start);
    const auto token = milestoneToken(foldLabel(value.substr(start, comma == std::string_view::npos ? comma : comma - start)));
    if (!token) return std::nullopt;
    if (static_cast<int>(*token) > static_cast<int>(milestone)) milestone = *token;
    if (comma == std::string_view::npos) return milestone;
    start = comma + 1;
  }
}

std::string AttributionProblem::text() const {
  std::string out = file.empty() ? std::string() : file + ", ";
  out += "row " + std::to_string(row);
  if (column > 0) {
    out += ", column " + std::to_string(column);
    if (!columnName.empty()) out += " (" + columnName + ")";
  }
  return out + ": " + message;
}

CsvPreview previewCsv(std::string_view csv, std::string_view fileLabel) {
  CsvPreview preview;
  constexpr size_t kSampleRows = 5;
  // Only the header and the sample rows are parsed: the file may hold a million rows.
  bool quoted = false;
  size_t records = 0, end = csv.size();
  for (size_t i = 0; i < csv.size(); ++i) {
    const char c = csv[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') ++i;
      if (++records == 1 + kSampleRows) {
        end = i + 1;
        break;
      }
    }
  }
  CsvTable head = parseCsv(csv.substr(0, end));
  const auto isBlankRow = [](const std::vector<std::string>& row) {
    for (const auto& cell : row)
      if (!isBlank(cell)) return false;
    return true;
  };
  if (!head.rows.empty() && !isBlankRow(head.rows[0])) {
    for (const auto& header : head.rows[0]) preview.headers.emplace_back(trimmed(header));
    for (size_t r = 1; r < head.rows.size(); ++r)
      if (!isBlankRow(head.rows[r])) preview.sampleRows.push_back(std::move(head.rows[r]));
  }
  if (head.error) {
    const size_t column = head.error->column;
    const size_t row = head.error->row;
    std::string name = row > 1 && column >= 1 && column <= preview.headers.size() ? preview.headers[column - 1] : "";
    preview.fileProblem = AttributionProblem{std::string(fileLabel), row, column, std::move(name), head.error->problem};
  } else if (preview.headers.empty()) {
    const char* example = fileLabel == "opportunities" ? " such as opportunity id,created,closed,amount,stage,source"
                          : fileLabel == "touchpoints"  ? " such as opportunity id,at,channel,campaign,team,milestone"
                                                        : "";
    preview.fileProblem =
        AttributionProblem{std::string(fileLabel), 1, 0, "", std::string("the file is empty; expected a header row") + example};
  }
  return preview;
}

OpportunityMapping suggestOpportunityMapping(const std::vector<std::string>& headers) {
  return suggestMapping(kOpportunityHeaders, headers);
}

TouchMapping suggestTouchMapping(const std::vector<std::string>& headers) { return suggestMapping(kTouchHeaders, headers); }

std::string missingOpportunityField(const OpportunityMapping& mapping) {
  for (const O field : {O::id, O::created, O::amount, O::stage})
    if (std::find(mapping.columns.begin(), mapping.columns.end(), field) == mapping.columns.end())
      return std::string("Map a column to ") + opportunityFieldLabel(field);
  return "";
}

std::string missingTouchField(const TouchMapping& mapping) {
  for (const T field : {T::opportunityId, T::at, T::team})
    if (std::find(mapping.columns.begin(), mapping.columns.end(), field) == mapping.columns.end())
      return std::string("Map a column to ") + touchFieldLabel(field);
  return "";
}

}  // namespace gp
