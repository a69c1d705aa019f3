// Messages to the person: errors stay at the top of the content until dismissed; confirmations
// ("Saved to plan.json", "Deleted term “X”." with Undo) float at the bottom, then fade.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace gp::ui {

struct Notice {
  enum class Kind { info, success, error } kind = Kind::info;
  std::string text;
};

// A full-width message at the top of the content with a coloured edge, its text wrapped beside a
// button at the right (and after a mark of `markWidth`, drawn by the caller, when not 0).
struct BannerLook {
  ImVec4 soft;       // the background
  ImVec4 edge;       // the border and left edge
  float edgeAlpha;   // of the border
  ImVec4 lightInk;   // the text in the light theme (the dark theme uses the theme's text colour)
  float markWidth = 0;
};
struct BannerPlace {
  ImVec2 origin, min, max;  // where the banner started (cursor), and its frame
  ImVec2 text;              // top-left of its first line of text
};
// Draws the frame and the text; the caller then draws its mark and button (at buttonAt) and calls
// endBanner.
BannerPlace beginBanner(const std::string& text, float buttonWidth, const BannerLook&);
ImVec2 bannerButtonAt(const BannerPlace&, float buttonWidth);
void endBanner(const BannerPlace&);

// Room the page keeps at the bottom of the screen (the HTML "new version" card of web/offline.js),
// in framebuffer pixels: toasts float above it instead of under it. 0 when nothing is there.
void setToastsBottomInset(float pixels);

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
  // Everything the person was told this session, oldest first (the last kMaxTold), toasts included
  // after they went: automation asks "was the person told X?" without racing a toast's lifetime.
  const std::vector<Notice>& told() const { return told_; }
  static constexpr size_t kMaxTold = 200;

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
  std::vector<Notice> told_;
  uint64_t nextId_ = 0;
};

}  // namespace gp::ui
