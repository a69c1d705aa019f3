// "Who is editing?": on first use and whenever the laptop is passed on, a person gives their name
// and team; both go with every change, comment and sign-off they make.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/document.h"

namespace gp::ui {

struct Identity {
  std::string name;
  std::optional<Team> team;
  bool complete() const;
  std::string label() const;  // "Ana · Marketing"
};

// Identities remembered in the browser, most recent first: "name\tteam" lines.
std::vector<Identity> parseRecentIdentities(const std::string& setting);
std::string recentIdentitiesSetting(const std::vector<Identity>& recent);
// Puts `identity` first, dropping an older entry of the same name; keeps at most 8.
void rememberIdentity(std::vector<Identity>& recent, const Identity& identity);

class IdentityDialog {
 public:
  // `firstUse`: no Cancel (there is nobody to go back to).
  void open(const Identity& current, bool firstUse);
  bool isOpen() const { return open_; }
  // Draws the modal while open; returns the chosen identity once, when the person confirms.
  // `suggestions` are people of the plan and of this browser, offered as one-click choices.
  std::optional<Identity> draw(const std::vector<Identity>& suggestions);

 private:
  bool open_ = false;
  bool requestPopup_ = false;
  bool firstUse_ = false;
  bool focusName_ = false;
  std::string name_;
  std::optional<Team> team_;
};

}  // namespace gp::ui
