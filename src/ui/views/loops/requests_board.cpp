// Enablement: the collateral sales asks marketing for, on a board with a column per status. Cards
// move by drag and drop or by keyboard (each move one attributed undo step); filters narrow the
// board; the turnaround from request to first answer and to delivery sits next to the SLA's promise.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <utility>

#include "core/loops/request_turnaround.h"
#include "core/sla/sla.h"
#include "ui/growth_fields.h"
#include "ui/page_frame.h"
#include "ui/theme.h"
#include "ui/columns.h"
#include "ui/tile_grid.h"
#include "ui/views/loops/request_card.h"
#include "ui/views/loops/request_dialogs.h"
#include "ui/views/loops/request_parts.h"
#include "ui/views/views.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

using namespace requests;

class EnablementView final : public View {
 public:
  const char* title() const override { return "Enablement"; }
  void draw(UiContext& ui) override;
  int navigationBadge(UiContext& ui, bool& alert) override {
    // Requests still waiting for marketing's first answer.
    alert = false;
    int waiting = 0;
    for (const auto& request : ui.history().doc().requests) waiting += request.status == RequestStatus::fresh;
    return waiting > 0 ? waiting : -1;
  }

 private:
  void drawHeader(UiContext& ui, float width);
  void drawTurnaround(UiContext& ui, const std::vector<CollateralRequest>& shown, float width);
  void drawFilters(UiContext& ui, float width);
  void drawBoard(UiContext& ui, const std::vector<CollateralRequest>& shown, float width);
  void drawEmptyState(UiContext& ui, float width);
  // Applies a move asked for this frame: declining asks why first.
  void move(UiContext& ui, const std::string& id, RequestStatus status, bool byKeyboard);

  RequestFilter filter_;
  NewRequestDialog newRequest_;
  DeclineDialog decline_;
  RequestEditor editor_;
  std::string focusId_;  // the card to give the keyboard focus on the next frame
  std::string removeId_;
  struct PendingMove {
    std::string id;
    RequestStatus status;
    bool byKeyboard;
  };
  std::optional<PendingMove> pending_;
};

void EnablementView::draw(UiContext& ui) {
  const float s = theme::scale();
  const float width = beginPage("##enablement-scroll", 1500);
  drawHeader(ui, width);
  ImGui::Dummy(ImVec2(0, 8 * s));
  const Document& doc = ui.history().doc();
  if (doc.requests.empty()) {
    drawEmptyState(ui, width);
  } else {
    const std::vector<CollateralRequest> shown = filterRequests(doc, filter_, today(ui));
    drawTurnaround(ui, shown, width);
    ImGui::Dummy(ImVec2(0, 12 * s));
    drawFilters(ui, width);
    ImGui::Dummy(ImVec2(0, 10 * s));
    drawBoard(ui, shown, width);
  }
  ImGui::Dummy(ImVec2(0, 40 * s));
  endPage();

  if (pending_) {
    const PendingMove move = *pending_;
    pending_.reset();
    this->move(ui, move.id, move.status, move.byKeyboard);
  }
  if (auto filed = newRequest_.draw(ui)) {
    focusId_ = *filed;
    // A new card hidden by the filters would look lost: show the whole board again.
    if (!matchesFilter(ui.history().doc(), *ui.history().findRequest(*filed), filter_, today(ui))) filter_ = {};
  }
  decline_.draw(ui);
  const RequestEditor::Result edited = editor_.draw(ui);
  if (edited.decline) decline_.open(editor_.requestId());
  if (edited.remove) removeId_ = editor_.requestId();
  if (!removeId_.empty()) {
    History& history = ui.history();
    if (const CollateralRequest* request = history.findRequest(removeId_)) {
      const std::string name = request->title.empty() ? std::string("Untitled request") : request->title;
      history.seal();
      history.removeRequest(removeId_, ui.edit());
      ui.notifyUndoable("Deleted request \xE2\x80\x9C" + name + "\xE2\x80\x9D.");
    }
    removeId_.clear();
  }
}

void EnablementView::move(UiContext& ui, const std::string& id, RequestStatus status, bool byKeyboard) {
  History& history = ui.history();
  const CollateralRequest* request = history.findRequest(id);
  if (!request || request->status == status) return;
  if (status == RequestStatus::declined) {
    decline_.open(id);
    return;
  }
  history.seal();
  history.moveRequest(id, status, ui.edit());
  if (byKeyboard) focusId_ = id;  // the next Ctrl+arrow moves it on
}

void EnablementView::drawHeader(UiContext& ui, float width) {
  caption("SALES ENABLEMENT");
  headingWithAction("Collateral requests", width, buttonWidth("New request"));
  if (button("New request", "New request##new-request-open", ButtonKind::primary)) newRequest_.open(ui);
  textWrappedMuted("Sales asks, marketing delivers, both see where it stands. Drag a card to another column, or select "
                   "it and press Ctrl+Left / Ctrl+Right; Enter or a double click opens it. Sales rates "
                   "what was delivered.");
}

void EnablementView::drawEmptyState(UiContext& ui, float width) {
  const float s = theme::scale();
  beginCard("##enablement-empty", nullptr, width);
  caption("NO REQUESTS YET");
  heading("Ask before you make your own");
  ImGui::Dummy(ImVec2(0, 4 * s));
  textWrappedMuted(
      "When a deal needs a deck, a case study, a battlecard or a demo video, file it here instead of building it on "
      "the side. Marketing answers on this board (New, Accepted, In progress, Delivered, or Declined with a "
      "reason), the time to first answer and to delivery is measured against the "
      "service level agreement, and sales rates what it gets so marketing learns what helps close deals.");
  ImGui::Dummy(ImVec2(0, 10 * s));
  if (button("File the first request", "File the first request##new-request-empty", ButtonKind::primary)) newRequest_.open(ui);
  endCard();
}

void EnablementView::drawTurnaround(UiContext& ui, const std::vector<CollateralRequest>& shown, float width) {
  const Document& doc = ui.history().doc();
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const RequestTurnaround turnaround = requestTurnaround(shown, ui.edit().now);

  const Commitment* sla = nullptr;
  for (const auto& commitment : doc.commitments)
    if (commitment.measure == CommitmentMeasure::requestAnswerDays) {
      sla = &commitment;
      break;
    }

  const float gap = 14 * s;
  const int perRow = columnsFitting(width, 200 * s, gap, 4);
  const float tileW = columnWidth(width, perRow, gap);
  TileGrid grid("##request-tiles", perRow, gap);
  const auto tile = [&](const char* id, const char* label, const std::string& value, const std::string& detail,
                        const ImVec4& color) {
    grid.begin(id, tileW);
    caption(label);
    ImGui::PushFont(headingFont());
    labelledText(value, std::string(id + 2) + "-value", color);
    ImGui::PopFont();
    ImGui::PushFont(smallFont());
    labelledText(detail, std::string(id + 2) + "-detail", p.textMuted, nullptr, ImGui::GetContentRegionAvail().x);
    ImGui::PopFont();
    grid.end();
  };
  const std::string dash = "\xE2\x80\x94";
  const std::string of = std::to_string(turnaround.requests) + (turnaround.requests == 1 ? " request" : " requests") +
                         (filter_.active() ? " shown" : "");
  tile("##turnaround-answer", "TO FIRST ANSWER (MEDIAN)",
       turnaround.medianAnswerDays ? formatDays(*turnaround.medianAnswerDays) : dash,
       std::to_string(turnaround.answered) + " of " + of + " answered", p.text);
  tile("##turnaround-delivery", "TO DELIVERY (MEDIAN)",
       turnaround.medianDeliveryDays ? formatDays(*turnaround.medianDeliveryDays) : dash,
       std::to_string(turnaround.delivered) + " delivered", p.text);

  // A request nobody has answered yet counts with its wait so far.
  const std::optional<double> slowest = turnaround.slowestSoFarDays();
  std::optional<SlaStatus> status;
  if (sla && slowest) status = slaStatus(sla->direction, sla->target, *slowest);
  const ImVec4 slowColor = !status                      ? p.text
                           : *status == SlaStatus::met    ? p.success
                           : *status == SlaStatus::atRisk ? p.warning
                                                          : p.danger;
  std::string slowDetail = status ? std::string(slaStatusLabel(*status)) + " against the SLA" : "The longest wait for a first answer";
  if (turnaround.waiting > 0)
    slowDetail += " \xC2\xB7 " + std::to_string(turnaround.waiting) + " still waiting" +
                  (turnaround.longestWaitDays ? ", the oldest " + formatDays(*turnaround.longestWaitDays) : std::string());
  tile("##turnaround-slowest", "SLOWEST ANSWER", slowest ? formatDays(*slowest) : dash, slowDetail, slowColor);
  if (sla) {
    const std::string target = (sla->direction == Direction::atMost ? "Within " : "At least ") + formatDays(sla->target);
    tile("##turnaround-sla", "SLA: MARKETING ANSWERS", target,
         sla->metric.empty() ? std::string("From the service level agreement") : sla->metric, p.accent);
  } else {
    tile("##turnaround-sla", "SLA", "Not set",
         "Give a commitment the measure \xE2\x80\x9C" + std::string(commitmentMeasureLabel(CommitmentMeasure::requestAnswerDays)) +
             "\xE2\x80\x9D on the Service level agreement page",
         p.textMuted);
  }
}

void EnablementView::drawFilters(UiContext& ui, float width) {
  const Document& doc = ui.history().doc();
  const float s = theme::scale();
  const float gap = 10 * s;
  const float fieldW = std::max(120 * s, std::min(190 * s, (width - 3 * gap - 150 * s) / 3));
  float used = 0;
  const auto place = [&](float w) {
    if (used > 0 && used + w <= width) ImGui::SameLine(0, gap);
    else used = 0;
    used += w + gap;
  };

  const char* teamPreview = filter_.team ? teamLabel(*filter_.team) : "Any team";
  place(fieldW);
  if (beginCombo("##filter-team", teamPreview, fieldW)) {
    if (ImGui::Selectable("Any team", !filter_.team)) filter_.team.reset();
    for (const Team team : kAllTeams)
      if (ImGui::Selectable((std::string(teamLabel(team)) + "##filter-team-" + teamName(team)).c_str(), filter_.team == team))
        filter_.team = team;
    ImGui::EndCombo();
  }
  place(fieldW);
  const std::string ownerPreview = filter_.ownerId.empty() ? std::string("Any owner") : "Owner: " + personName(doc, filter_.ownerId);
  if (beginCombo("##filter-owner", ownerPreview.c_str(), fieldW)) {
    if (ImGui::Selectable("Any owner", filter_.ownerId.empty())) filter_.ownerId.clear();
    for (const bool marketing : {true, false})
      for (const auto& person : doc.people) {
        if ((person.team == Team::marketing) != marketing) continue;
        const std::string label = (person.name.empty() ? std::string("(no name)") : person.name) + "##filter-owner-" + person.meta.id;
        if (ImGui::Selectable(label.c_str(), filter_.ownerId == person.meta.id)) filter_.ownerId = person.meta.id;
      }
    ImGui::EndCombo();
  }
  place(fieldW);
  if (beginCombo("##filter-type", filter_.type ? collateralTypeLabel(*filter_.type) : "Any type", fieldW)) {
    if (ImGui::Selectable("Any type", !filter_.type)) filter_.type.reset();
    for (const CollateralType type : kAllCollateralTypes)
      if (ImGui::Selectable((std::string(collateralTypeLabel(type)) + "##filter-type-" + collateralTypeName(type)).c_str(),
                            filter_.type == type))
        filter_.type = type;
    ImGui::EndCombo();
  }
  const float overdueW = ImGui::GetFrameHeight() + ImGui::CalcTextSize("Overdue only").x + ImGui::GetStyle().ItemInnerSpacing.x;
  place(overdueW);
  ImGui::AlignTextToFramePadding();
  ImGui::Checkbox("Overdue only##filter-overdue", &filter_.overdueOnly);
  if (filter_.active()) {
    place(buttonWidth("Clear filters"));
    if (button("Clear filters", "Clear filters##filter-clear", ButtonKind::subtle)) filter_ = {};
  }
}

void EnablementView::drawBoard(UiContext& ui, const std::vector<CollateralRequest>& shown, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const float gap = 12 * s;
  constexpr int kLanes = static_cast<int>(std::size(kAllRequestStatuses));
  const int perRow = columnsFitting(width, 184 * s, gap, kLanes);
  const float laneW = columnWidth(width, perRow, gap);
  const float pad = 8 * s;
  const float headerH = ImGui::GetTextLineHeight() + 14 * s;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  ImDrawList* dl = window->DrawList;
  const std::string focusNow = std::exchange(focusId_, std::string());

  if (shown.empty()) {
    labelledText("No request matches these filters.", "board-no-match", p.textMuted);
    ImGui::Dummy(ImVec2(0, 6 * s));
  }
  for (int rowStart = 0; rowStart < kLanes; rowStart += perRow) {
    const int rowEnd = std::min(kLanes, rowStart + perRow);
    const ImVec2 rowTop = ImGui::GetCursorScreenPos();
    // Columns go under the cards, which are drawn first: the columns' height is the tallest one's.
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    float rowBottom = rowTop.y + headerH + 90 * s;  // an empty column is still a place to drop on
    for (int lane = rowStart; lane < rowEnd; ++lane) {
      const RequestStatus status = kAllRequestStatuses[lane];
      const float x = rowTop.x + (lane - rowStart) * (laneW + gap);
      ImGui::SetCursorScreenPos(ImVec2(x + pad, rowTop.y + headerH));
      ImGui::BeginGroup();
      for (const auto& request : shown) {
        if (request.status != status) continue;
        const CardResult card = drawRequestCard(ui, request, laneW - 2 * pad, request.meta.id == focusNow);
        if (card.moveTo) pending_ = PendingMove{request.meta.id, *card.moveTo, true};
        if (card.open) editor_.open(request.meta.id);
        if (card.remove) removeId_ = request.meta.id;
        if (card.comments) ui.showComments(request.meta.id);
        ImGui::Dummy(ImVec2(0, 2 * s));
      }
      ImGui::EndGroup();
      rowBottom = std::max(rowBottom, ImGui::GetItemRectMax().y + pad);
    }

    // Columns behind their cards, each a drop target.
    dl->ChannelsSetCurrent(0);
    for (int lane = rowStart; lane < rowEnd; ++lane) {
      const RequestStatus status = kAllRequestStatuses[lane];
      const float x = rowTop.x + (lane - rowStart) * (laneW + gap);
      const ImRect rect(ImVec2(x, rowTop.y), ImVec2(x + laneW, rowBottom));
      bool dropHover = false;
      if (ImGui::BeginDragDropTargetCustom(rect, ImGui::GetID((std::string("##lane-") + requestStatusName(status)).c_str()))) {
        if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(
                kCardPayload, ImGuiDragDropFlags_AcceptBeforeDelivery | ImGuiDragDropFlags_AcceptNoDrawDefaultRect)) {
          dropHover = true;
          if (payload->IsDelivery())
            pending_ = PendingMove{std::string(static_cast<const char*>(payload->Data)), status, false};
        }
        ImGui::EndDragDropTarget();
      }
      const ImVec4 color = statusColor(status);
      dl->AddRectFilled(rect.Min, rect.Max,
                        dropHover ? theme::u32(color, 0.16f) : theme::u32(p.dark ? p.sidebarBg : p.fieldBg), 12 * s);
      if (dropHover) dl->AddRect(rect.Min, rect.Max, theme::u32(color), 12 * s, 0, 2 * s);
      int count = 0;
      for (const auto& request : shown) count += request.status == status;
      ImGui::PushFont(smallFont());
      const float textH = ImGui::GetTextLineHeight();
      const float textY = rect.Min.y + std::floor((headerH - textH) * 0.5f);
      dl->AddCircleFilled(ImVec2(rect.Min.x + pad + 4 * s, textY + textH * 0.5f), 4 * s, theme::u32(color));
      std::string upper = requestStatusLabel(status);
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      dl->AddText(ImVec2(rect.Min.x + pad + 14 * s, textY), theme::u32(p.text), upper.c_str());
      const std::string countText = std::to_string(count);
      const float countW = ImGui::CalcTextSize(countText.c_str()).x;
      dl->AddText(ImVec2(rect.Max.x - pad - countW - 4 * s, textY), theme::u32(p.textMuted), countText.c_str());
      ImGui::PopFont();
      // The column as an item named after its status, so automation finds where to drop.
      const std::string laneLabel = std::string(requestStatusLabel(status)) + "##lane-" + requestStatusName(status);
      const ImGuiID laneId = ImGui::GetID(laneLabel.c_str());
      if (ImGui::ItemAdd(rect, laneId, nullptr, ImGuiItemFlags_NoNav)) {
        [[maybe_unused]] ImGuiContext& g = *GImGui;
        IMGUI_TEST_ENGINE_ITEM_INFO(laneId, laneLabel.c_str(), g.LastItemData.StatusFlags);
      }
    }
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(rowTop.x, rowBottom + gap));
    ImGui::Dummy(ImVec2(width, 0));
  }
}

}  // namespace

std::unique_ptr<View> makeEnablementView() { return std::make_unique<EnablementView>(); }

}  // namespace gp::ui
