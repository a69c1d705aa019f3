// State shared by the web shell's files: the app, the window, and the render-on-demand counters.
#pragma once

#include <memory>
#include <string>

#include "ui/app.h"

struct GLFWwindow;

namespace gp::web {

class WebPlatform;

struct Shell {
  GLFWwindow* window = nullptr;
  std::unique_ptr<WebPlatform> platform;
  std::unique_ptr<ui::App> app;
  float dpr = 1.0f;
  ui::theme::ThemeKind theme = ui::theme::ThemeKind::light;
  float uiScale = 1.0f;          // the person's UI scale the style was built for
  int framesPending = 0;        // frames still to draw after the last input or change
  double renderUntilMs = 0;     // keep drawing until then (tooltips, hover delays)
  double framesRendered = 0;
  double lastFrameMs = 0;       // CPU time of the last frame (UI, then GL submission)
  double peakFrameMs = 0;       // the longest frame since automation last asked
  uint64_t autosavedRevision = 0;
  const gp::SavedText* autosaveText = nullptr;  // the last autosave, while the page copies it out
  std::string autosaveSlice;
  bool planInLibrary = false;   // the open plan has an entry in the library (it was autosaved or came from there)
  std::string nextLibraryKey;   // the library entry the plan being opened comes from ("" for a new one)
  std::string title;
  std::string clipboard;        // ImGui's clipboard, mirrored to and from the OS on copy/paste
  bool copiedThisFrame = false;
};

Shell& shell();

// Ask for frames: after input, async results, or document changes.
void wake(int frames = 4, double forMs = 600);

// Draws one frame now if anything asked for it (or `force`).
void drawFrame(bool force);

// Input events ImGui has received but not applied yet.
int pendingInputEvents();
// Every input has been applied and the frames asked for after it are drawn.
bool idle();

}  // namespace gp::web
