// The Sources tab: where deals come from, each source's share and own conversion rates.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/text/number_text.h"
#include "core/text/text_trim.h"
#include "growth_view.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui::growth {

void GrowthView::drawSources(UiContext& ui, float width) {
  History& history = ui.history();
  const GrowthAssumptions a = history.doc().growth.assumptions;
  const std::vector<ValidationIssue>& issues = results_.issues;
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();

  beginCard("##sources-card", nullptr, width);
  ImGui::AlignTextToFramePadding();
  caption("WHERE DEALS COME FROM");
  ImGui::SameLine();
  alignRight(buttonWidth("Add source"));
  const bool add = button("Add source", nullptr, ButtonKind::primary);
  textWrappedMuted("Each source's share of the deals. A source may convert better or worse than the funnel: type its own "
                   "rate, or leave the field empty to use the funnel's.");
  ImGui::Spacing();
  if (a.sources.empty()) textWrappedMuted("No sources: every deal follows the funnel's rates, and the marketing budget pays for all leads.");

  std::optional<size_t> remove;
  double sum = 0;
  for (size_t i = 0; i < a.sources.size(); ++i) {
    const LeadSource& source = a.sources[i];
    const std::string path = at("growth.sources", i);
    sum += source.share;
    ImGui::PushID(static_cast<int>(i));
    if (i > 0) {
      ImGui::Dummy(ImVec2(0, 4 * s));
      ImGui::Separator();
      ImGui::Dummy(ImVec2(0, 4 * s));
    }
    const float gap = 14 * s;
    const float shareW = 110 * s, removeW = buttonWidth("Remove");
    const float checkW = ImGui::CalcTextSize("Paid from the marketing budget").x + ImGui::GetFrameHeight() + 8 * s;
    const float nameW = ImGui::GetContentRegionAvail().x - shareW - checkW - removeW - 3 * gap;
    FieldRow row(gap);
    row.begin("Source", nameW);
    const TextEdit name = textField(label("source-name", i).c_str(), source.name, "e.g. Partner-sourced", nameW);
    if (name.changed && name.text != source.name)
      edit(ui, "growth:source:" + source.id + ":name", [&](GrowthAssumptions& x) { x.sources[i].name = name.text; });
    if (name.deactivated) history.seal();
    fieldIssues(issues, path + ".name", nameW);
    row.end();
    row.begin("Share of deals", shareW);
    applyNumber(ui, numberField(label("source-share", i).c_str(), source.share, NumberStyle::rate, shareW, "e.g. 60%"),
                "growth:source:" + source.id + ":share", [i](GrowthAssumptions& x, double v) { x.sources[i].share = v; });
    fieldIssues(issues, path + ".share", shareW);
    row.end();
    row.begin(" ", checkW);
    bool marketing = source.marketingSourced;
    const std::string checkLabel = "Paid from the marketing budget" + label("source-marketing", i);
    if (ImGui::Checkbox(checkLabel.c_str(), &marketing))
      edit(ui, {}, [&](GrowthAssumptions& x) { x.sources[i].marketingSourced = marketing; });
    row.end();
    row.begin(" ", removeW);
    if (button("Remove", label("source-delete", i).c_str(), ButtonKind::subtle)) remove = i;
    row.end();

    // Own rates, one small field per converting stage.
    if (a.stages.size() >= 2) {
      ImGui::Dummy(ImVec2(0, 2 * s));
      const float rateW = 118 * s;
      FieldRow rates(10 * s);
      for (size_t j = 0; j + 1 < a.stages.size(); ++j) {
        const FunnelStage& stage = a.stages[j];
        const auto own = std::find_if(source.ownRates.begin(), source.ownRates.end(),
                                      [&](const SourceRate& r) { return r.stageId == stage.id; });
        const std::string title = stage.name + " to " + a.stages[j + 1].name;
        rates.begin(title.c_str(), rateW);
        const std::string hint = formatPercent(stage.conversionRate, 2) + " (funnel)";
        const std::string value = own != source.ownRates.end() ? formatForField(own->rate, NumberStyle::rate) : std::string();
        const std::string id = label("source-rate", i, j);
        const TextEdit e = textField(id.c_str(), value, hint.c_str(), rateW);
        if (e.changed) {
          const std::string key = "growth:source:" + source.id + ":rate:" + stage.id;
          const bool empty = isBlank(e.text);
          const ParsedNumber parsed = parseRate(e.text);
          if (empty) {
            edit(ui, key, [&](GrowthAssumptions& x) {
              std::erase_if(x.sources[i].ownRates, [&](const SourceRate& r) { return r.stageId == stage.id; });
            });
          } else if (parsed.value) {
            edit(ui, key, [&](GrowthAssumptions& x) {
              auto& ownRates = x.sources[i].ownRates;
              auto it = std::find_if(ownRates.begin(), ownRates.end(), [&](const SourceRate& r) { return r.stageId == stage.id; });
              if (it != ownRates.end()) it->rate = *parsed.value;
              else ownRates.push_back({stage.id, *parsed.value});
            });
          }
        }
        if (e.active && !e.text.empty() && !parseRate(e.text).value) {
          ImGui::PushFont(smallFont());
          labelledText(parseRate(e.text).error, "input-error" + id, p.danger, nullptr, rateW);
          ImGui::PopFont();
        }
        if (e.deactivated) history.seal();
        if (own != source.ownRates.end())
          fieldIssues(issues, path + ".ownRates[" + std::to_string(own - source.ownRates.begin()) + "].rate", rateW);
        rates.end();
      }
      for (size_t k = 0; k < source.ownRates.size(); ++k) fieldIssues(issues, path + ".ownRates[" + std::to_string(k) + "].stageId");
    }
    fieldIssues(issues, path + ".id");
    ImGui::PopID();
  }
  if (!a.sources.empty()) {
    ImGui::Spacing();
    if (!fieldIssues(issues, "growth.sources")) {
      ImGui::PushFont(smallFont());
      labelledText("Shares add up to " + formatPercent(sum, 2), "sources-sum", p.success);
      ImGui::PopFont();
    }
  }
  if (add) {
    edit(ui, {}, [&](GrowthAssumptions& x) { x.sources.push_back(LeadSource{"", freshName(x.sources, "New source"), 0, false, {}}); });
  } else if (remove) {
    const std::string name = a.sources[*remove].name;
    edit(ui, {}, [&](GrowthAssumptions& x) { x.sources.erase(x.sources.begin() + static_cast<long>(*remove)); });
    ui.notifyUndoable("Removed the source \xE2\x80\x9C" + name + "\xE2\x80\x9D.");
  }
  endCard();

  ImGui::Dummy(ImVec2(0, 6 * s));
  beginCard("##source-table-card", nullptr, width);
  sectionTitle("WHAT EACH SOURCE NEEDS", nullptr);
  if (!results_.ok()) {
    labelledText("Fix the highlighted inputs to see the sources.", "sources-invalid", p.danger);
  } else {
    const auto& sources = results_.waterfall.sources;
    std::vector<std::string> names;
    std::vector<const StageCounts*> rows;
    for (const auto& source : sources) names.push_back(source.name), rows.push_back(&source.counts);
    drawStageTable("##source-table", names, rows, {"Share", "Revenue"},
                   [&](size_t r, size_t column) {
                     if (column == 0) ImGui::TextUnformatted(formatPercent(sources[r].share).c_str());
                     else ImGui::TextUnformatted(money(sources[r].revenue, currency_).c_str());
                   },
                   "source-");
  }
  endCard();
}

}  // namespace gp::ui::growth
