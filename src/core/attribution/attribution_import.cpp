// The attribution import job (attribution_import.h): both files read row by row, then the touches
// grouped by opportunity and sorted, every phase in bounded steps.
#include "core/attribution/attribution_import.h"

#include <algorithm>
#include <array>
#include <limits>
#include <tuple>
#include <utility>
#include <variant>

#include "core/attribution/attribution_reading.h"
#include "core/text/text_trim.h"
#include "core/text/utf8.h"

namespace gp {

namespace {

using namespace attribution_reading;

constexpr int64_t kMaxTotalMicros = 9'000'000'000'000'000'000;  // below INT64_MAX, so sums stay exact
constexpr int64_t kNoLimit = std::numeric_limits<int64_t>::max();

enum class Phase { opportunities, touches, offsets, placing, sorting, done };
enum FileIndex : size_t { kOpportunities = 0, kTouchpoints = 1 };
constexpr const char* kFileLabels[] = {"opportunities", "touchpoints"};

}  // namespace

struct AttributionImportJob::State {
  std::array<std::string, 2> csv;
  std::array<std::vector<std::string>, 2> headers;
  std::array<size_t, 7> oppColumn{}, touchColumn{};  // the 1-based column of each field; 0: none
  SlashDates oppDates = SlashDates::unambiguousOnly, touchDates = SlashDates::unambiguousOnly;
  std::array<bool, 2> readable{};   // the header and the mapping let the rows be read
  std::array<size_t, 2> bodyStart{};
  std::array<size_t, 2> lastColumn{};  // the last column read
  std::array<size_t, 2> rows{};     // rows read that were not blank
  std::array<size_t, 2> fileProblems{};
  bool opportunitiesComplete = false;  // every row read, so a touch naming no opportunity is an error

  Phase phase = Phase::opportunities;
  size_t position = 0;  // reading: where the next record starts
  size_t record = 1;    // reading: the number of the last record read
  std::vector<std::string_view> cells;

  AttributionData data;
  std::vector<uint32_t> rowOf;     // each opportunity's row, for the duplicate message
  std::vector<int64_t> lastTouch;  // the last moment a touch of each opportunity counts
  NameTable ids, channelNames, campaignNames;
  ValueCache<OpportunityStage> stages;
  ValueCache<TouchTeam> teams;
  ValueCache<Milestone> milestones;
  int64_t totalMicros = 0;

  std::vector<uint32_t> next;  // placing: where each opportunity's next touch goes
  size_t cursor = 0;           // offsets, placing, sorting: the opportunity at hand
  uint32_t runningTotal = 0;   // offsets
  size_t placed = 0, sorted = 0;

  std::vector<AttributionProblem> problems;
  size_t problemCount = 0;

  void addProblem(FileIndex file, size_t row, size_t column, std::string message) {
    ++problemCount;
    ++fileProblems[file];
    if (problems.size() >= kMaxAttributionProblems) return;
    const auto& names = headers[file];
    std::string name = column >= 1 && column <= names.size() ? names[column - 1] : std::string();
    problems.push_back(AttributionProblem{kFileLabels[file], row, column, std::move(name), std::move(message)});
  }

  template <typename Field>
  bool setUp(FileIndex file, const ColumnMapping<Field>& mapping, std::array<size_t, 7>& columnOf,
             std::initializer_list<std::pair<Field, const char*>> required) {
    CsvPreview preview = previewCsv(csv[file], kFileLabels[file]);
    if (preview.fileProblem && (preview.fileProblem->row == 1 || preview.headers.empty())) {
      addProblem(file, preview.fileProblem->row, preview.fileProblem->column, preview.fileProblem->message);
      return false;
    }
    headers[file] = std::move(preview.headers);
    // Past the header (and a byte order mark); the header is read in place like any record.
    size_t at = csv[file].compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    SyntaxError ignored;
    readRecord(csv[file], at, cells, ignored);
    bodyStart[file] = at;
    bool usable = true;
    for (size_t c = 0; c < headers[file].size() && c < mapping.columns.size(); ++c) {
      const Field field = mapping.columns[c];
      if (field == Field::ignore) continue;
      size_t& column = columnOf[static_cast<size_t>(field)];
      if (column != 0) {
        addProblem(file, 1, c + 1,
                   "this column and column " + std::to_string(column) + " (" + headers[file][column - 1] +
                       ") are both read as " + fieldName(field) + "; ignore one of them");
        usable = false;
        continue;
      }
      column = c + 1;
      lastColumn[file] = c + 1;
    }
    for (const auto& [field, example] : required)
      if (columnOf[static_cast<size_t>(field)] == 0) {
        addProblem(file, 1, 0, std::string("no column is read as ") + fieldName(field) + " (" + example + ")");
        usable = false;
      }
    return usable;
  }
  static const char* fieldName(OpportunityField field) { return opportunityFieldName(field); }
  static const char* fieldName(TouchField field) { return touchFieldName(field); }

  std::string_view cell(const std::array<size_t, 7>& columnOf, size_t field) const {
    const size_t column = columnOf[field];
    return column == 0 || column > cells.size() ? std::string_view() : trimmed(cells[column - 1]);
  }

  void checkCellCount(FileIndex file, size_t row) {
    const size_t columns = headers[file].size();
    if (cells.size() > columns &&
        !std::all_of(cells.begin() + static_cast<std::ptrdiff_t>(columns), cells.end(), [](std::string_view c) { return isBlank(c); }))
      addProblem(file, row, columns + 1,
                 "this row has " + std::to_string(cells.size()) + " cells but the header has " + std::to_string(columns) + " columns");
    // A short row is fine while the columns read are there (some tools drop trailing empty cells).
    if (cells.size() < lastColumn[file])
      addProblem(file, row, cells.size() + 1,
                 "missing cell; this row has " + std::to_string(cells.size()) + " cells but the header has " +
                     std::to_string(columns) + " columns");
  }

  // A date or date-time cell, or nullopt after adding its problem.
  std::optional<DateTime> dateCell(FileIndex file, size_t row, size_t column, std::string_view text, SlashDates order,
                                   const char* whenEmpty) {
    if (text.empty()) {
      if (whenEmpty) addProblem(file, row, column, whenEmpty);
      return std::nullopt;
    }
    auto parsed = readDateTime(text, order);
    if (auto* message = std::get_if<std::string>(&parsed)) {
      addProblem(file, row, column, std::move(*message));
      return std::nullopt;
    }
    return std::get<DateTime>(parsed);
  }

  void readOpportunity(size_t row);
  void readTouch(size_t row);
  size_t readRows(FileIndex file, size_t budget);
  void finishOpportunities();
  void finishTouches();
  size_t makeOffsets(size_t budget);
  size_t place(size_t budget);
  size_t sortTouches(size_t budget);
  void finish();
};

void AttributionImportJob::State::readOpportunity(size_t row) {
  using F = OpportunityField;
  if (isBlankRecord(cells)) return;
  ++rows[kOpportunities];
  checkCellCount(kOpportunities, row);
  const size_t before = problemCount;
  const auto columnOf = [&](F field) { return oppColumn[static_cast<size_t>(field)]; };
  const auto text = [&](F field) { return cell(oppColumn, static_cast<size_t>(field)); };

  const std::string_view id = text(F::id);
  bool newId = false;
  if (id.empty()) {
    addProblem(kOpportunities, row, columnOf(F::id), "empty; expected the opportunity's id");
  } else if (!isValidUtf8(id)) {
    addProblem(kOpportunities, row, columnOf(F::id), kNotUtf8);
  } else {
    const uint32_t first = ids.find(id);
    if (first != kNone)
      addProblem(kOpportunities, row, columnOf(F::id),
                 "opportunity " + quote(id) + " is also in row " + std::to_string(rowOf[first]) + "; export each opportunity once");
    newId = first == kNone;
  }
  const auto created = dateCell(kOpportunities, row, columnOf(F::created), text(F::created), oppDates,
                                "empty; expected when the opportunity was created, e.g. 2027-01-31");

  std::optional<OpportunityStage> stage;
  if (const std::string_view stageText = text(F::stage); stageText.empty()) {
    addProblem(kOpportunities, row, columnOf(F::stage), "empty; expected a stage such as open, won, lost or Closed Won");
  } else {
    stage = stages.get(stageText, recogniseStage);
    if (!stage)
      addProblem(kOpportunities, row, columnOf(F::stage),
                 quote(stageText) + " is not a stage; expected open, won or lost (or a CRM stage such as Closed Won)");
  }

  std::optional<int64_t> amount;
  if (const std::string_view amountText = text(F::amount); amountText.empty()) {
    addProblem(kOpportunities, row, columnOf(F::amount), "empty; expected an amount such as 12500 or 12,500.50");
  } else {
    auto parsed = parseAmount(amountText);
    if (auto* message = std::get_if<std::string>(&parsed)) addProblem(kOpportunities, row, columnOf(F::amount), std::move(*message));
    else amount = std::get<int64_t>(parsed);
  }

  // An open opportunity's close date is the CRM's forecast (Salesforce fills it in): not read.
  std::optional<DateTime> closed;
  int64_t touchLimit = kNoLimit;
  if (stage != OpportunityStage::open) {
    const std::string_view closedText = text(F::closed);
    const size_t column = columnOf(F::closed);
    closed = dateCell(kOpportunities, row, column, closedText, oppDates, nullptr);
    if (closedText.empty() && stage) {
      const std::string what = std::string("a ") + (stage == OpportunityStage::won ? "won" : "lost") + " opportunity needs a closed date";
      addProblem(kOpportunities, row, column, column ? what : what + " (map a column to Closed)");
    }
    if (closed) {
      // A day without a time closes at its end: touches on the close date count.
      touchLimit = closed->seconds + (closed->hasTime ? 0 : 86'399);
      if (created && touchLimit < created->seconds)
        addProblem(kOpportunities, row, column,
                   "closed " + quote(closedText) + " is before created " + quote(text(F::created)));
    }
  }

  std::optional<TouchTeam> source;
  if (const std::string_view sourceText = text(F::source); !sourceText.empty()) {
    source = teams.get(sourceText, recogniseTeam);
    if (!source)
      addProblem(kOpportunities, row, columnOf(F::source),
                 quote(sourceText) + " is not a team; expected marketing, sales or partner (or ignore this column)");
  }

  if (amount && problemCount == before) {
    totalMicros += *amount;
    if (totalMicros > kMaxTotalMicros)
      addProblem(kOpportunities, row, columnOf(F::amount),
                 "the amounts up to this row add up to more than " + withThousands(kMaxTotalMicros / kMicrosPerUnit));
  }
  if (!newId) return;
  // Kept even with problems, so its touches are not reported as naming no opportunity.
  const bool good = problemCount == before;
  const auto index = static_cast<uint32_t>(data.opportunities.size());
  Opportunity opportunity;
  opportunity.id = std::string(id);
  if (good) {
    opportunity.created = created->seconds;
    if (closed) opportunity.closed = closed->seconds;
    opportunity.amountMicros = *amount;
    opportunity.stage = *stage;
    opportunity.crmSource = source;
  }
  data.opportunities.push_back(std::move(opportunity));
  rowOf.push_back(static_cast<uint32_t>(row));
  lastTouch.push_back(good ? touchLimit : kNoLimit);
  ids.insert(id, index);
}

void AttributionImportJob::State::readTouch(size_t row) {
  using F = TouchField;
  if (isBlankRecord(cells)) return;
  ++rows[kTouchpoints];
  checkCellCount(kTouchpoints, row);
  const size_t before = problemCount;
  const auto columnOf = [&](F field) { return touchColumn[static_cast<size_t>(field)]; };
  const auto text = [&](F field) { return cell(touchColumn, static_cast<size_t>(field)); };

  uint32_t opportunity = kNone;
  if (const std::string_view id = text(F::opportunityId); id.empty()) {
    addProblem(kTouchpoints, row, columnOf(F::opportunityId), "empty; expected the id of the opportunity this touch is part of");
  } else if (opportunitiesComplete) {
    opportunity = ids.find(id);
    if (opportunity == kNone)
      addProblem(kTouchpoints, row, columnOf(F::opportunityId),
                 "no opportunity with id " + quote(id) + " in the opportunities file");
  }
  const auto at = dateCell(kTouchpoints, row, columnOf(F::at), text(F::at), touchDates,
                           "empty; expected when the touch happened, e.g. 2027-01-31 or 2027-01-31 09:30");
  std::optional<TouchTeam> team;
  if (const std::string_view teamText = text(F::team); teamText.empty()) {
    addProblem(kTouchpoints, row, columnOf(F::team), "empty; expected the team that made the touch: marketing, sales or partner");
  } else {
    team = teams.get(teamText, recogniseTeam);
    if (!team)
      addProblem(kTouchpoints, row, columnOf(F::team), quote(teamText) + " is not a team; expected marketing, sales or partner");
  }
  std::optional<Milestone> milestone = Milestone::none;
  if (const std::string_view milestoneText = text(F::milestone); !milestoneText.empty()) {
    milestone = milestones.get(milestoneText, recogniseMilestone);
    if (!milestone)
      addProblem(kTouchpoints, row, columnOf(F::milestone),
                 quote(milestoneText) + " is not a milestone; expected lead created, opportunity created or nothing");
  }
  // A name already known was checked when it was first seen.
  const std::string_view channel = text(F::channel), campaign = text(F::campaign);
  const uint32_t knownChannel = channelNames.find(channel), knownCampaign = campaignNames.find(campaign);
  if (knownChannel == kNone && !isValidUtf8(channel)) addProblem(kTouchpoints, row, columnOf(F::channel), kNotUtf8);
  if (knownCampaign == kNone && !isValidUtf8(campaign)) addProblem(kTouchpoints, row, columnOf(F::campaign), kNotUtf8);

  if (problemCount != before || opportunity == kNone) return;
  if (at->seconds > lastTouch[opportunity]) {
    ++data.ignoredAfterClose;
    return;
  }
  if (problemCount > 0) return;  // nothing will be imported: no need to keep the touch
  const auto intern = [](NameTable& table, std::vector<std::string>& names, std::string_view name, uint32_t known) {
    if (known != kNone) return known;
    const auto index = static_cast<uint32_t>(names.size());
    names.emplace_back(name);
    table.insert(name, index);
    return index;
  };
  Touchpoint touch;
  touch.opportunity = opportunity;
  touch.channel = intern(channelNames, data.channels, channel, knownChannel);
  touch.campaign = intern(campaignNames, data.campaigns, campaign, knownCampaign);
  touch.team = *team;
  touch.milestone = *milestone;
  touch.at = at->seconds;
  touch.fileOrder = static_cast<uint32_t>(row - 2);
  data.touches.push_back(touch);
  ++data.firstTouchOf[opportunity];  // counts until the offsets are made
}

size_t AttributionImportJob::State::readRows(FileIndex file, size_t budget) {
  size_t done = 0;
  while (done < budget) {
    SyntaxError error;
    const RecordRead read = readRecord(csv[file], position, cells, error);
    if (read == RecordRead::end) break;
    ++record;
    ++done;
    if (read == RecordRead::error) {
      addProblem(file, record, error.column, error.problem);
      position = csv[file].size();  // the records after a syntax error cannot be told apart
      if (file == kOpportunities) opportunitiesComplete = false;
      break;
    }
    if (file == kOpportunities) readOpportunity(record);
    else readTouch(record);
  }
  if (position >= csv[file].size()) {
    if (file == kOpportunities) finishOpportunities();
    else finishTouches();
  }
  return std::max<size_t>(done, 1);
}

void AttributionImportJob::State::finishOpportunities() {
  if (readable[kOpportunities] && rows[kOpportunities] == 0 && fileProblems[kOpportunities] == 0)
    addProblem(kOpportunities, 2, 0, "the file holds no opportunities, only a header row");
  opportunitiesComplete = opportunitiesComplete && readable[kOpportunities];
  data.firstTouchOf.assign(data.opportunities.size() + 1, 0);
  phase = Phase::touches;
  position = bodyStart[kTouchpoints];
  record = 1;
  if (!readable[kTouchpoints]) {
    finishTouches();
    return;
  }
  if (problemCount == 0) data.touches.reserve(estimateRecords(csv[kTouchpoints], bodyStart[kTouchpoints]));
}

void AttributionImportJob::State::finishTouches() {
  if (readable[kTouchpoints] && rows[kTouchpoints] == 0 && fileProblems[kTouchpoints] == 0)
    addProblem(kTouchpoints, 2, 0, "the file holds no touchpoints, only a header row");
  // The texts are done with; the lookups only served reading.
  csv = {};
  cells = {};
  ids.clear();
  channelNames.clear();
  campaignNames.clear();
  rowOf = {};
  lastTouch = {};
  if (problemCount > 0) {
    finish();
    return;
  }
  phase = Phase::offsets;
  cursor = 0;
  runningTotal = 0;
  next.resize(data.opportunities.size());
}

// Counts per opportunity → where each one's touches start (and the placing cursors).
size_t AttributionImportJob::State::makeOffsets(size_t budget) {
  const size_t end = std::min(data.opportunities.size(), cursor + budget);
  const size_t done = end - cursor;
  for (; cursor < end; ++cursor) {
    const uint32_t count = data.firstTouchOf[cursor];
    data.firstTouchOf[cursor] = next[cursor] = runningTotal;
    runningTotal += count;
  }
  if (cursor == data.opportunities.size()) {
    data.firstTouchOf.back() = runningTotal;
    phase = Phase::placing;
    cursor = 0;
  }
  return std::max<size_t>(done, 1);
}

// Touches to their opportunity's range, in place (an in-place counting sort): each unit either
// finds a touch already in its range or swaps one into its final place, so it ends within twice
// the number of touches and can stop after any unit.
size_t AttributionImportJob::State::place(size_t budget) {
  auto& touches = data.touches;
  size_t done = 0;
  while (done < budget && cursor < data.opportunities.size()) {
    ++done;
    uint32_t& at = next[cursor];
    if (at >= data.firstTouchOf[cursor + 1]) {
      ++cursor;
      continue;
    }
    const uint32_t owner = touches[at].opportunity;
    if (owner == cursor) {
      ++at;
      ++placed;
    } else {
      std::swap(touches[at], touches[next[owner]++]);
      ++placed;
    }
  }
  if (cursor == data.opportunities.size()) {
    next = {};
    phase = Phase::sorting;
    cursor = 0;
  }
  return std::max<size_t>(done, 1);
}

// Each opportunity's touches by time, then file order (placing kept no order).
size_t AttributionImportJob::State::sortTouches(size_t budget) {
  const auto before = [](const Touchpoint& a, const Touchpoint& b) { return std::tie(a.at, a.fileOrder) < std::tie(b.at, b.fileOrder); };
  size_t done = 0;
  while (done < budget && cursor < data.opportunities.size()) {
    const auto first = data.touches.begin() + data.firstTouchOf[cursor];
    const auto last = data.touches.begin() + data.firstTouchOf[cursor + 1];
    if (!std::is_sorted(first, last, before)) std::sort(first, last, before);
    const auto count = static_cast<size_t>(last - first);
    done += std::max<size_t>(count, 1);
    sorted += count;
    ++cursor;
  }
  if (cursor == data.opportunities.size()) finish();
  return std::max<size_t>(done, 1);
}

void AttributionImportJob::State::finish() {
  phase = Phase::done;
  std::stable_sort(problems.begin(), problems.end(), [](const AttributionProblem& a, const AttributionProblem& b) {
    return std::make_tuple(a.file != kFileLabels[kOpportunities], a.row, a.column) <
           std::make_tuple(b.file != kFileLabels[kOpportunities], b.row, b.column);
  });
  if (problemCount > 0) data = AttributionData{};
}

AttributionImportJob::AttributionImportJob(std::string opportunitiesCsv, OpportunityMapping opportunityMapping,
                                           std::string touchpointsCsv, TouchMapping touchMapping)
    : state_(std::make_unique<State>()) {
  State& s = *state_;
  s.csv = {std::move(opportunitiesCsv), std::move(touchpointsCsv)};
  s.oppDates = opportunityMapping.slashDates;
  s.touchDates = touchMapping.slashDates;
  using O = OpportunityField;
  using T = TouchField;
  s.readable[kOpportunities] =
      s.setUp(kOpportunities, opportunityMapping, s.oppColumn,
              {{O::id, "e.g. Opportunity ID"}, {O::created, "e.g. Created Date"}, {O::amount, "e.g. Amount"},
               {O::stage, "e.g. Stage"}});
  s.readable[kTouchpoints] = s.setUp(kTouchpoints, touchMapping, s.touchColumn,
                                     {{T::opportunityId, "e.g. Opportunity ID"}, {T::at, "e.g. Touchpoint Date"},
                                      {T::team, "marketing, sales or partner"}});
  s.opportunitiesComplete = s.readable[kOpportunities];
  s.position = s.bodyStart[kOpportunities];
  s.record = 1;
  if (!s.readable[kOpportunities]) {
    s.finishOpportunities();
    return;
  }
  const size_t estimate = estimateRecords(s.csv[kOpportunities], s.bodyStart[kOpportunities]);
  s.data.opportunities.reserve(estimate);
  s.rowOf.reserve(estimate);
  s.lastTouch.reserve(estimate);
  s.ids.reserve(estimate, estimate * 20);
}

AttributionImportJob::~AttributionImportJob() = default;

bool AttributionImportJob::step(size_t budget) {
  State& s = *state_;
  budget = std::max<size_t>(budget, 1);
  size_t used = 0;
  while (used < budget && s.phase != Phase::done) {
    const size_t left = budget - used;
    switch (s.phase) {
      case Phase::opportunities: used += s.readRows(kOpportunities, left); break;
      case Phase::touches: used += s.readRows(kTouchpoints, left); break;
      case Phase::offsets: used += s.makeOffsets(left); break;
      case Phase::placing: used += s.place(left); break;
      case Phase::sorting: used += s.sortTouches(left); break;
      case Phase::done: break;
    }
  }
  return s.phase == Phase::done;
}

bool AttributionImportJob::finished() const { return state_->phase == Phase::done; }

double AttributionImportJob::progress() const {
  const State& s = *state_;
  // Reading is most of the work, shared by the files' sizes; placing and sorting the rest.
  constexpr double kReading = 0.8, kOffsets = 0.02, kPlacing = 0.09;
  const double oppBytes = static_cast<double>(s.csv[0].size()), touchBytes = static_cast<double>(s.csv[1].size());
  const double oppShare = oppBytes + touchBytes > 0 ? kReading * oppBytes / (oppBytes + touchBytes) : kReading / 2;
  const double opportunities = static_cast<double>(std::max<size_t>(1, s.data.opportunities.size()));
  const double touches = static_cast<double>(std::max<size_t>(1, s.data.touches.size()));
  switch (s.phase) {
    case Phase::opportunities: return oppBytes > 0 ? oppShare * static_cast<double>(s.position) / oppBytes : 0;
    case Phase::touches:
      return oppShare + (touchBytes > 0 ? (kReading - oppShare) * static_cast<double>(s.position) / touchBytes : 0);
    case Phase::offsets: return kReading + kOffsets * static_cast<double>(s.cursor) / opportunities;
    case Phase::placing: return kReading + kOffsets + kPlacing * std::min(1.0, static_cast<double>(s.placed) / touches);
    case Phase::sorting: return kReading + kOffsets + kPlacing + (1 - kReading - kOffsets - kPlacing) * static_cast<double>(s.sorted) / touches;
    case Phase::done: return 1;
  }
  return 0;
}

std::string AttributionImportJob::phase() const {
  switch (state_->phase) {
    case Phase::opportunities: return "Reading opportunities";
    case Phase::touches: return "Reading touchpoints";
    case Phase::offsets:
    case Phase::placing:
    case Phase::sorting: return "Sorting touches";
    case Phase::done: return "Done";
  }
  return "";
}

bool AttributionImportJob::ok() const { return finished() && state_->problemCount == 0; }
const std::vector<AttributionProblem>& AttributionImportJob::problems() const { return state_->problems; }
size_t AttributionImportJob::problemCount() const { return state_->problemCount; }
const AttributionData& AttributionImportJob::data() const { return state_->data; }
AttributionData AttributionImportJob::takeData() { return std::move(state_->data); }

AttributionImport importAttribution(std::string opportunitiesCsv, std::string touchpointsCsv,
                                    const std::optional<OpportunityMapping>& opportunityMapping,
                                    const std::optional<TouchMapping>& touchMapping) {
  OpportunityMapping opportunities =
      opportunityMapping ? *opportunityMapping : suggestOpportunityMapping(previewCsv(opportunitiesCsv, "opportunities").headers);
  TouchMapping touches = touchMapping ? *touchMapping : suggestTouchMapping(previewCsv(touchpointsCsv, "touchpoints").headers);
  AttributionImportJob job(std::move(opportunitiesCsv), std::move(opportunities), std::move(touchpointsCsv), std::move(touches));
  while (!job.step(1'000'000)) {
  }
  AttributionImport result;
  result.problems = job.problems();
  result.problemCount = job.problemCount();
  result.data = job.takeData();
  return result;
}

}  // namespace gp
