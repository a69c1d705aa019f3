#include "page_frame.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "screen_width.h"
#include "accessible_text.h"
#include "theme.h"
#include "widgets.h"
#include "word_wrap.h"

namespace gp::ui {

namespace {
std::vector<float> gPageIndents;  // of the open pages, innermost last
}  // namespace

float beginPage(const char* id, float maxWidth, ImGuiWindowFlags flags) {
  const float s = theme::scale();
  // Phones keep their few pixels for content; big screens (projectors) get a wider column.
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, phoneScreen() ? ImVec2(14 * s, 18 * s) : ImVec2(32 * s, 28 * s));
  ImGui::BeginChild(id, ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding, flags | accessible::kKeyboardFlows);
  ImGui::PopStyleVar();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float widen = std::clamp(cssScreenWidth() / 1920.0f, 1.0f, 1.6f);
  const float width = std::min(avail, maxWidth * widen * s);
  const float indent = std::floor((avail - width) * 0.5f);
  if (indent > 0) ImGui::Indent(indent);
  gPageIndents.push_back(indent);
  return width;
}

void endPage() {
  if (!gPageIndents.empty()) {
    if (gPageIndents.back() > 0) ImGui::Unindent(gPageIndents.back());
    gPageIndents.pop_back();
  }
  ImGui::EndChild();
}

void pageHeading(const char* captionText, const char* title, const char* intro) {
  caption(captionText);
  ImGui::PushTextWrapPos(0.0f);  // long titles wrap at word breaks on phones
  heading(title);
  ImGui::PopTextWrapPos();
  if (intro) textWrappedMuted(intro);
}

void headingWithAction(const char* title, float width, float actionWidth) {
  const float x0 = ImGui::GetCursorPosX();
  ImGui::PushFont(headingFont());
  const bool beside = ImGui::CalcTextSize(title).x + actionWidth + 24 * theme::scale() <= width;
  ImGui::PopFont();
  ImGui::AlignTextToFramePadding();
  if (beside) {
    heading(title);
    ImGui::SameLine();
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), x0 + width - actionWidth));
    return;
  }
  accessible::heading(title);
  ImGui::PushTextWrapPos(x0 + width);
  ImGui::PushFont(headingFont());
  textWrappedBetweenWords(title);
  ImGui::PopFont();
  ImGui::PopTextWrapPos();
}

}  // namespace gp::ui
