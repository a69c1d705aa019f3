// Review: sign-off by team (what awaits whom, cleared sign-offs), comment threads with
// resolve/reopen, and the activity feed ("changed by sales since 5 March").

#include <imgui.h>

#include <algorithm>
#include <unordered_map>

#include "core/review/activity.h"
#include "core/growth/plan_period.h"
#include "core/review/review.h"
#include "core/text/text_trim.h"
#include "core/format/validation.h"
#include "ui/page_frame.h"
#include "ui/review_strip.h"
#include "ui/theme.h"
#include "ui/columns.h"
#include "ui/tile_grid.h"
#include "ui/wide_table.h"
#include "ui/widgets.h"
#include "ui/views/views.h"
#include "ui/views/review_actions.h"

namespace gp::ui {

namespace {

constexpr size_t kActivityShown = 400;
enum class Part { signOff, comments, activity };
enum class ThreadFilter { open, resolved, all };

template <typename T>
bool hasId(const std::vector<T>& list, const std::string& id) {
  return std::any_of(list.begin(), list.end(), [&](const T& item) { return item.meta.id == id; });
}

// Opens the place where `target` is edited (a section, a term, the SLA, a campaign...).
void openTarget(UiContext& ui, const std::string& target) {
  const Document& doc = ui.history().doc();
  if (target == kSlaTarget || hasId(doc.commitments, target)) ui.navigate("Service level agreement");
  else if (hasId(doc.sections, target)) ui.showSection(target);
  else if (hasId(doc.glossary, target)) ui.showTerm(target);
  else if (hasId(doc.campaigns, target)) ui.navigate("Campaigns");
  else if (target == kLeadFeedbackTarget || target == kLeadReasonsTarget) ui.navigate("Lead feedback");
  else if (target == kDealReasonsTarget) ui.navigate("Win/loss");
  else if (target == kAttributionTarget) ui.navigate("Attribution");
  else if (hasId(doc.deals, target)) ui.navigate("Win/loss");
  else if (hasId(doc.requests, target)) ui.navigate("Enablement");
  else if (hasId(doc.actions, target)) ui.navigate("Workshop");
  else ui.navigate("Plan overview");
}

std::string plural(size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

// "Ana · Marketing · 5 Mar 2027" with a dot in the team's colour.
void byLine(const Document& doc, const Stamp& stamp) {
  const std::optional<Team> team = teamOf(doc, stamp.by, stamp.team);
  const theme::Palette& p = theme::palette();
  colorDot(team ? theme::teamColor(*team) : p.textFaint);
  ImGui::SameLine();
  std::string text = stamp.by.empty() ? std::string("Someone") : stamp.by;
  if (team) text += std::string(" \xC2\xB7 ") + teamLabel(*team);
  const std::string when = friendlyDate(stamp.at);
  if (!when.empty()) text += " \xC2\xB7 " + when;
  ImGui::PushFont(smallFont());
  textColored(p.textMuted, text.c_str());
  ImGui::PopFont();
}

class ReviewView final : public View {
 public:
  const char* title() const override { return "Review"; }
  int badge(const Document& doc) const override {
    const size_t open = openThreadCount(doc);
    return open ? static_cast<int>(open) : -1;
  }
  void draw(UiContext& ui) override;

 private:
  void drawSummary(float width);
  void drawSignOffs(UiContext& ui, float width);
  void drawComments(UiContext& ui, float width);
  void drawNewComment(UiContext& ui, float width);
  void drawThread(UiContext& ui, const CommentThread& thread, float width);
  void drawActivity(UiContext& ui, float width);
  void refresh(UiContext& ui);

  Part part_ = Part::signOff;
  // Sign-off rows, rebuilt when the document changes.
  uint64_t summaryRevision_ = 0;
  ReviewSummary summary_;
  std::vector<std::string> rows_;
  int rowFilter_ = 0;  // 0: everything, 1 + i: awaiting kSignOffTeams[i]
  int builtFilter_ = -1;
  // Comments.
  ThreadFilter threadFilter_ = ThreadFilter::open;
  std::string commentTarget_ = kPlanTarget;  // where a new comment goes
  std::string onlyTarget_;                   // threads of this target only ("" for all)
  std::string newComment_;
  std::unordered_map<std::string, std::string> replies_;  // thread id -> draft
  std::string pickerFilter_;
  // Activity.
  int activityTeam_ = 0;  // 0: all, 1 + i: kAllTeams[i]
  std::string since_;
  uint64_t activityRevision_ = 0;
  int builtTeam_ = -1;
  std::string builtSince_ = "-";
  std::vector<ActivityItem> activity_;
  size_t activityTotal_ = 0;
};

void ReviewView::refresh(UiContext& ui) {
  const Document& doc = ui.history().doc();
  const uint64_t revision = ui.history().revision();
  if (summaryRevision_ == revision && builtFilter_ == rowFilter_) return;
  summary_ = summarizeReview(doc);
  summaryRevision_ = revision;
  builtFilter_ = rowFilter_;
  rows_ = rowFilter_ == 0 ? signOffTargets(doc) : summary_.awaiting[static_cast<size_t>(rowFilter_ - 1)];
}

void ReviewView::draw(UiContext& ui) {
  const float s = theme::scale();
  if (auto target = ui.takeCommentsToShow()) {
    part_ = Part::comments;
    commentTarget_ = *target;
    onlyTarget_ = *target;
    threadFilter_ = ThreadFilter::all;
  }
  refresh(ui);

  const float width = beginPage("##review-scroll", 1100);

  pageHeading("CO-AUTHORING", "Review and sign-off",
              "Each team signs off what it agrees with. A change after a sign-off clears it, so nobody approves "
              "words they have not read. Comments keep questions next to what they are about.");
  ImGui::Dummy(ImVec2(0, 10 * s));
  drawSummary(width);
  ImGui::Dummy(ImVec2(0, 14 * s));
  if (drawOpenActionItems(ui, width)) ImGui::Dummy(ImVec2(0, 14 * s));

  const std::vector<std::string> tabs{"Sign-off", "Comments (" + std::to_string(summary_.openThreads) + " open)",
                                      "Activity"};
  part_ = static_cast<Part>(segmentedControl("review-tab", tabs, static_cast<int>(part_), width));
  ImGui::Dummy(ImVec2(0, 12 * s));
  switch (part_) {
    case Part::signOff: drawSignOffs(ui, width); break;
    case Part::comments: drawComments(ui, width); break;
    case Part::activity: drawActivity(ui, width); break;
  }

  endPage();
}

// One card per team: how many sign-offs it still owes, and how many of those a change cleared.
void ReviewView::drawSummary(float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const float gap = 16 * s;
  const size_t teams = std::size(kSignOffTeams);
  const int perRow = columnsFitting(width, 200 * s, gap, static_cast<int>(teams));
  const float cardW = columnWidth(width, perRow, gap);
  TileGrid grid("##awaits-tiles", perRow, gap);
  for (size_t i = 0; i < teams; ++i) {
    const Team team = kSignOffTeams[i];
    const ImVec4 stripe = theme::teamColor(team);
    const std::string id = std::string("##awaits-") + teamName(team);
    grid.begin(id.c_str(), cardW, &stripe);
    std::string title = std::string("AWAITING ") + teamLabel(team);
    for (char& c : title) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    caption(title.c_str());
    const size_t count = summary_.awaiting[i].size();
    ImGui::PushFont(headingFont());
    textColored(count ? p.text : p.success, count ? std::to_string(count).c_str() : "All signed");
    ImGui::PopFont();
    std::string detail = count ? plural(count, "item to sign off", "items to sign off") : std::string("Nothing awaits this team");
    if (summary_.cleared[i]) detail += ", " + std::to_string(summary_.cleared[i]) + " cleared by later changes";
    textMuted(detail.c_str());
    const std::string showId = std::string("##show-awaiting-") + teamName(team);
    if (count && button("Show", showId.c_str(), ButtonKind::subtle)) {
      part_ = Part::signOff;
      rowFilter_ = static_cast<int>(i) + 1;
    }
    grid.end();
    nameLastItem(id);  // the tile, for automation
  }
}

void ReviewView::drawSignOffs(UiContext& ui, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const Document& doc = ui.history().doc();

  // Filter: everything, or what awaits one team.
  std::vector<std::string> filters{"Everything"};
  for (Team team : kSignOffTeams) filters.push_back(std::string("Awaiting ") + teamLabel(team));
  const float rowX = ImGui::GetCursorPosX();
  ImGui::AlignTextToFramePadding();
  textMuted("Show");
  ImGui::SameLine();
  if (beginCombo("##sign-off-filter", filters[static_cast<size_t>(rowFilter_)].c_str(), 240 * s)) {
    for (size_t i = 0; i < filters.size(); ++i)
      if (ImGui::Selectable(filters[i].c_str(), rowFilter_ == static_cast<int>(i))) rowFilter_ = static_cast<int>(i);
    ImGui::EndCombo();
  }
  refresh(ui);
  const Identity& me = ui.me();
  // Who signs, beside the filter when there is room, else under it.
  const std::string who = me.complete() ? "You sign as " + me.label() + "." : std::string("Tell us who you are to sign off");
  ImGui::SameLine();
  if (ImGui::GetCursorPosX() + (me.complete() ? ImGui::CalcTextSize(who.c_str()).x : buttonWidth(who.c_str())) > rowX + width)
    ImGui::NewLine();
  if (!me.complete()) {
    if (button(who.c_str(), "##review-who", ButtonKind::primary)) ui.askWhoIsEditing();
  } else {
    textMuted(who.c_str());
  }
  ImGui::Dummy(ImVec2(0, 6 * s));

  if (rows_.empty()) {
    beginCard("##sign-off-none", nullptr, width);
    textColored(p.success, "Nothing left to sign off here.");
    endCard();
    return;
  }

  const float rowH = ImGui::GetFrameHeight() + 10 * s;
  // On a phone the columns keep readable widths and the table scrolls sideways.
  const float teamW = 100 * s, actionW = buttonWidth("Sign off") + buttonWidth("Open") + 24 * s;
  std::vector<WideColumn> columns{{"What", 2.6f, 0, 220 * s}};
  for (Team team : kSignOffTeams) columns.push_back({teamLabel(team), 1.2f, 0, teamW});
  columns.push_back({"", 1.5f, 0, actionW});
  WideTable table("##sign-off-table", width);
  if (!table.begin(columns, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX)) return;
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int c = 0; c < 5; ++c) {
    ImGui::TableSetColumnIndex(c);
    caption(ImGui::TableGetColumnName(c));
  }
  std::string toSign, toOpen;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows_.size()), rowH);
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const std::string& target = rows_[static_cast<size_t>(r)];
      ImGui::TableNextRow(0, rowH);
      ImGui::PushID(r);
      ImGui::TableSetColumnIndex(0);
      ImGui::AlignTextToFramePadding();
      const std::string label = targetLabel(doc, target);
      const size_t open = openThreadCount(doc, target);
      ImGui::TextUnformatted(label.c_str());
      if (open) {
        ImGui::SameLine();
        pill(plural(open, "comment", "comments").c_str(), p.accent);
      }
      // Fingerprints only for targets someone signed (the rest simply await).
      const bool anySigned = std::any_of(doc.signOffs.begin(), doc.signOffs.end(),
                                         [&](const SignOff& signOff) { return signOff.target == target; });
      const std::string fingerprint = anySigned ? cachedFingerprint(ui, target) : std::string();
      for (size_t i = 0; i < std::size(kSignOffTeams); ++i) {
        const Team team = kSignOffTeams[i];
        ImGui::TableSetColumnIndex(static_cast<int>(1 + i));
        ImGui::AlignTextToFramePadding();
        if (!signOffRequired(target, team)) {
          textColored(p.textFaint, "\xE2\x80\x94");
          continue;
        }
        const TeamSignOff status = signOffStatus(doc, target, team, fingerprint);
        switch (status.state) {
          case SignOffState::approved: pill("Signed", p.success); break;
          case SignOffState::cleared: pill("Cleared", p.warning); break;
          case SignOffState::awaiting: pill("Awaits", p.textMuted); break;
        }
        if (ImGui::IsItemHovered()) {
          if (status.state == SignOffState::approved)
            ImGui::SetTooltip("Signed off by %s on %s", status.signedBy.by.c_str(), friendlyDate(status.signedBy.at).c_str());
          else if (status.state == SignOffState::cleared)
            ImGui::SetTooltip("%s", clearedMessage(status).c_str());
          else
            ImGui::SetTooltip("%s has not signed this off yet", teamLabel(team));
        }
      }
      ImGui::TableSetColumnIndex(4);
      const bool mine = me.team && signOffRequired(target, *me.team) &&
                        std::find(std::begin(kSignOffTeams), std::end(kSignOffTeams), *me.team) != std::end(kSignOffTeams) &&
                        signOffStatus(doc, target, *me.team, fingerprint).state != SignOffState::approved;
      if (mine) {
        const std::string id = "##review-sign-" + target;
        if (button("Sign off", id.c_str(), ButtonKind::primary)) toSign = target;
        ImGui::SameLine();
      }
      const std::string openId = "##review-open-" + target;
      if (button("Open", openId.c_str(), ButtonKind::subtle)) toOpen = target;
      ImGui::PopID();
    }
  }
  table.end();
  if (!toSign.empty()) signOffAsMe(ui, toSign);
  if (!toOpen.empty()) openTarget(ui, toOpen);
}

// ---- Comments -------------------------------------------------------------------------------

void ReviewView::drawComments(UiContext& ui, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const Document& doc = ui.history().doc();
  drawNewComment(ui, width);
  ImGui::Dummy(ImVec2(0, 12 * s));

  const std::vector<std::string> filters{"Open", "Resolved", "All"};
  ImGui::AlignTextToFramePadding();
  textMuted("Show");
  for (size_t i = 0; i < filters.size(); ++i) {
    ImGui::SameLine();
    const bool on = static_cast<int>(threadFilter_) == static_cast<int>(i);
    const std::string id = "##thread-filter-" + std::to_string(i);
    if (button(filters[i].c_str(), id.c_str(), on ? ButtonKind::primary : ButtonKind::subtle))
      threadFilter_ = static_cast<ThreadFilter>(i);
  }
  if (!onlyTarget_.empty()) {
    ImGui::SameLine(0, 18 * s);
    ImGui::AlignTextToFramePadding();
    const std::string only = "On " + targetLabel(doc, onlyTarget_);
    pill(only.c_str(), p.accent);
    ImGui::SameLine();
    if (button("Show all", "##thread-show-all", ButtonKind::subtle)) onlyTarget_.clear();
  }
  ImGui::Dummy(ImVec2(0, 6 * s));

  size_t shown = 0;
  // Newest threads first; copy ids since the document may change while drawing.
  std::vector<std::string> ids;
  for (auto it = doc.comments.rbegin(); it != doc.comments.rend(); ++it) {
    if (!onlyTarget_.empty() && it->target != onlyTarget_) continue;
    if (threadFilter_ == ThreadFilter::open && it->resolved) continue;
    if (threadFilter_ == ThreadFilter::resolved && !it->resolved) continue;
    ids.push_back(it->meta.id);
  }
  for (const auto& id : ids) {
    const CommentThread* thread = ui.history().findThread(id);
    if (!thread) continue;
    const CommentThread copy = *thread;
    drawThread(ui, copy, width);
    ImGui::Dummy(ImVec2(0, 10 * s));
    ++shown;
  }
  if (!shown) {
    beginCard("##threads-none", nullptr, width);
    textMuted(threadFilter_ == ThreadFilter::open ? "No open comments. Questions you start here, or with the Comment "
                                                    "button under a section or term, show up in this list."
                                                  : "No comments here.");
    endCard();
  }
}

void ReviewView::drawNewComment(UiContext& ui, float width) {
  const float s = theme::scale();
  const Document& doc = ui.history().doc();
  if (!targetExists(doc, commentTarget_)) commentTarget_ = kPlanTarget;
  beginCard("##new-comment-card", nullptr, width);
  caption("NEW COMMENT ON");
  const std::string preview = targetLabel(doc, commentTarget_);
  if (beginCombo("##comment-target", preview.c_str(), std::min(520 * s, ImGui::GetContentRegionAvail().x))) {
    TextEdit filter = textField("##comment-target-filter", pickerFilter_, "Type to find a section, term, commitment\xE2\x80\xA6");
    if (filter.changed) pickerFilter_ = filter.text;
    std::vector<std::string> targets{kPlanTarget, kSlaTarget};
    if (!isUnset(doc.attribution)) targets.push_back(kAttributionTarget);
    for (const auto& section : doc.sections) targets.push_back(section.meta.id);
    for (const auto& commitment : doc.commitments) targets.push_back(commitment.meta.id);
    for (const auto& campaign : doc.campaigns) targets.push_back(campaign.meta.id);
    for (const auto& term : doc.glossary) targets.push_back(term.meta.id);
    for (const auto& deal : doc.deals) targets.push_back(deal.meta.id);
    for (const auto& request : doc.requests) targets.push_back(request.meta.id);
    TargetLabels labels(doc);  // one index of the plan for the whole list, not a search per row
    if (!pickerFilter_.empty()) {
      const std::string needle = lowerAscii(pickerFilter_);
      std::erase_if(targets, [&](const std::string& t) { return lowerAscii(labels(t)).find(needle) == std::string::npos; });
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(targets.size()));
    while (clipper.Step())
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const std::string& t = targets[static_cast<size_t>(i)];
        const std::string label = labels(t) + "##target-" + t;
        if (ImGui::Selectable(label.c_str(), t == commentTarget_)) commentTarget_ = t;
      }
    ImGui::EndCombo();
  }
  ImGui::Dummy(ImVec2(0, 4 * s));
  TextEdit text = textArea("##new-comment", newComment_, "Ask a question or suggest a change\xE2\x80\xA6", 2);
  if (text.changed) newComment_ = text.text;
  ImGui::Dummy(ImVec2(0, 4 * s));
  const bool blank = isBlank(newComment_);
  ImGui::BeginDisabled(blank);
  if (button("Add comment", "##add-comment", ButtonKind::primary)) {
    if (!ui.me().complete()) {
      ui.askWhoIsEditing();
    } else {
      ui.history().seal();
      ui.history().addComment(commentTarget_, newComment_, ui.edit());
      newComment_.clear();
      threadFilter_ = ThreadFilter::open;
      ui.notify(Notice::Kind::success, "Comment added on " + targetLabel(ui.history().doc(), commentTarget_), 4.0);
    }
  }
  ImGui::EndDisabled();
  endCard();
}

void ReviewView::drawThread(UiContext& ui, const CommentThread& thread, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const Document& doc = ui.history().doc();
  const std::string& id = thread.meta.id;
  ImGui::PushID(id.c_str());
  const ImVec4 stripe = thread.resolved ? p.success : p.accent;
  beginCard("##thread", &stripe, width);
  ImGui::PushFont(headingFont());
  ImGui::TextUnformatted(targetLabel(doc, thread.target).c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  pill(thread.resolved ? "Resolved" : "Open", thread.resolved ? p.success : p.accent);
  if (targetExists(doc, thread.target)) {
    ImGui::SameLine();
    const std::string openId = "##thread-open-" + id;
    if (button("Open", openId.c_str(), ButtonKind::subtle)) {
      const std::string target = thread.target;
      endCard();  // then leave: navigation changes the view
      ImGui::PopID();
      openTarget(ui, target);
      return;
    }
  }
  ImGui::Dummy(ImVec2(0, 4 * s));
  for (const auto& message : thread.messages) {
    byLine(doc, message.posted);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 60 * s);
    ImGui::TextUnformatted(message.text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, 6 * s));
  }
  if (thread.resolved && !thread.resolvedStamp.by.empty()) {
    const std::string line = "Resolved by " + thread.resolvedStamp.by + " \xC2\xB7 " + friendlyDate(thread.resolvedStamp.at);
    ImGui::PushFont(smallFont());
    textColored(p.success, line.c_str());
    ImGui::PopFont();
  }

  std::string& draft = replies_[id];
  const std::string replyId = "##reply-" + id;
  const std::string replyButtonId = "##reply-button-" + id;
  const float buttonsW = buttonWidth("Reply") + buttonWidth("Reopen") + 2 * ImGui::GetStyle().ItemSpacing.x;
  TextEdit reply = textField(replyId.c_str(), draft, "Reply\xE2\x80\xA6", -buttonsW);
  if (reply.changed) draft = reply.text;
  ImGui::SameLine();
  const bool blank = isBlank(draft);
  ImGui::BeginDisabled(blank);
  const bool send = button("Reply", replyButtonId.c_str(), ButtonKind::primary);
  ImGui::EndDisabled();
  ImGui::SameLine();
  const std::string resolveId = (thread.resolved ? "##reopen-" : "##resolve-") + id;
  const bool toggle = button(thread.resolved ? "Reopen" : "Resolve", resolveId.c_str());
  endCard();
  ImGui::PopID();

  if (send && !blank) {
    if (!ui.me().complete()) {
      ui.askWhoIsEditing();
    } else {
      ui.history().seal();
      ui.history().replyToComment(id, draft, ui.edit());
      replies_.erase(id);
    }
  } else if (toggle) {
    ui.history().seal();
    ui.history().setCommentResolved(id, !thread.resolved, ui.edit());
  }
}

// ---- Activity -------------------------------------------------------------------------------

void ReviewView::drawActivity(UiContext& ui, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const Document& doc = ui.history().doc();

  ImGui::AlignTextToFramePadding();
  textMuted("Changes by");
  ImGui::SameLine();
  const char* teamPreview = activityTeam_ == 0 ? "Everyone" : teamLabel(kAllTeams[activityTeam_ - 1]);
  if (beginCombo("##activity-team", teamPreview, 180 * s)) {
    if (ImGui::Selectable("Everyone", activityTeam_ == 0)) activityTeam_ = 0;
    for (size_t i = 0; i < std::size(kAllTeams); ++i)
      if (ImGui::Selectable(teamLabel(kAllTeams[i]), activityTeam_ == static_cast<int>(i) + 1))
        activityTeam_ = static_cast<int>(i) + 1;
    ImGui::EndCombo();
  }
  ImGui::SameLine(0, 18 * s);
  ImGui::AlignTextToFramePadding();
  textMuted("since");
  ImGui::SameLine();
  TextEdit since = textField("##activity-since", since_, "YYYY-MM-DD", 150 * s);
  if (since.changed) since_ = since.text;
  ImGui::SameLine();
  if (button("Last 7 days", "##activity-week", ButtonKind::subtle)) {
    since_ = addDays(ui.platform().nowIso().substr(0, 10), -7);
  }
  ImGui::SameLine();
  if (button("All time", "##activity-all", ButtonKind::subtle)) since_.clear();

  const bool sinceValid = since_.empty() || isValidDate(since_);
  if (!sinceValid) {
    ImGui::PushFont(smallFont());
    textColored(p.danger, "Write the day as YYYY-MM-DD, e.g. 2027-03-05.");
    ImGui::PopFont();
  }
  const std::string effectiveSince = sinceValid ? since_ : std::string();
  const uint64_t revision = ui.history().revision();
  if (activityRevision_ != revision || builtTeam_ != activityTeam_ || builtSince_ != effectiveSince) {
    ActivityFilter filter;
    if (activityTeam_ > 0) filter.team = kAllTeams[activityTeam_ - 1];
    filter.since = effectiveSince;
    activity_ = planActivity(doc, filter, kActivityShown, &activityTotal_);
    activityRevision_ = revision;
    builtTeam_ = activityTeam_;
    builtSince_ = effectiveSince;
  }

  std::string count = plural(activityTotal_, "change", "changes");
  if (activityTeam_ > 0) count += std::string(" by ") + teamLabel(kAllTeams[activityTeam_ - 1]);
  if (!effectiveSince.empty()) count += " since " + friendlyDate(effectiveSince);
  if (activityTotal_ > activity_.size()) count += " (the latest " + std::to_string(activity_.size()) + " shown)";
  ImGui::Dummy(ImVec2(0, 4 * s));
  caption(count.c_str());
  ImGui::Dummy(ImVec2(0, 4 * s));

  if (activity_.empty()) {
    beginCard("##activity-none", nullptr, width);
    textMuted("Nothing changed in this selection.");
    endCard();
    return;
  }
  std::string toOpen;
  const float rowH = ImGui::GetTextLineHeightWithSpacing() * 2 + 12 * s;
  ImGui::BeginChild("##activity-list", ImVec2(width, std::max(240 * s, ImGui::GetContentRegionAvail().y)),
                    ImGuiChildFlags_None);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(activity_.size()), rowH);
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const ActivityItem& item = activity_[static_cast<size_t>(i)];
      ImGui::PushID(i);
      const ImVec2 at = ImGui::GetCursorScreenPos();
      const ImVec4 color = item.team ? theme::teamColor(*item.team) : p.textFaint;
      ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + 4 * s, at.y + rowH - 8 * s), theme::u32(color), 2 * s);
      ImGui::SetCursorScreenPos(ImVec2(at.x + 14 * s, at.y));
      ImGui::BeginGroup();
      std::string who = item.by.empty() ? std::string("Someone") : item.by;
      if (item.team) who += std::string(" \xC2\xB7 ") + teamLabel(*item.team);
      who += " \xC2\xB7 " + friendlyDate(item.at) + " " + (item.at.size() >= 16 ? item.at.substr(11, 5) : std::string());
      ImGui::PushFont(smallFont());
      textColored(p.textMuted, who.c_str());
      ImGui::PopFont();
      ImGui::TextUnformatted(item.what.c_str());
      ImGui::EndGroup();
      if (!item.target.empty() &&
          (targetExists(doc, item.target) || item.target == kLeadFeedbackTarget || hasId(doc.actions, item.target))) {
        ImGui::SameLine();
        alignRight(buttonWidth("Open") + 8 * s);
        const std::string openId = "##activity-open-" + std::to_string(i);
        if (button("Open", openId.c_str(), ButtonKind::subtle)) toOpen = item.target;
      }
      ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + rowH));
      ImGui::Dummy(ImVec2(0, 0));
      ImGui::PopID();
    }
  ImGui::EndChild();
  if (!toOpen.empty()) openTarget(ui, toOpen);
}

}  // namespace

std::unique_ptr<View> makeReviewView() { return std::make_unique<ReviewView>(); }

}  // namespace gp::ui
