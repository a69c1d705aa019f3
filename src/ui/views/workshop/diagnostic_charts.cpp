#include "diagnostic_charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/workshop/diagnostic.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui::diagnostic_charts {

namespace {

float sc() { return theme::scale(); }

void smallText(ImDrawList* dl, ImVec2 pos, ImU32 color, const std::string& text) {
  ImFont* font = smallFont();
  dl->AddText(font, scaledSize(font), ImVec2(std::floor(pos.x), std::floor(pos.y)), color, text.c_str());
}

ImVec2 smallSize(const std::string& text) {
  ImFont* font = smallFont();
  return font->CalcTextSizeA(scaledSize(font), FLT_MAX, 0, text.c_str());
}

// Legend along the top: a dot and a name per team, then an optional note.
float legend(ImDrawList* dl, ImVec2 at, const std::vector<std::pair<std::string, ImVec4>>& entries, const std::string& note) {
  const theme::Palette& p = theme::palette();
  const float lineH = smallSize("0").y;
  float x = at.x;
  for (const auto& [name, color] : entries) {
    dl->AddCircleFilled(ImVec2(x + 5 * sc(), at.y + lineH * 0.5f), 5 * sc(), theme::u32(color));
    smallText(dl, ImVec2(x + 14 * sc(), at.y), theme::u32(p.text), name);
    x += 14 * sc() + smallSize(name).x + 20 * sc();
  }
  if (!note.empty()) smallText(dl, ImVec2(x + 8 * sc(), at.y), theme::u32(p.textMuted), note);
  return lineH;
}

void line(ImDrawList* dl, const std::vector<ImVec2>& points, ImU32 color) {
  // Broken where a value is missing (NaN y).
  for (size_t i = 1; i < points.size(); ++i)
    if (std::isfinite(points[i - 1].y) && std::isfinite(points[i].y)) dl->AddLine(points[i - 1], points[i], color, 2.5f * sc());
  for (const auto& point : points)
    if (std::isfinite(point.y)) {
      dl->AddCircleFilled(point, 5 * sc(), color);
      dl->AddCircle(point, 5 * sc(), theme::u32(theme::palette().cardBg), 0, 1.5f * sc());
    }
}

}  // namespace

void profile(const char* id, const std::vector<Profile>& teams, ImVec2 size) {
  const theme::Palette& p = theme::palette();
  const ImVec2 o = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(id, size);
  const bool chartHovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  std::vector<std::pair<std::string, ImVec4>> entries;
  for (const auto& team : teams) entries.emplace_back(team.team, team.color);
  const float lineH = legend(dl, o, entries, teams.size() > 1 ? "Bars: how far apart the teams are" : "");
  const float top = o.y + lineH + 18 * sc(), bottom = o.y + size.y - lineH - 10 * sc();
  const float axisW = smallSize("5").x + 10 * sc();
  const float left = o.x + axisW, right = o.x + size.x;
  auto yOf = [&](double score) { return bottom - float((score - 1) / 4) * (bottom - top); };
  for (int score = 1; score <= 5; ++score) {
    const float y = yOf(score);
    dl->AddLine(ImVec2(left, y), ImVec2(right, y), theme::u32(p.cardBorder, score == 3 ? 1.0f : 0.6f), 1);
    smallText(dl, ImVec2(o.x, y - lineH * 0.5f), theme::u32(p.textMuted), std::to_string(score));
  }
  const float slot = (right - left) / kDiagnosticStatementCount;
  std::vector<std::vector<ImVec2>> points(teams.size());
  for (int n = 0; n < kDiagnosticStatementCount; ++n) {
    const float cx = left + slot * (float(n) + 0.5f);
    const bool hot = chartHovered && ImGui::IsMouseHoveringRect(ImVec2(cx - slot * 0.5f, top), ImVec2(cx + slot * 0.5f, bottom + lineH + 10 * sc()));
    if (hot) dl->AddRectFilled(ImVec2(cx - slot * 0.5f, top - 6 * sc()), ImVec2(cx + slot * 0.5f, bottom), theme::u32(p.accentSoft, 0.6f), 4 * sc());
    if (teams.size() >= 2) {
      const double a = teams[0].means[size_t(n)], b = teams[1].means[size_t(n)];
      const float barW = std::min(slot * 0.38f, 14 * sc());
      const bool wide = std::fabs(a - b) >= 1.0;
      dl->AddRectFilled(ImVec2(cx - barW * 0.5f, yOf(std::max(a, b))), ImVec2(cx + barW * 0.5f, yOf(std::min(a, b))),
                        theme::u32(wide ? p.warning : p.textFaint, wide ? 0.30f : 0.18f), 3 * sc());
    }
    for (size_t t = 0; t < teams.size(); ++t) points[t].push_back(ImVec2(cx, yOf(teams[t].means[size_t(n)])));
    const std::string label = std::to_string(n + 1);
    smallText(dl, ImVec2(cx - smallSize(label).x * 0.5f, bottom + 8 * sc()), theme::u32(hot ? p.text : p.textMuted), label);
    if (hot) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(380 * sc());
      ImGui::Text("%d. %s", n + 1, diagnosticStatement(n + 1));
      ImGui::PopTextWrapPos();
      for (const auto& team : teams) {
        ImGui::TextColored(team.color, "%s", team.team.c_str());
        ImGui::SameLine();
        ImGui::TextUnformatted(diagnosticMeanText(team.means[size_t(n)]).c_str());
      }
      if (teams.size() >= 2) ImGui::Text("Gap %s", diagnosticMeanText(std::fabs(teams[0].means[size_t(n)] - teams[1].means[size_t(n)])).c_str());
      ImGui::EndTooltip();
    }
  }
  for (size_t t = 0; t < teams.size(); ++t) line(dl, points[t], theme::u32(teams[t].color));
}

void trend(const char* id, const std::vector<std::string>& rounds, const std::vector<Trend>& teams, ImVec2 size) {
  const theme::Palette& p = theme::palette();
  const ImVec2 o = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(id, size);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  std::vector<std::pair<std::string, ImVec4>> entries;
  for (const auto& team : teams) entries.emplace_back(team.team, team.color);
  const float lineH = legend(dl, o, entries, "");
  const float top = o.y + lineH + 14 * sc(), bottom = o.y + size.y - lineH - 10 * sc();
  const float bandW = smallSize("Integrated").x + 12 * sc();
  const float axisW = smallSize("100").x + 10 * sc();
  const float left = o.x + axisW, right = o.x + size.x - bandW;
  auto yOf = [&](double total) { return bottom - float((total - 20) / 80) * (bottom - top); };
  // The stages as bands, named at the right.
  const AlignmentStage stages[] = {AlignmentStage::undefined, AlignmentStage::defined, AlignmentStage::aligned, AlignmentStage::integrated};
  for (int i = 0; i < 4; ++i) {
    const float y0 = yOf(20 + 20 * (i + 1)), y1 = yOf(20 + 20 * i);
    if (i % 2 == 1) dl->AddRectFilled(ImVec2(left, y0), ImVec2(right, y1), theme::u32(p.fieldBg));
    const char* name = alignmentStageLabel(stages[i]);
    smallText(dl, ImVec2(right + 10 * sc(), (y0 + y1 - lineH) * 0.5f), theme::u32(p.textMuted), name);
  }
  for (int total = 20; total <= 100; total += 20) {
    const float y = yOf(total);
    dl->AddLine(ImVec2(left, y), ImVec2(right, y), theme::u32(p.cardBorder), 1);
    const std::string text = std::to_string(total);
    smallText(dl, ImVec2(left - 8 * sc() - smallSize(text).x, y - lineH * 0.5f), theme::u32(p.textMuted), text);
  }
  if (rounds.empty()) return;
  const float slot = (right - left) / float(rounds.size());
  for (size_t r = 0; r < rounds.size(); ++r) {
    const float cx = left + slot * (float(r) + 0.5f);
    std::string label = rounds[r];
    while (label.size() > 4 && smallSize(label).x > slot - 8 * sc()) label = label.substr(0, label.size() - 4) + "\xE2\x80\xA6";
    smallText(dl, ImVec2(cx - smallSize(label).x * 0.5f, bottom + 8 * sc()), theme::u32(p.textMuted), label);
  }
  struct Label {
    float y;
    std::string text;
    ImU32 color;
  };
  std::vector<std::vector<Label>> labels(rounds.size());  // per round
  for (const auto& team : teams) {
    std::vector<ImVec2> points;
    for (size_t r = 0; r < rounds.size(); ++r) {
      const double total = r < team.totals.size() ? team.totals[r] : NAN;
      points.push_back(ImVec2(left + slot * (float(r) + 0.5f), std::isfinite(total) ? yOf(total) : NAN));
      if (std::isfinite(total)) labels[r].push_back({points.back().y - lineH * 0.5f, diagnosticMeanText(total), theme::u32(team.color)});
    }
    line(dl, points, theme::u32(team.color));
  }
  // Each value beside its point (left of it where the line goes on to the right), on the card's
  // colour so lines never cross it, moved apart where teams are close.
  for (size_t r = 0; r < rounds.size(); ++r) {
    auto& column = labels[r];
    std::sort(column.begin(), column.end(), [](const Label& a, const Label& b) { return a.y < b.y; });
    for (size_t i = 1; i < column.size(); ++i) column[i].y = std::max(column[i].y, column[i - 1].y + lineH);
    const float cx = left + slot * (float(r) + 0.5f);
    const bool last = r + 1 == rounds.size();
    for (const auto& label : column) {
      const float w = smallSize(label.text).x;
      const float x = last ? cx + 10 * sc() : cx - 10 * sc() - w;
      dl->AddRectFilled(ImVec2(x - 3 * sc(), label.y), ImVec2(x + w + 3 * sc(), label.y + lineH), theme::u32(p.cardBg), 3 * sc());
      smallText(dl, ImVec2(x, label.y), label.color, label.text);
    }
  }
}

}  // namespace gp::ui::diagnostic_charts
