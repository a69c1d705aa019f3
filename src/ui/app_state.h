// What views get from App each frame: the one History, the platform, fonts, and a way to tell
// the person something. Views change the document only through History's edit functions.
#pragma once

#include <memory>
#include <string>

#include "app.h"
#include "core/history.h"

namespace gp::ui {

class UiContext {
 public:
  virtual ~UiContext() = default;

  virtual History& history() = 0;
  virtual Platform& platform() = 0;
  virtual const Fonts& fonts() const = 0;

  // Who is editing and now, for History's edit functions.
  virtual EditContext edit() = 0;

  // A transient message (seconds > 0) or one that stays until dismissed (seconds == 0).
  virtual void notify(Notice::Kind kind, std::string text, double seconds = 0) = 0;
  // "Deleted term “X”." with an Undo button, shown while that deletion is the last change.
  virtual void notifyUndoable(std::string text) = 0;
};

// One page of the app ("Plan overview", "Glossary"). Registered in app.cpp's view list.
class View {
 public:
  virtual ~View() = default;
  virtual const char* title() const = 0;  // navigation label; stable, tests click it
  // Draws into the content area (the whole region left of nothing, right of the sidebar).
  virtual void draw(UiContext& ui) = 0;
  // Optional count shown next to the navigation label (e.g. number of terms); -1 for none.
  virtual int badge(const Document&) const { return -1; }
};

std::unique_ptr<View> makeOverviewView();
std::unique_ptr<View> makeGlossaryView();

}  // namespace gp::ui
