#include "ui/views/loops/request_card.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>

#include "core/loops/request_turnaround.h"
#include "core/review/review.h"
#include "ui/fitted_text.h"
#include "ui/rating_strip.h"
#include "ui/theme.h"
#include "ui/views/loops/request_parts.h"
#include "ui/widgets.h"
#include "ui/word_wrap.h"

namespace gp::ui::requests {

namespace {

// A line of the card's face: its text, font, color and wrapped height.
struct FaceLine {
  std::string text;
  ImFont* font = nullptr;
  ImVec4 color;
  float height = 0;
};

float wrappedHeight(ImFont* font, const std::string& text, float wrap) {
  return font->CalcTextSizeA(scaledSize(font), FLT_MAX, wrap, text.c_str(), text.c_str() + text.size()).y;
}

void drawMenu(const CollateralRequest& request, CardResult& result) {
  if (!ImGui::BeginPopup("##request-card-menu")) return;
  if (ImGui::MenuItem("Open\xE2\x80\xA6##request-open")) result.open = true;
  if (ImGui::MenuItem("Comments\xE2\x80\xA6##request-comments")) result.comments = true;
  ImGui::Separator();
  ImGui::PushFont(smallFont());
  ImGui::TextDisabled("MOVE TO");
  ImGui::PopFont();
  for (const RequestStatus status : kAllRequestStatuses) {
    if (status == request.status) continue;
    std::string label = requestStatusLabel(status);
    if (status == RequestStatus::declined) label += "\xE2\x80\xA6";
    label += std::string("##move-") + requestStatusName(status);
    if (ImGui::MenuItem(label.c_str())) result.moveTo = status;
  }
  ImGui::Separator();
  if (ImGui::MenuItem("Delete request##request-delete-menu")) result.remove = true;
  ImGui::EndPopup();
}

}  // namespace

CardResult drawRequestCard(UiContext& ui, const CollateralRequest& request, float width, bool takeFocus) {
  CardResult result;
  const Document& doc = ui.history().doc();
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const ImGuiIO& io = ImGui::GetIO();
  const std::string id = request.meta.id;  // a copy: rating below changes the document

  ImGui::PushID(id.c_str());
  // The card's panel is drawn on the board's draw list once its height is known (see below);
  // the child window only lays out and clips its content.
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * s, 12 * s));
  ImGui::BeginChild("##card", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                    // Flattened: the keyboard moves between cards as between any other items.
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NavFlattened |
                        ImGuiWindowFlags_NoBackground);
  ImGui::PopStyleVar();
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  ImDrawList* dl = window->DrawList;

  // The face: pills, title and the lines under it, laid out first so the face is one item.
  ImFont* body = ImGui::GetFont();
  ImFont* small = smallFont() ? smallFont() : body;
  const float inner = ImGui::GetContentRegionAvail().x;
  const float menuW = ImGui::GetFrameHeight();
  const float gap = 4 * s;
  const bool overdue = isOverdue(request, today(ui));
  const char* typeLabel = collateralTypeLabel(request.type);
  const char* priorityText = priorityLabel(request.priority);
  const float pillsH = std::max(pillSize(typeLabel).y, menuW);

  std::vector<FaceLine> lines;
  const std::string title = request.title.empty() ? std::string("Untitled request") : request.title;
  lines.push_back({title, body, request.title.empty() ? p.textFaint : p.text});
  if (!request.forWhom.empty()) lines.push_back({"For " + request.forWhom, small, p.textMuted});
  if (!request.neededBy.empty()) {
    const std::string date = friendlyDate(request.neededBy);
    lines.push_back({"Needed by " + (date.empty() ? request.neededBy : date) + (overdue ? " (overdue)" : ""), small,
                     overdue ? p.danger : p.textMuted});
  }
  const std::string requester = request.requesterId.empty() ? request.meta.created.by : personName(doc, request.requesterId);
  const std::string owner = personName(doc, request.ownerId);
  lines.push_back({"Asked by " + (requester.empty() ? std::string("someone") : requester), small, p.textMuted});
  lines.push_back({owner.empty() ? std::string("No marketing owner yet") : "Owner: " + owner, small,
                   owner.empty() ? p.warning : p.textMuted});
  if (request.status == RequestStatus::declined && !request.declineReason.empty())
    lines.push_back({"Declined: " + request.declineReason, small, p.textMuted});
  // A link is one long word: it gets one line, ending in "…" when too long (whole on hover/focus).
  const bool linkShown = request.status == RequestStatus::delivered && !request.assetLink.empty();
  const std::string link = linkShown ? fitToWidth(request.assetLink, inner, small) : std::string();
  if (linkShown) lines.push_back({link, small, p.accent});
  const size_t openComments = openThreadCount(doc, id);
  const std::string commentsLine =
      openComments ? std::to_string(openComments) + (openComments == 1 ? " open comment" : " open comments") : "";
  if (openComments) lines.push_back({commentsLine, small, p.accent});
  float faceH = pillsH + gap;
  for (auto& line : lines) {
    line.text = breakBetweenWords(line.text, inner - 1, line.font);
    line.height = wrappedHeight(line.font, line.text, inner);
    faceH += line.height + gap;
  }

  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImGui::SetNextItemAllowOverlap();
  // The face's name (what a screen reader says) carries the open comments too.
  const std::string faceLabel = title + (openComments ? " \xC2\xB7 " + commentsLine : "") + "###request-card-" + id;
  const bool pressed = ImGui::InvisibleButton(faceLabel.c_str(), ImVec2(inner, faceH));
  if (takeFocus) {  // focus without pressing (SetKeyboardFocusHere would activate, i.e. open the card)
    ImGui::FocusItem();
    ImGui::SetNavCursorVisible(true);
  }
  if (linkShown && link != request.assetLink) fullTextTooltip(request.assetLink);
  const bool hovered = ImGui::IsItemHovered();
  result.focused = ImGui::IsItemFocused();
  if (pressed && !io.MouseReleased[ImGuiMouseButton_Left]) result.open = true;  // Enter or Space
  if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) result.open = true;
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  if (result.focused && (io.KeyCtrl || io.KeySuper) && !io.KeyShift && !io.KeyAlt) {
    const int direction = ImGui::IsKeyPressed(ImGuiKey_LeftArrow) ? -1 : ImGui::IsKeyPressed(ImGuiKey_RightArrow) ? 1 : 0;
    if (direction != 0) {
      ImGui::NavMoveRequestCancel();  // the arrow moves the card, not the focus
      result.moveTo = neighbourStatus(request.status, direction);
    }
  }
  if (ImGui::BeginDragDropSource(ImGuiDragDropFlags_None)) {
    ImGui::SetDragDropPayload(kCardPayload, id.c_str(), id.size() + 1);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PushFont(small);
    textMuted((std::string("Drop on a column to move it from ") + requestStatusLabel(request.status)).c_str());
    ImGui::PopFont();
    ImGui::EndDragDropSource();
  }
  if (hovered || result.focused)
    dl->AddRectFilled(ImVec2(start.x - 6 * s, start.y - 4 * s), ImVec2(start.x + inner + 6 * s, start.y + faceH),
                      theme::u32(p.accentSoft, result.focused ? 0.9f : 0.5f), 6 * s);

  // Pills: type and priority, and the overdue mark.
  ImVec2 at = start;
  const float pillY = at.y + (pillsH - pillSize(typeLabel).y) * 0.5f;
  const float pillsEnd = start.x + inner - menuW - 4 * s;
  const auto pillIfRoom = [&](const char* text, const ImVec4& color) {
    if (at.x + pillSize(text).x > pillsEnd) return;
    at.x += drawPill(dl, ImVec2(at.x, pillY), text, color).x + 6 * s;
  };
  // Priority first: on a narrow card an urgent request must still say so.
  if (request.priority != Priority::normal) pillIfRoom(priorityText, priorityColor(request.priority));
  pillIfRoom(typeLabel, statusColor(request.status));
  if (overdue) pillIfRoom("Overdue", p.danger);
  float y = start.y + pillsH + gap;
  for (const auto& line : lines) {
    dl->AddText(line.font, scaledSize(line.font), ImVec2(start.x, y), theme::u32(line.color), line.text.c_str(),
                line.text.c_str() + line.text.size(), inner);
    y += line.height + gap;
  }

  // The menu: open, move to any column, delete.
  const ImVec2 after = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(start.x + inner - menuW, start.y));
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0, 0, 0, 0));
  if (ImGui::Button("\xE2\x80\xA6##request-card-menu-button", ImVec2(menuW, menuW))) ImGui::OpenPopup("##request-card-menu");
  ImGui::PopStyleColor(2);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open, comment, move or delete");
  drawMenu(request, result);
  ImGui::SetCursorScreenPos(after);
  // ImGui 1.92: a moved cursor must be followed by an item before EndChild.
  if (request.status != RequestStatus::delivered) ImGui::Dummy(ImVec2(0, 0));

  // Sales rates what was delivered.
  if (request.status == RequestStatus::delivered) {
    ImGui::Dummy(ImVec2(0, 2 * s));
    const ImVec2 line = ImGui::GetCursorScreenPos();
    dl->AddLine(line, ImVec2(line.x + inner, line.y), theme::u32(p.cardBorder));
    ImGui::Dummy(ImVec2(0, 4 * s));
    ratingStrip(ui, id, 1);
  }
  ImGui::EndChild();
  {
    // Panel, shadow, status stripe and focus ring, under the card's content.
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* board = ImGui::GetWindowDrawList();
    const float rounding = 10 * s;
    board->AddRectFilled(ImVec2(min.x, min.y + 2 * s), ImVec2(max.x, max.y + 2 * s), theme::u32(p.cardBorder, 0.55f), rounding);
    board->AddRectFilled(min, max, theme::u32(p.cardBg), rounding);
    board->AddRect(min, max, theme::u32(p.cardBorder), rounding);
    board->AddRectFilled(min, ImVec2(min.x + 4 * s, max.y), theme::u32(statusColor(request.status)), rounding,
                         ImDrawFlags_RoundCornersLeft);
    if (result.focused)
      board->AddRect(ImVec2(min.x - 2 * s, min.y - 2 * s), ImVec2(max.x + 2 * s, max.y + 2 * s), theme::u32(p.accent),
                     rounding + 2 * s, 0, 2 * s);
  }
  ImGui::PopID();
  return result;
}

}  // namespace gp::ui::requests
