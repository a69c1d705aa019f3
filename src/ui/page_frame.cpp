#include "page_frame.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "theme.h"
#include "widgets.h"

namespace gp::ui {

namespace {
std::vector<float> gPageIndents;  // of the open pages, innermost last
}  // namespace

float beginPage(const char* id, float maxWidth, ImGuiWindowFlags flags) {
  const float s = theme::scale();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(32 * s, 28 * s));
  ImGui::BeginChild(id, ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding, flags);
  ImGui::PopStyleVar();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float width = std::min(avail, maxWidth * s);
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
  heading(title);
  if (intro) textWrappedMuted(intro);
}

}  // namespace gp::ui
