#include "review_strip.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <unordered_map>

#include "core/review/activity.h"
#include "core/format/json_paths.h"
#include "core/review/review.h"
#include "theme.h"
#include "widgets.h"

namespace gp::ui {

namespace {

struct CachedFingerprint {
  uint64_t revision = 0;
  std::string fingerprint;
};

// Places the next item of `width` on the current line when it fits, else on a new one.
void flow(bool first, float width, float spacing) {
  if (first) return;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + spacing + width <= right) ImGui::SameLine(0, spacing);
}

bool isSigningTeam(const std::optional<Team>& team) {
  return team && (*team == Team::marketing || *team == Team::sales || *team == Team::leadership);
}

}  // namespace

const std::string& cachedFingerprint(UiContext& ui, const std::string& target) {
  static std::unordered_map<std::string, CachedFingerprint> cache;
  if (cache.size() > 256) cache.clear();
  CachedFingerprint& entry = cache[target];
  const uint64_t revision = ui.history().revision();
  // The whole plan's fingerprint costs tens of milliseconds in a 10,000-term plan: while a field is
  // being typed in, the last one stands until the field lets go (keystrokes stay smooth).
  const bool typing = ImGui::GetIO().WantTextInput && ImGui::GetActiveID() != 0;
  const bool deferred = typing && target == kPlanTarget && entry.revision != 0;
  if (entry.revision != revision && !deferred) {
    entry.fingerprint = contentFingerprint(ui.history().doc(), target);
    entry.revision = revision;
  }
  return entry.fingerprint;
}

void signOffAsMe(UiContext& ui, const std::string& target) {
  const Identity& me = ui.me();
  if (!me.complete()) {
    ui.askWhoIsEditing();
    return;
  }
  History& history = ui.history();
  history.seal();
  // Fresh, not cached: what is signed must be exactly what is there now.
  history.signOff(target, *me.team, contentFingerprint(history.doc(), target), ui.edit());
  ui.notify(Notice::Kind::success,
            targetLabel(history.doc(), target) + " signed off for " + teamLabel(*me.team) + " by " + me.name, 4.0);
}

void teamStampLine(const Document& doc, const EntityMeta& meta) {
  const std::string line = stampLine(meta);
  if (line.empty()) return;
  const Stamp& stamp = meta.modified.at.empty() && meta.modified.by.empty() ? meta.created : meta.modified;
  const std::optional<Team> team = teamOf(doc, stamp.by, stamp.team);
  const theme::Palette& p = theme::palette();
  ImGui::PushFont(smallFont());
  ImGui::AlignTextToFramePadding();
  colorDot(team ? theme::teamColor(*team) : p.textFaint);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  std::string text = line;
  if (team) text += std::string(" \xC2\xB7 ") + teamLabel(*team);
  textColored(p.textMuted, text.c_str());
  ImGui::PopFont();
}

std::string fieldPath(const char* list, const std::string& id, const char* field) {
  return childPath(childPath(list, id), field);
}

void lastChangedTooltip(UiContext& ui, const std::string& path) {
  if (!ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal) || ImGui::IsItemActive()) return;
  const auto author = lastWriter(ui.history().doc().sync, path);
  if (!author) return;
  std::string text = "Last changed by " + author->by;
  if (const auto team = teamFromName(author->team)) text += std::string(" \xC2\xB7 ") + teamLabel(*team);
  const std::string when = friendlyDate(author->at);
  if (!when.empty()) text += " \xC2\xB7 " + when;
  ImGui::SetTooltip("%s", text.c_str());
}

std::string commentsButtonText(const Document& doc, const std::string& target) {
  const size_t open = openThreadCount(doc, target);
  return open ? "Comments (" + std::to_string(open) + ")" : std::string("Comment");
}

void commentsButton(UiContext& ui, const std::string& target, const std::string& text) {
  const std::string id = "##comments-" + target;
  if (!button(text.c_str(), id.c_str(), ButtonKind::subtle)) return;
  // A dialog the button sits in closes first, so it does not come back over the page the person
  // returns to.
  if (ImGui::GetCurrentWindow()->RootWindow->Flags & ImGuiWindowFlags_Modal) ImGui::CloseCurrentPopup();
  ui.showComments(target);
}

void commentStrip(UiContext& ui, const std::string& target, const EntityMeta& meta) {
  const Document& doc = ui.history().doc();
  ImGui::BeginGroup();
  teamStampLine(doc, meta);
  ImGui::EndGroup();
  const std::string text = commentsButtonText(doc, target);
  flow(false, buttonWidth(text.c_str()), 18 * theme::scale());
  commentsButton(ui, target, text);
}

void reviewStrip(UiContext& ui, const std::string& target, const EntityMeta* meta) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const Document& doc = ui.history().doc();
  // Only a target someone signed needs its fingerprint; the rest simply await.
  static const std::string kNone;
  const bool signedBySomeone = std::any_of(doc.signOffs.begin(), doc.signOffs.end(),
                                           [&](const SignOff& signOff) { return signOff.target == target; });
  const std::string& fingerprint = signedBySomeone ? cachedFingerprint(ui, target) : kNone;
  ImGui::PushID(target.c_str());

  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  bool first = true;
  if (meta) {
    ImGui::BeginGroup();
    teamStampLine(doc, *meta);
    ImGui::EndGroup();
    first = false;
  }
  std::vector<TeamSignOff> cleared;
  bool mineApproved = false;
  const Identity& me = ui.me();
  for (Team team : kSignOffTeams) {
    if (!signOffRequired(target, team)) continue;
    const TeamSignOff status = signOffStatus(doc, target, team, fingerprint);
    std::string text = teamLabel(team);
    ImVec4 color = p.textMuted;
    switch (status.state) {
      case SignOffState::approved: text += " signed"; color = p.success; break;
      case SignOffState::cleared: text += " sign-off cleared"; color = p.warning; cleared.push_back(status); break;
      case SignOffState::awaiting: text += " awaits"; break;
    }
    if (me.team == team && status.state == SignOffState::approved) mineApproved = true;
    flow(first, pillSize(text.c_str()).x, first ? 0 : (meta && team == kSignOffTeams[0] ? 18 * s : spacing));
    first = false;
    ImGui::AlignTextToFramePadding();
    pill(text.c_str(), color);
    if (ImGui::IsItemHovered()) {
      if (status.state == SignOffState::awaiting)
        ImGui::SetTooltip("%s has not signed this off yet.", teamLabel(team));
      else
        ImGui::SetTooltip("Signed off by %s on %s%s", status.signedBy.by.c_str(), friendlyDate(status.signedBy.at).c_str(),
                          status.state == SignOffState::cleared ? ", then changed." : ".");
    }
  }
  const std::string signId = "##sign-off-" + target;
  const std::string withdrawId = "##withdraw-" + target;
  if (isSigningTeam(me.team) && signOffRequired(target, *me.team)) {
    const std::string text = mineApproved ? std::string("Withdraw sign-off") : std::string("Sign off as ") + teamLabel(*me.team);
    flow(first, buttonWidth(text.c_str()), spacing);
    first = false;
    if (!mineApproved) {
      if (button(text.c_str(), signId.c_str(), ButtonKind::primary)) signOffAsMe(ui, target);
    } else if (button(text.c_str(), withdrawId.c_str(), ButtonKind::subtle)) {
      ui.history().seal();
      ui.history().withdrawSignOff(target, *me.team, ui.edit());
    }
  }
  const std::string commentsText = commentsButtonText(doc, target);
  flow(first, buttonWidth(commentsText.c_str()), spacing);
  commentsButton(ui, target, commentsText);
  for (const auto& status : cleared) {
    const std::string message = clearedMessage(status) + ": sign again to approve this version.";
    ImGui::PushFont(smallFont());
    textColored(p.warning, message.c_str());
    ImGui::PopFont();
  }
  ImGui::PopID();
}

}  // namespace gp::ui
