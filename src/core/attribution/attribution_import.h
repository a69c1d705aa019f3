// Reading a CRM's opportunity and touchpoint exports (CSV) for attribution: columns mapped to
// fields (common CRM header names are recognised), every row checked, problems reported with row
// and column, and nothing imported when any row is bad. The rows stay in memory (and, in the app,
// in this browser's storage); only aggregates ever enter a plan.
//
// AttributionImportJob works in steps so the app can read a million touchpoints across frames with
// a progress bar and no frame waits more than a few milliseconds; importAttribution runs it in one go.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/attribution/attribution_data.h"
#include "core/text/date_time.h"

namespace gp {

enum class OpportunityField { ignore, id, created, closed, amount, stage, source };
enum class TouchField { ignore, opportunityId, at, channel, campaign, team, milestone };
inline constexpr OpportunityField kAllOpportunityFields[] = {
    OpportunityField::ignore, OpportunityField::id,    OpportunityField::created, OpportunityField::closed,
    OpportunityField::amount, OpportunityField::stage, OpportunityField::source};
inline constexpr TouchField kAllTouchFields[] = {TouchField::ignore,  TouchField::opportunityId, TouchField::at,
                                                 TouchField::channel, TouchField::campaign,      TouchField::team,
                                                 TouchField::milestone};
// Our column names ("opportunity id", "created", ..., "" for ignore) and labels for people ("Opportunity id", ...).
const char* opportunityFieldName(OpportunityField);
const char* opportunityFieldLabel(OpportunityField);
const char* touchFieldName(TouchField);
const char* touchFieldLabel(TouchField);
// Ignoring case, spaces and punctuation: our names and common CRM export names (Salesforce
// "Opportunity ID", "Close Date", "Stage", "Lead Source"; HubSpot "Deal ID", "Create Date",
// "Deal Stage", "Amount"; touch exports "Touchpoint Date", "Channel", "Campaign Name", "Touchpoint
// Position"...). nullopt for any other header, which is then ignored.
std::optional<OpportunityField> recogniseOpportunityHeader(std::string_view header);
std::optional<TouchField> recogniseTouchHeader(std::string_view header);

// Values, ignoring case, spaces and punctuation. Stage: "open", "won", "lost" and CRM stages
// ("Closed Won", "Closed Lost"; any other stage not starting with "closed" → open). Team:
// "marketing", "sales", "partner" (also "partners", "channel partner", "sdr", "bdr", "mktg").
// Milestone: "" (none), "lead-created", "opportunity-created" and their spellings "lead created",
// "lead creation", "opportunity created", "deal created". nullopt: a problem at that row and column.
std::optional<OpportunityStage> recogniseStage(std::string_view value);
std::optional<TouchTeam> recogniseTeam(std::string_view value);
std::optional<Milestone> recogniseMilestone(std::string_view value);

struct AttributionProblem {
  std::string file;        // "opportunities" or "touchpoints"
  size_t row = 0;          // 1-based record number; the header is row 1
  size_t column = 0;       // 1-based; 0 for the whole row or file
  std::string columnName;  // the header as written
  std::string message;
  // "touchpoints, row 4, column 2 (Touch Date): expected a date like 2027-01-31 or 2027-01-31 09:30, not "soon""
  std::string text() const;
};
inline constexpr size_t kMaxAttributionProblems = 1000;  // stored; the count goes on

template <typename Field>
struct ColumnMapping {
  std::vector<Field> columns;  // one per header column; missing ones are ignored
  SlashDates slashDates = SlashDates::unambiguousOnly;
  bool operator==(const ColumnMapping&) const = default;
};
using OpportunityMapping = ColumnMapping<OpportunityField>;
using TouchMapping = ColumnMapping<TouchField>;

// One CSV's header and first rows, for the mapping step.
struct CsvPreview {
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> sampleRows;  // up to 5
  std::optional<AttributionProblem> fileProblem;     // empty file, CSV syntax error before the first rows
};
CsvPreview previewCsv(std::string_view csv, std::string_view fileLabel);
OpportunityMapping suggestOpportunityMapping(const std::vector<std::string>& headers);
TouchMapping suggestTouchMapping(const std::vector<std::string>& headers);
// A missing required field ("Map a column to Opportunity id"), or "" when the mapping can be read.
// Required: opportunities id, created, amount, stage; touchpoints opportunity id, at, team.
std::string missingOpportunityField(const OpportunityMapping&);
std::string missingTouchField(const TouchMapping&);

class AttributionImportJob {
 public:
  // The texts are moved in; the job reads them in place.
  AttributionImportJob(std::string opportunitiesCsv, OpportunityMapping, std::string touchpointsCsv, TouchMapping);
  ~AttributionImportJob();
  AttributionImportJob(const AttributionImportJob&) = delete;
  AttributionImportJob& operator=(const AttributionImportJob&) = delete;

  // Works through at most `budget` units (a row read, a touch sorted or placed); true once finished.
  bool step(size_t budget);
  bool finished() const;
  double progress() const;   // 0 to 1 over all phases
  std::string phase() const; // "Reading opportunities", "Reading touchpoints", "Sorting touches", "Done"
  // Complete once finished(). ok() when there are no problems; then data() holds everything.
  bool ok() const;
  const std::vector<AttributionProblem>& problems() const;  // by file, row, column; at most kMaxAttributionProblems
  size_t problemCount() const;
  const AttributionData& data() const;
  AttributionData takeData();  // moves the data out (the job is done with it)

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// The whole import in one call (the CLI, tests): with the suggested mapping when none is given.
struct AttributionImport {
  AttributionData data;
  std::vector<AttributionProblem> problems;
  size_t problemCount = 0;
  bool ok() const { return problemCount == 0; }
};
AttributionImport importAttribution(std::string opportunitiesCsv, std::string touchpointsCsv,
                                    const std::optional<OpportunityMapping>& = std::nullopt,
                                    const std::optional<TouchMapping>& = std::nullopt);

}  // namespace gp
