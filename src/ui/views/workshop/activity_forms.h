// The private forms of a workshop's activities, the same on the shared screen and on a phone: a
// ballot (who, their team, dots placed by tapping options) and a draft answer (who, their team,
// the text). Neither shows anybody else's answer.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/document.h"

namespace gp::ui {

// Who is answering: a name (counted once, never sent for drafts or anonymous votes) and a team.
class WhoFields {
 public:
  // `idPrefix` keeps widget ids apart ("voter", "drafter"): "##voter-name", "##voter-team-sales".
  void draw(const char* idPrefix, const char* nameNote, float width);
  bool ready() const;
  std::string name() const;
  Team team() const { return team_.value_or(Team::other); }
  bool hasTeam() const { return team_.has_value(); }
  void clear();

 private:
  std::string name_;
  std::optional<Team> team_;
};

class BallotForm {
 public:
  struct Result {
    std::string name;
    Team team = Team::other;
    std::vector<std::string> dots;
  };
  // Draws the form for `vote`; returns the ballot on the frame the person presses Submit.
  std::optional<Result> draw(const DotVote& vote, const char* submitText, float width);
  void clear();
  int dotsPlaced() const { return static_cast<int>(dots_.size()); }

 private:
  WhoFields who_;
  std::vector<std::string> dots_;
};

class DraftForm {
 public:
  struct Result {
    std::string name;
    Team team = Team::other;
    std::string text;
  };
  std::optional<Result> draw(const char* submitText, float width);
  void clear();
  bool hasText() const;

 private:
  WhoFields who_;
  std::string text_;
};

}  // namespace gp::ui
