// Messages to the person: errors stay at the top of the content until dismissed; confirmations
// ("Saved to plan.json", "Deleted term “X”." with Undo) float at the bottom, then fade.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gp::ui {

struct Notice {
  enum class Kind { info, success, error } kind = Kind::info;
  std::string text;
};

class Notices {
 public:
  // A transient message (seconds > 0) or one that stays until dismissed (seconds == 0). The same
  // text twice shows once (e.g. a person retrying a broken file).
  void add(Notice::Kind, std::string text, double seconds = 0);
  // A message with an Undo button, shown while the document stays at `revision`.
  void addUndoable(std::string text, uint64_t revision, double seconds);
  // Drops transient messages past their time (`now`: ImGui time) and undo offers that no longer apply.
  void expire(double now, uint64_t revision);
  void dropErrorsAndUndoOffers();
  void dropStartingWith(std::string_view prefix);
  std::vector<Notice> visible() const;

  void drawBanners();
  // Returns true when the person clicked a toast's Undo.
  bool drawToasts();

 private:
  struct Shown {
    uint64_t id = 0;
    Notice notice;
    double seconds = 0;   // transient when > 0, counted from when it is first drawn
    double shownAt = -1;  // ImGui time of first display
    std::optional<uint64_t> undoRevision;
  };
  std::vector<Shown> shown_;
  uint64_t nextId_ = 0;
};

}  // namespace gp::ui
