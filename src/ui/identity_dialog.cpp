#include "identity_dialog.h"

#include <imgui.h>

#include <algorithm>

#include "accessible_text.h"
#include "core/text/text_trim.h"
#include "modal.h"
#include "theme.h"
#include "widgets.h"

namespace gp::ui {

namespace {

constexpr const char* kPopup = "##who-is-editing";
constexpr size_t kMaxRemembered = 8;
constexpr size_t kMaxNameBytes = 80;

}  // namespace

bool Identity::complete() const { return !isBlank(name) && team.has_value(); }

std::string Identity::label() const {
  std::string text = name;
  if (team) text += std::string(" \xC2\xB7 ") + teamLabel(*team);
  return text;
}

std::vector<Identity> parseRecentIdentities(const std::string& setting) {
  std::vector<Identity> recent;
  // Split by hand: iostreams would add tens of kilobytes to the download.
  for (size_t start = 0; start < setting.size();) {
    size_t end = setting.find('\n', start);
    if (end == std::string::npos) end = setting.size();
    const std::string line = setting.substr(start, end - start);
    start = end + 1;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    Identity identity{std::string(trimmed(line.substr(0, tab))), teamFromName(line.substr(tab + 1))};
    if (identity.complete()) recent.push_back(std::move(identity));
  }
  return recent;
}

std::string recentIdentitiesSetting(const std::vector<Identity>& recent) {
  std::string text;
  for (const auto& identity : recent)
    if (identity.complete()) text += identity.name + "\t" + teamName(*identity.team) + "\n";
  return text;
}

void rememberIdentity(std::vector<Identity>& recent, const Identity& identity) {
  std::erase_if(recent, [&](const Identity& other) { return other.name == identity.name; });
  recent.insert(recent.begin(), identity);
  if (recent.size() > kMaxRemembered) recent.resize(kMaxRemembered);
}

void IdentityDialog::open(const Identity& current, bool firstUse) {
  open_ = true;
  requestPopup_ = true;
  firstUse_ = firstUse;
  focusName_ = true;
  name_ = current.name;
  team_ = current.team;
}

std::optional<Identity> IdentityDialog::draw(const std::vector<Identity>& suggestions) {
  if (!open_) return std::nullopt;
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const bool visible = beginModal(kPopup, 520 * s, &requestPopup_);
  if (!visible) {
    if (!ImGui::IsPopupOpen(kPopup)) requestPopup_ = true;  // something closed it: ask again
    return std::nullopt;
  }

  std::optional<Identity> chosen;
  // Enter is the dialog's Continue wherever the keyboard is, except on a button that does
  // something else (a suggested person, Cancel). Space or a click picks a team.
  const bool enter = ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
  bool enterTaken = false;
  modalHeading(firstUse_ ? "WELCOME" : "PASS THE LAPTOP", "Who is editing?",
               "Your name and team go with every change, comment and sign-off you make, so both teams see who "
               "wrote what. This browser remembers it; switch any time from the top bar.");

  if (!suggestions.empty()) {
    caption("CONTINUE AS");
    for (size_t i = 0; i < suggestions.size(); ++i) {
      const Identity& suggestion = suggestions[i];
      const std::string label = suggestion.label();
      const std::string id = "##pick-person-" + std::to_string(i);
      if (i > 0) {  // on this line when it fits, else on the next
        const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        if (ImGui::GetItemRectMax().x + spacing + buttonWidth(label.c_str()) <= right) ImGui::SameLine();
      }
      if (button(label.c_str(), id.c_str())) {
        chosen = suggestion;
        enterTaken = enter;
      }
    }
    ImGui::Dummy(ImVec2(0, 8 * s));
    caption("OR SOMEONE NEW");
  }

  caption("Your name");
  if (focusName_) {
    ImGui::SetKeyboardFocusHere();
    focusName_ = false;
  }
  TextEdit name = textField("##identity-name", name_, "e.g. Ana Costa");
  if (name.changed) name_ = name.text.substr(0, kMaxNameBytes);
  ImGui::Dummy(ImVec2(0, 6 * s));
  caption("Your team");
  for (Team team : kAllTeams) {
    const bool selected = team_ == team;
    const std::string id = std::string("##identity-team-") + teamName(team);
    if (team != kAllTeams[0]) ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Button, selected ? theme::teamColor(team) : p.fieldBg);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, selected ? theme::teamColor(team) : p.fieldBgHover);
    ImGui::PushStyleColor(ImGuiCol_Text, selected ? p.accentText : p.text);
    if (ImGui::Button((std::string(teamLabel(team)) + id).c_str()) && !enter) team_ = team;
    accessible::roleOfLastItem("radio", selected);
    ImGui::PopStyleColor(3);
  }
  ImGui::Dummy(ImVec2(0, 14 * s));

  const Identity typed{std::string(trimmed(name_)), team_};
  const bool ready = typed.complete();
  const float total = buttonWidth("Continue") + (firstUse_ ? 0 : buttonWidth("Cancel") + ImGui::GetStyle().ItemSpacing.x);
  if (!ready) textMuted(isBlank(name_) ? "Type your name and pick your team." : "Pick your team.");
  if (!ready) ImGui::SameLine();
  alignRight(total);
  bool cancel = false;
  if (!firstUse_) {
    const bool cancelClicked = button("Cancel", "##identity-cancel");
    enterTaken = enterTaken || (cancelClicked && enter);
    cancel = cancelClicked || ImGui::IsKeyPressed(ImGuiKey_Escape, false);
    ImGui::SameLine();
  }
  ImGui::BeginDisabled(!ready);
  if (button("Continue", "##identity-continue", ButtonKind::primary) || (ready && enter && !enterTaken)) chosen = typed;
  ImGui::EndDisabled();

  if (chosen || cancel) {
    open_ = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
  return chosen;
}

}  // namespace gp::ui
