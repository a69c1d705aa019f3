// Merge conflicts: every field two copies changed differently, with both values, who changed
// them and when, and a "Keep this" per value. Resolving goes through History as one undo step.

#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "core/merge/plan_merge.h"
#include "ui/page_frame.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/views/views.h"

namespace gp::ui {

namespace {

// A value as people read it: text as is, numbers and lists compactly, a whole entity by its
// name, "Deleted" for a deletion.
std::string readableValue(const std::string& valueJson) {
  const auto value = nlohmann::ordered_json::parse(valueJson, nullptr, false);
  if (value.is_discarded()) return valueJson;
  if (value.is_null()) return "Deleted";
  if (value.is_string()) return value.get<std::string>().empty() ? std::string("(empty)") : value.get<std::string>();
  if (value.is_object()) {
    for (const char* key : {"name", "title", "metric"})
      if (value.contains(key) && value[key].is_string()) return "Keep \xE2\x80\x9C" + value[key].get<std::string>() + "\xE2\x80\x9D with its changes";
    return "Keep it with its changes";
  }
  return value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

class ConflictsView final : public View {
 public:
  const char* title() const override { return "Conflicts"; }
  int badge(const Document& doc) const override { return doc.conflicts.empty() ? -1 : static_cast<int>(doc.conflicts.size()); }
  void draw(UiContext& ui) override;

 private:
  void keep(UiContext& ui, const PlanConflict& conflict, const ConflictChoice& choice);
  std::unordered_map<std::string, std::string> drafts_;  // conflict path -> text written anew
};

// Text conflicts can also be settled by writing a new text that combines both.
bool isTextConflict(const PlanConflict& conflict) {
  for (const auto& option : conflict.options) {
    const auto value = nlohmann::ordered_json::parse(option.valueJson, nullptr, false);
    if (!value.is_string()) return false;
  }
  return true;
}

void ConflictsView::keep(UiContext& ui, const PlanConflict& conflict, const ConflictChoice& choice) {
  auto resolved = resolveConflict(ui.history().doc(), conflict.path, choice.valueJson);
  if (auto* refusal = std::get_if<MergeRefusal>(&resolved)) {
    ui.notify(Notice::Kind::error, "Could not resolve \xE2\x80\x9C" + conflict.label + "\xE2\x80\x9D: " + refusal->message);
    return;
  }
  ui.history().replaceDocument(std::get<Document>(std::move(resolved)), "Resolve \xE2\x80\x9C" + conflict.label + "\xE2\x80\x9D");
  ui.notify(Notice::Kind::success, "Resolved " + conflict.label, 4.0);
}

void ConflictsView::draw(UiContext& ui) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const Document& doc = ui.history().doc();

  const float width = beginPage("##conflicts-scroll", 1040);

  pageHeading("CO-AUTHORING", "Merge copies and settle conflicts",
              "Worked on copies of this plan apart? Merge a colleague's copy: changes to different things combine "
              "by themselves, and where you both changed the same field differently you choose here.");
  ImGui::Dummy(ImVec2(0, 6 * s));
  if (button("Merge a colleague's copy\xE2\x80\xA6", "##conflicts-merge-copy", ButtonKind::primary))
    ui.platform().requestImportFile("plan-merge");
  ImGui::SameLine();
  if (button("Copy share link\xE2\x80\xA6", "##conflicts-share-link")) ui.shareAsLink();
  ImGui::Dummy(ImVec2(0, 12 * s));

  if (doc.conflicts.empty()) {
    beginCard("##conflicts-none", nullptr, width);
    ImGui::Dummy(ImVec2(0, 4 * s));
    textColored(p.success, "No conflicts");
    textWrappedMuted("Both teams' changes are in the plan. Fields you both change differently in copies appear here after a merge.");
    ImGui::Dummy(ImVec2(0, 4 * s));
    endCard();
  }

  const PlanConflict* chosenConflict = nullptr;
  const ConflictChoice* chosen = nullptr;
  std::optional<ConflictChoice> edited;
  const float gap = 16 * s;
  for (size_t i = 0; i < doc.conflicts.size(); ++i) {
    const PlanConflict& conflict = doc.conflicts[i];
    ImGui::PushID(static_cast<int>(i));
    const ImVec4 stripe = p.warning;
    beginCard("##conflict", &stripe, width);
    ImGui::PushFont(headingFont());
    ImGui::TextUnformatted(conflict.label.c_str());
    ImGui::PopFont();
    textMuted("Changed differently in the two copies. The plan shows the later change until you choose.");
    ImGui::Dummy(ImVec2(0, 6 * s));

    const size_t count = conflict.options.size();
    const float columnW = (ImGui::GetContentRegionAvail().x - gap * static_cast<float>(count - 1)) / static_cast<float>(count);
    for (size_t j = 0; j < count; ++j) {
      const ConflictChoice& option = conflict.options[j];
      if (j > 0) ImGui::SameLine(0, gap);
      ImGui::BeginGroup();
      ImGui::PushStyleColor(ImGuiCol_ChildBg, p.fieldBg);
      ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 8 * s);
      ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * s, 12 * s));
      const std::string boxId = "##option-" + std::to_string(j);
      ImGui::BeginChild(boxId.c_str(), ImVec2(columnW, 0),
                        ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
      ImGui::PopStyleVar(2);
      ImGui::PopStyleColor();
      const std::string who = option.by.empty() ? std::string("The other copy") : option.by;
      const std::string when = friendlyDate(option.at);
      const std::string meta = when.empty() ? who : who + " \xC2\xB7 " + when;
      caption(meta.c_str());
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + columnW - 28 * s);
      const std::string text = readableValue(option.valueJson);
      ImGui::TextUnformatted(text.c_str());
      ImGui::PopTextWrapPos();
      ImGui::Dummy(ImVec2(0, 4 * s));
      const std::string label = "##conflict-" + std::to_string(i) + "-" + std::to_string(j);
      if (button("Keep this", label.c_str(), ButtonKind::primary)) {
        chosenConflict = &conflict;
        chosen = &option;
      }
      ImGui::EndChild();
      ImGui::EndGroup();
    }
    if (isTextConflict(conflict)) {
      ImGui::Dummy(ImVec2(0, 6 * s));
      caption("OR WRITE IT ANEW, E.G. COMBINING BOTH");
      auto draft = drafts_.find(conflict.path);
      if (draft == drafts_.end()) {
        const auto first = nlohmann::ordered_json::parse(conflict.options.front().valueJson, nullptr, false);
        draft = drafts_.emplace(conflict.path, first.is_string() ? first.get<std::string>() : std::string()).first;
      }
      const std::string editId = "##conflict-edit-" + std::to_string(i);
      TextEdit edit = textArea(editId.c_str(), draft->second, nullptr, 2);
      if (edit.changed) draft->second = edit.text;
      const std::string keepId = "##conflict-keep-edit-" + std::to_string(i);
      if (button("Keep this text", keepId.c_str(), ButtonKind::primary)) {
        edited = ConflictChoice{nlohmann::ordered_json(draft->second).dump(-1, ' ', false,
                                                                           nlohmann::ordered_json::error_handler_t::replace),
                                {}, {}};
        chosenConflict = &conflict;
        chosen = &*edited;
      }
    }
    endCard();
    ImGui::Dummy(ImVec2(0, 10 * s));
    ImGui::PopID();
  }

  endPage();
  if (chosenConflict) {
    const PlanConflict conflict = *chosenConflict;  // the document changes under the references
    const ConflictChoice choice = *chosen;
    drafts_.erase(conflict.path);
    keep(ui, conflict, choice);
  }
}

}  // namespace

std::unique_ptr<View> makeConflictsView() { return std::make_unique<ConflictsView>(); }

}  // namespace gp::ui
