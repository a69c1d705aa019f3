#include "rating_strip.h"

#include <imgui.h>

#include "core/loops/request_turnaround.h"
#include "growth_fields.h"
#include "theme.h"
#include "widgets.h"

namespace gp::ui {

namespace {

ImVec4 ratingColor(RatingValue value) {
  const theme::Palette& p = theme::palette();
  switch (value) {
    case RatingValue::useful: return p.success;
    case RatingValue::somewhat: return p.warning;
    case RatingValue::notUseful: return p.danger;
  }
  return p.textMuted;
}

const Rating* ratingBy(const Document& doc, const std::string& target, const std::string& author) {
  for (const auto& rating : doc.ratings)
    if (rating.target == target && rating.meta.created.by == author) return &rating;
  return nullptr;
}

// A chip that is filled in its color when chosen.
bool ratingChip(const char* text, const std::string& id, const ImVec4& color, bool chosen) {
  const theme::Palette& p = theme::palette();
  ImGui::PushStyleColor(ImGuiCol_Button, chosen ? color : ImVec4(color.x, color.y, color.z, 0.08f));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(color.x, color.y, color.z, chosen ? 0.9f : 0.2f));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(color.x, color.y, color.z, 0.7f));
  ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(color.x, color.y, color.z, chosen ? 1.0f : 0.45f));
  ImGui::PushStyleColor(ImGuiCol_Text, chosen ? theme::readableTextOn(color) : p.text);
  ImGui::PushFont(smallFont());
  const bool pressed = ImGui::Button((std::string(text) + id).c_str());
  ImGui::PopFont();
  ImGui::PopStyleColor(5);
  return pressed;
}

}  // namespace

void ratingRollUpLines(const Document& doc, const std::string& target, size_t whys, float wrapWidth) {
  const theme::Palette& p = theme::palette();
  const RatingRollUp rollUp = ratingRollUp(doc, target, whys);
  ImGui::PushFont(smallFont());
  if (rollUp.total() == 0) {
    labelledText("No ratings from sales yet", "rating-summary-" + target, p.textFaint);
    ImGui::PopFont();
    return;
  }
  // The counts as one labelled item (automation reads it), drawn with a dot per value.
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float dot = 3.5f * theme::scale();
  const float lineH = ImGui::GetTextLineHeight();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const std::string counts = ratingCountsText(rollUp);
  const float indent = dot * 2 + 6 * theme::scale();
  ImGui::Indent(indent);
  labelledText(counts, "rating-summary-" + target, p.text, nullptr, wrapWidth > indent ? wrapWidth - indent : 0);
  ImGui::Unindent(indent);
  const ImVec4 lead = rollUp.useful >= rollUp.notUseful && rollUp.useful >= rollUp.somewhat ? p.success
                      : rollUp.notUseful >= rollUp.somewhat                                  ? p.danger
                                                                                             : p.warning;
  dl->AddCircleFilled(ImVec2(start.x + dot, start.y + lineH * 0.5f), dot, theme::u32(lead));
  for (const auto& rating : rollUp.latestWhys) {
    const std::string line = "\xE2\x80\x9C" + rating.why + "\xE2\x80\x9D \xE2\x80\x94 " + rating.meta.created.by + ", " +
                             ratingValueLabel(rating.value);
    ImGui::PushStyleColor(ImGuiCol_Text, p.textMuted);
    ImGui::PushTextWrapPos(wrapWidth > 0 ? ImGui::GetCursorPosX() + wrapWidth : 0.0f);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
  ImGui::PopFont();
}

void ratingStrip(UiContext& ui, const std::string& target, size_t whys) {
  const float s = theme::scale();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::PushID(("rating-" + target).c_str());
  ratingRollUpLines(ui.history().doc(), target, whys, width);

  const Identity& me = ui.me();
  // Marketing reads the feedback; the people who sell with it give it.
  if (me.team == Team::marketing) {
    ImGui::PopID();
    return;
  }
  ImGui::Dummy(ImVec2(0, 2 * s));
  History& history = ui.history();
  const Rating* mine = ratingBy(history.doc(), target, ui.edit().author);
  const std::optional<RatingValue> current = mine ? std::optional<RatingValue>(mine->value) : std::nullopt;
  const std::string why = mine ? mine->why : std::string();
  std::optional<RatingValue> picked;
  float lineX = 0;
  for (const RatingValue value : kAllRatingValues) {
    const char* label = ratingValueLabel(value);
    ImGui::PushFont(smallFont());
    const float chipW = buttonWidth(label);
    ImGui::PopFont();
    if (value != kAllRatingValues[0] && lineX + chipW <= width) ImGui::SameLine(0, 6 * s);
    else lineX = 0;
    const std::string id = "##rate-" + target + "-" + ratingValueName(value);
    if (ratingChip(label, id, ratingColor(value), current == value)) picked = value;
    lineX += chipW + 6 * s;
  }
  if (picked && picked != current) {
    if (!me.complete()) {
      ui.askWhoIsEditing();
    } else {
      history.seal();
      history.rate(target, *picked, why, ui.edit());
    }
  }
  if (mine || picked) {
    const Rating* rated = ratingBy(history.doc(), target, ui.edit().author);
    if (rated) {
      const RatingValue value = rated->value;
      ImGui::PushFont(smallFont());
      TextEdit edit = textField(("##rating-why-" + target).c_str(), rated->why, "Why? One sentence marketing can act on",
                                width);
      ImGui::PopFont();
      if (edit.changed && edit.text != rated->why)
        history.rate(target, value, edit.text, ui.edit(), "rating:" + target + ":why");
      if (edit.deactivated) history.seal();
    }
  }
  ImGui::PopID();
}

}  // namespace gp::ui
