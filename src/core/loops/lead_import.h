// Importing lead outcomes from a CRM export (CSV): columns mapped to fields, status values mapped
// to the plan's four outcomes, every row checked, and the leads counted per day. Only counts leave
// the import; lead ids are read to find a lead listed twice and then dropped, and any other column
// (names, e-mail addresses) is never read. A problem anywhere means nothing is imported.
//
// LeadImportJob does the work in steps, so the app can read a 200,000-row export across frames
// with a progress bar; importLeadCsv runs it in one go (the CLI, tests).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/loops/lead_columns.h"
#include "core/text/date_time.h"
#include "core/model/loops.h"
#include "core/session/history.h"

namespace gp {

struct LeadImportProblem {
  size_t row = 0;          // 1-based record number in the file; the header is row 1
  size_t column = 0;       // 1-based; 0 when the problem is the whole row or file
  std::string columnName;  // the column's header as written
  std::string message;
  // "row 4, column 3 (Create Date): expected a date like 2027-01-31 or 2027-01-31 09:30, not "soon""
  std::string text() const;
};

// The person's reading of the file.
struct LeadMapping {
  std::vector<LeadField> columns;  // one per column of the header row; missing ones are ignored
  // Outcomes the person chose for status values, by foldLabel(value); they win over recognition.
  std::map<std::string, LeadStatus> statuses;
  SlashDates slashDates = SlashDates::unambiguousOnly;
};

// A distinct value of the status column, as the file writes it.
struct LeadStatusValue {
  std::string text;    // as first written (trimmed)
  std::string folded;  // foldLabel(text): the key of LeadMapping::statuses
  int64_t rows = 0;    // how many rows hold it
  std::optional<LeadStatus> recognised;  // recogniseLeadStatus(text)
};

// Stored problems stop here (the count goes on): a file with a wrong column can make every row bad.
inline constexpr size_t kMaxLeadImportProblems = 1000;

struct LeadImportResult {
  std::vector<LeadDay> days;  // in day order; ids and stamps are left to History
  std::string firstDay, lastDay;  // the range the import replaces (YYYY-MM-DD); empty without leads
  int64_t leads = 0;
  std::array<int64_t, 4> byStatus{};  // indexed by LeadStatus
  int64_t touched = 0;  // leads with a first touch
  std::vector<LeadImportProblem> problems;  // ordered by row and column; at most kMaxLeadImportProblems
  size_t problemCount = 0;                  // all of them
  bool ok() const { return problemCount == 0; }
  int64_t count(LeadStatus status) const { return byStatus[static_cast<size_t>(status)]; }
  // "Import lead outcomes (1,204 leads)": the undo step's name.
  std::string label() const;
};

class LeadImportJob {
 public:
  // Reads the header row and the first rows at once; everything else waits for start().
  // `rejectionReasons` is the plan's list: reasons matching one (ignoring case) take its spelling.
  LeadImportJob(std::string csv, std::vector<std::string> rejectionReasons);

  const std::vector<std::string>& headers() const { return headers_; }
  // The first data rows as written, for the person to see what each column holds.
  const std::vector<std::vector<std::string>>& sampleRows() const { return sampleRows_; }
  // Each column's recognised field (the first of two columns naming one field wins; others ignore).
  LeadMapping suggestedMapping() const;

  // (Re)reads every row with `mapping`: call step() until finished().
  void start(LeadMapping mapping);
  // The outcome of one status value (by its folded text); only the counting is redone.
  void setStatus(const std::string& folded, LeadStatus status);
  // Works through at most `maxRows` rows; true once finished.
  bool step(size_t maxRows);
  bool started() const { return phase_ != Phase::idle; }
  bool rowsRead() const { return phase_ == Phase::counting || phase_ == Phase::gathering || phase_ == Phase::finished; }
  bool finished() const { return phase_ == Phase::finished; }
  double progress() const;  // 0 to 1 over reading and counting
  const LeadMapping& mapping() const { return mapping_; }
  // Status values in the order first seen; complete once rowsRead().
  const std::vector<LeadStatusValue>& statusValues() const { return statusValues_; }
  // What the import would do; complete once finished().
  const LeadImportResult& result() const { return result_; }
  size_t rowsSeen() const { return nextRow_ > 2 ? nextRow_ - 2 : 0; }  // data rows read so far

 private:
  // Every phase works in slices, so no frame of the app waits on a whole file.
  enum class Phase { idle, reading, counting, gathering, finished };
  // One row, compact: strings are indexes into the interned lists.
  struct Lead {
    int32_t row;
    int32_t day;
    int32_t campaign, source, status, reason;
    int32_t followUpMinutes;  // -1: not touched yet
    bool bad;                 // has problems: only its status is still checked
  };

  void readRow(const std::vector<std::string>& cells, size_t row);
  void startCounting();
  void countLeads(size_t maxRows);
  void startGathering();
  void gatherFollowUps(size_t maxEntries);
  void addProblem(std::vector<LeadImportProblem>& list, size_t row, size_t column, std::string message);
  int32_t intern(std::vector<std::string>& texts, std::unordered_map<std::string, int32_t>& index, std::string text);
  std::string columnName(size_t column) const;

  std::string csv_;
  std::vector<std::string> rejectionReasons_;
  std::vector<std::string> headers_;
  std::vector<std::vector<std::string>> sampleRows_;
  std::optional<LeadImportProblem> fileProblem_;
  size_t bodyStart_ = 0;  // where the row after the header starts
  size_t sampleEnd_ = 0;  // where the row after the sample rows starts

  LeadMapping mapping_;
  std::array<int, 8> columnOf_{};  // 1-based column of each LeadField; 0: none
  Phase phase_ = Phase::idle;
  size_t position_ = 0;   // reading: the next row starts here
  size_t nextRow_ = 0;    // reading: its record number
  size_t counted_ = 0;    // counting: leads done

  std::vector<Lead> leads_;
  std::vector<std::string> campaigns_, sources_, reasons_;
  std::unordered_map<std::string, int32_t> campaignIndex_, sourceIndex_, reasonIndex_, statusIndex_;
  std::unordered_map<std::string, size_t> leadIds_;  // while reading: id → first row
  std::vector<LeadStatusValue> statusValues_;
  std::vector<LeadImportProblem> readProblems_, countProblems_;
  size_t readProblemCount_ = 0, countProblemCount_ = 0;

  std::vector<std::optional<LeadStatus>> statusOutcome_;  // counting: by status index
  std::map<std::array<int32_t, 5>, int64_t> counts_;       // day, campaign, source, status, reason
  std::map<std::pair<int32_t, int32_t>, int64_t> followUps_;  // day, minutes
  // gathering: the next follow-up count to put into its day of result_, and that day
  std::map<std::pair<int32_t, int32_t>, int64_t>::const_iterator nextFollowUp_;
  size_t followUpDay_ = 0;
  LeadImportResult result_;
};

// The whole import in one call: `mapping` as the person set it, or the job's suggestion.
LeadImportResult importLeadCsv(std::string_view csv, const std::vector<std::string>& rejectionReasons,
                               const std::optional<LeadMapping>& mapping = std::nullopt);

// Replaces the plan's lead days from the file's first to its last day (keeping days outside) as
// one undo step. False when there was nothing to change or the import has problems.
bool applyLeadImport(History& history, const LeadImportResult& result, const EditContext& context);

}  // namespace gp
