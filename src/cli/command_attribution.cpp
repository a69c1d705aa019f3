// growthplan attribution OPPORTUNITIES.csv TOUCHPOINTS.csv [--model M] [--half-life-days N]
//                       [--custom F,M,L] [--dates us|eu] [--column HEADER=FIELD]... [--json]
// Reads a CRM's opportunity and touchpoint exports as the app does and shows how the model splits
// pipeline and revenue over channels, campaigns and teams. Any bad row: every problem (row,
// column) on stderr, exit 1, nothing on stdout. No plan is read or written.
#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "commands.h"
#include "core/attribution/attribution_agreement.h"
#include "core/attribution/attribution_import.h"
#include "core/attribution/attribution_models.h"
#include "core/loops/lead_columns.h"
#include "core/text/number_text.h"

namespace gp::cli {

namespace {

constexpr size_t kShownProblems = 20;
constexpr size_t kShownNames = 25;  // channels or campaigns in the table; --json has them all
// CRM exports of a million touchpoints run to 100 MB and more: far above a plan file's limit.
constexpr uintmax_t kMaxCsvBytes = uintmax_t{2} * 1024 * 1024 * 1024;

std::optional<std::string> readCsvFile(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
  const auto size = std::filesystem::file_size(path, error);
  if (error || size > kMaxCsvBytes) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string text(static_cast<size_t>(size), '\0');
  in.read(text.data(), static_cast<std::streamsize>(size));
  if (in.bad() || static_cast<uintmax_t>(in.gcount()) != size) return std::nullopt;
  return text;
}

// A number of the whole text ("7", "2.5"), or nullopt.
std::optional<double> numberOf(const std::string& text) {
  const ParsedNumber parsed = parseNumber(text);
  if (!parsed.value || text.find('%') != std::string::npos) return std::nullopt;
  return parsed.value;
}

bool readCustomShares(const std::string& text, AttributionSettings& settings) {
  std::vector<double> shares;
  size_t start = 0;
  while (true) {
    const size_t comma = text.find(',', start);
    const auto share = numberOf(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (!share) return false;
    shares.push_back(*share);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  if (shares.size() != 3) return false;
  settings.customFirst = shares[0];
  settings.customMiddle = shares[1];
  settings.customLast = shares[2];
  return true;
}

// "HEADER=FIELD" split at its last '=' (a header may hold one, a field never does).
bool splitAssignment(const std::string& text, std::string& left, std::string& right) {
  const size_t at = text.rfind('=');
  if (at == std::string::npos || at == 0) return false;
  left = text.substr(0, at);
  right = text.substr(at + 1);
  return true;
}

// Sets every column headed `header` to the field named `fieldName`, when the file has that field
// ("ignore" in either file). The number of columns set.
template <typename Field, size_t N>
size_t remap(ColumnMapping<Field>& mapping, const std::vector<std::string>& headers, const std::string& header,
             const std::string& fieldName, const Field (&fields)[N], const char* (*nameOf)(Field)) {
  const std::string folded = foldLabel(fieldName);
  std::optional<Field> field;
  for (const Field candidate : fields)
    if (folded == (candidate == Field::ignore ? std::string("ignore") : std::string(nameOf(candidate)))) field = candidate;
  if (!field) return 0;
  size_t set = 0;
  for (size_t c = 0; c < headers.size() && c < mapping.columns.size(); ++c)
    if (foldLabel(headers[c]) == foldLabel(header)) {
      // The field moves here: a column suggested for it before is ignored.
      if (*field != Field::ignore) std::replace(mapping.columns.begin(), mapping.columns.end(), *field, Field::ignore);
      mapping.columns[c] = *field;
      ++set;
    }
  return set;
}

std::string amountText(int64_t micros) { return formatMoney(static_cast<double>(micros) / kMicrosPerUnit, ""); }

// Characters, not bytes, so names with accents line up.
size_t characters(const std::string& text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

using Rows = std::vector<std::pair<std::string, Credit>>;

// A title and its rows, the names in a column `width` characters wide.
void printTable(std::ostream& out, size_t width, const std::string& title, const Rows& rows, size_t more = 0) {
  const auto line = [&](const std::string& label, const std::string& pipeline, const std::string& revenue) {
    out << label << std::string(width - std::min(width, characters(label)), ' ')
        << std::string(18 - std::min<size_t>(18, pipeline.size()), ' ') << pipeline
        << std::string(18 - std::min<size_t>(18, revenue.size()), ' ') << revenue << "\n";
  };
  out << "\n";
  line(title, "Pipeline", "Revenue");
  for (const auto& [name, credit] : rows) line("  " + name, amountText(credit.pipelineMicros), amountText(credit.revenueMicros));
  if (more > 0) out << "  … and " << more << " more (--json lists them all)\n";
}

Rows namedRows(const std::vector<NamedCredit>& list, const char* none) {
  Rows rows;
  for (size_t i = 0; i < list.size() && i < kShownNames; ++i)
    rows.emplace_back(list[i].name.empty() ? none : list[i].name, list[i].credit);
  return rows;
}

Rows teamRows(const std::array<Credit, 3>& credits) {
  Rows rows;
  for (const TouchTeam team : kAllTouchTeams) rows.emplace_back(touchTeamLabel(team), credits[static_cast<size_t>(team)]);
  return rows;
}

void printReport(std::ostream& out, const AttributionResult& result, const AttributionData& data) {
  out << "Model: " << attributionSettingsText(result.settings) << "\n";
  out << "Opportunities: " << formatCount(static_cast<double>(result.opportunities)) << " ("
      << formatCount(static_cast<double>(result.withoutTouches)) << " without touches); touches: "
      << formatCount(static_cast<double>(result.touches));
  if (data.ignoredAfterClose > 0)
    out << " (" << formatCount(static_cast<double>(data.ignoredAfterClose)) << " after the close not counted)";
  out << "\nPipeline: " << amountText(result.total.pipelineMicros) << "; revenue: " << amountText(result.total.revenueMicros)
      << " (pipeline: open and won opportunities; revenue: won)\n";
  const std::pair<std::string, Rows> tables[] = {
      {"By channel", namedRows(result.byChannel, "(no channel)")},
      {"By campaign", namedRows(result.byCampaign, "(no campaign)")},
      {"By team", teamRows(result.byTeam)},
      {"Sourced (team of the first touch)", teamRows(result.sourced)},
      {"Touched (any touch by the team)", teamRows(result.touched)},
      {"CRM source", teamRows(result.crmSourced)},
  };
  size_t width = 0;
  for (const auto& [title, rows] : tables) {
    width = std::max(width, characters(title));
    for (const auto& row : rows) width = std::max(width, characters(row.first) + 2);
  }
  const auto more = [](const std::vector<NamedCredit>& list) { return list.size() > kShownNames ? list.size() - kShownNames : 0; };
  for (const auto& [title, rows] : tables)
    printTable(out, width, title, rows,
               title == "By channel" ? more(result.byChannel) : title == "By campaign" ? more(result.byCampaign) : 0);
}

// "growthplan: touchpoints.csv, row 4, column 2 (at): ..." for each problem, then how many more.
void printProblems(const AttributionImport& imported, const std::string& opportunitiesPath, const std::string& touchpointsPath) {
  size_t shown = 0;
  for (AttributionProblem problem : imported.problems) {
    if (shown == kShownProblems) break;
    problem.file = problem.file == "opportunities" ? opportunitiesPath : touchpointsPath;
    std::cerr << "growthplan: " << problem.text() << "\n";
    ++shown;
  }
  if (imported.problemCount > shown) std::cerr << "growthplan: ... and " << imported.problemCount - shown << " more\n";
}

}  // namespace

int runAttribution(const Arguments& arguments) {
  std::vector<std::string> paths, columnChoices;
  AttributionSettings settings;
  SlashDates slashDates = SlashDates::unambiguousOnly;
  bool json = false;
  for (size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    const auto value = [&]() -> const std::string* { return i + 1 < arguments.size() ? &arguments[++i] : nullptr; };
    if (argument == "--json") {
      json = true;
    } else if (argument == "--model") {
      const std::string* name = value();
      const auto model = name ? attributionModelFromName(*name) : std::nullopt;
      if (!model) return usageError("attribution: --model needs first, last, linear, u-shaped, w-shaped, time-decay or custom");
      settings.model = *model;
    } else if (argument == "--half-life-days") {
      const std::string* text = value();
      const auto days = text ? numberOf(*text) : std::nullopt;
      if (!days || *days <= 0) return usageError("attribution: --half-life-days needs a number of days above 0");
      settings.halfLifeDays = *days;
    } else if (argument == "--custom") {
      const std::string* text = value();
      if (!text || !readCustomShares(*text, settings))
        return usageError("attribution: --custom needs F,M,L: the percentages of the first, middle and last touches");
    } else if (argument == "--dates") {
      const std::string* order = value();
      if (order && *order == "us") slashDates = SlashDates::monthFirst;
      else if (order && *order == "eu") slashDates = SlashDates::dayFirst;
      else return usageError("attribution: --dates needs us (month first) or eu (day first)");
    } else if (argument == "--column") {
      const std::string* choice = value();
      if (!choice) return usageError("attribution: --column needs HEADER=FIELD");
      columnChoices.push_back(*choice);
    } else if (argument.size() > 1 && argument[0] == '-') {
      return usageError("attribution: unknown option '" + argument + "'");
    } else {
      paths.push_back(argument);
    }
  }
  if (paths.size() != 2) return usageError("attribution needs an OPPORTUNITIES.csv and a TOUCHPOINTS.csv");
  if (const std::string problem = settingsProblem(settings); !problem.empty()) return usageError("attribution: " + problem);

  std::optional<std::string> texts[2];
  for (size_t f = 0; f < 2; ++f) {
    texts[f] = readCsvFile(paths[f]);
    if (!texts[f]) {
      std::cerr << paths[f] << ": cannot read file\n";
      return kExitUsage;
    }
  }
  const std::vector<std::string> opportunityHeaders = previewCsv(*texts[0], "opportunities").headers;
  const std::vector<std::string> touchHeaders = previewCsv(*texts[1], "touchpoints").headers;
  OpportunityMapping opportunityMapping = suggestOpportunityMapping(opportunityHeaders);
  TouchMapping touchMapping = suggestTouchMapping(touchHeaders);
  opportunityMapping.slashDates = touchMapping.slashDates = slashDates;
  for (const std::string& choice : columnChoices) {
    std::string header, field;
    if (!splitAssignment(choice, header, field))
      return usageError("attribution: --column '" + choice + "' should be HEADER=FIELD");
    const size_t set = remap(opportunityMapping, opportunityHeaders, header, field, kAllOpportunityFields, opportunityFieldName) +
                       remap(touchMapping, touchHeaders, header, field, kAllTouchFields, touchFieldName);
    if (set == 0)
      return usageError("attribution: --column '" + choice +
                        "': no column of that name reads as that field (opportunities: opportunity id, created, closed, "
                        "amount, stage, source; touchpoints: opportunity id, at, channel, campaign, team, milestone; "
                        "either: ignore)");
  }

  const AttributionImport imported =
      importAttribution(std::move(*texts[0]), std::move(*texts[1]), opportunityMapping, touchMapping);
  if (!imported.ok()) {
    printProblems(imported, paths[0], paths[1]);
    return kExitProblem;
  }
  const AttributionResult result = computeAttribution(imported.data, settings);
  if (json) std::cout << attributionJson(result);
  else printReport(std::cout, result, imported.data);
  return kExitOk;
}

}  // namespace gp::cli
