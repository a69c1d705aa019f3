// The web shell: GLFW on a WebGL2 canvas, sized in physical pixels, drawing only on demand.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <cmath>
#include <cstdlib>
#include <cstring>

#include "accessibility_mirror.h"
#include "fonts.h"
#include "item_rects.h"
#include "js_bridge.h"
#include "shell.h"
#include "ui/touch_targets.h"
#include "ui/ui_scale.h"
#include "web_platform.h"

namespace gp::web {

Shell& shell() {
  static Shell s;
  return s;
}

void wake(int frames, double forMs) {
  Shell& s = shell();
  if (s.framesPending < frames) s.framesPending = frames;
  double until = emscripten_get_now() + forMs;
  if (s.renderUntilMs < until) s.renderUntilMs = until;
}

namespace {

int cssWidth = 0, cssHeight = 0;

// Keeps the framebuffer at CSS size × devicePixelRatio. When the ratio (another screen, browser
// zoom) or the person's UI scale changes, only the style is rebuilt: ImGui 1.92 bakes glyphs at
// the new size (style.FontScaleDpi) on demand, so text stays crisp without rebuilding the atlas.
void fitCanvas() {
  Shell& s = shell();
  float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (dpr <= 0) dpr = 1;
  int w = static_cast<int>(gpjs_canvas_css_width());
  int h = static_cast<int>(gpjs_canvas_css_height());
  if (w <= 0 || h <= 0) return;
  const float uiScale = ui::uiScale();
  bool scaleChanged = std::fabs(dpr - s.dpr) > 0.001f || std::fabs(uiScale - s.uiScale) > 0.001f;
  if (w != cssWidth || h != cssHeight || std::fabs(dpr - s.dpr) > 0.001f) {
    cssWidth = w;
    cssHeight = h;
    gpjs_set_canvas_size(static_cast<int>(std::lround(w * dpr)), static_cast<int>(std::lround(h * dpr)));
  }
  if (scaleChanged) {
    s.dpr = dpr;
    s.uiScale = uiScale;
    ui::applyTheme(s.theme, dpr * uiScale);
    if (gpjs_coarse_pointer()) ui::enlargeTouchTargets(dpr * uiScale);
    ImGui::GetStyle().FontScaleDpi = dpr * uiScale;
  }
}

void trackDocument() {
  Shell& s = shell();
  std::string title = pageTitle(s.app->windowTitle());
  if (title != s.title) {
    s.title = title;
    gpjs_set_title(title.c_str());
  }
  if (s.app->revision() != s.autosavedRevision && !s.app->participating()) gpjs_schedule_autosave();
}

void onInput() { wake(); }
void cursorPosCallback(GLFWwindow*, double, double) { onInput(); }
void mouseButtonCallback(GLFWwindow*, int, int, int) { onInput(); }
void scrollCallback(GLFWwindow*, double, double) { onInput(); }
void keyCallback(GLFWwindow*, int, int, int, int) { onInput(); }
void focusCallback(GLFWwindow*, int) { onInput(); }
void cursorEnterCallback(GLFWwindow*, int) { onInput(); }

// ImGui 1.92's GLFW backend drops GLFW's scroll events on emscripten and expects its own wheel
// listener (ImGui_ImplGlfw_InstallEmscriptenCallbacks), which would also size the canvas in CSS
// pixels; so the shell listens itself, with the same steps (100 pixels or 3 lines a step).
EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void*) {
  const float perStep = e->deltaMode == DOM_DELTA_PIXEL ? 100.0f : e->deltaMode == DOM_DELTA_LINE ? 3.0f : 1.0f / 80.0f;
  ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-e->deltaX) / perStep, static_cast<float>(-e->deltaY) / perStep);
  onInput();
  return EM_TRUE;
}

EM_BOOL onResize(int, const EmscriptenUiEvent*, void*) {
  wake();
  return EM_FALSE;
}

// ImGui tells where the text caret is; the page keeps its hidden text field there (IME popups).
void setImeData(ImGuiContext*, ImGuiViewport*, ImGuiPlatformImeData* data) {
  Shell& s = shell();
  float dpr = s.dpr > 0 ? s.dpr : 1.0f;
  gpjs_text_input(data->WantVisible ? 1 : 0, data->InputPos.x / dpr, data->InputPos.y / dpr, data->InputLineHeight / dpr);
}

// Typed characters come from the page's text field (see setImeData), not GLFW's keypress, which
// drops composed characters; so this replaces the backend's char callback.
void ignoreGlfwChars(GLFWwindow*, unsigned int) { onInput(); }

const char* getClipboard(ImGuiContext*) { return shell().clipboard.c_str(); }
void setClipboard(ImGuiContext*, const char* text) {
  Shell& s = shell();
  s.clipboard = text ? text : "";
  s.copiedThisFrame = true;
  gpjs_write_clipboard(s.clipboard.c_str());
}

void restoreAutosave() {
  Shell& s = shell();
  char* fileName = nullptr;
  int unsaved = 0;
  char* json = gpjs_take_autosave(&fileName, &unsaved);
  if (json) {
    ui::OpenOutcome outcome = s.app->restore(json, fileName ? fileName : "", unsaved != 0);
    s.planInLibrary = outcome.ok;
    if (!outcome.ok) {
      gpjs_quarantine_autosave(outcome.error.c_str());
      s.app->showError("Your autosaved plan could not be restored (" + outcome.error +
                       "). It is kept in the Library, listed as damaged; a new plan was started.");
    }
  }
  std::free(json);
  std::free(fileName);
  s.autosavedRevision = s.app->revision();
}

void tick() { drawFrame(false); }

// One frame of UI logic: input in, app drawn into ImGui's draw lists, item rectangles published.
void runUiFrame() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  beginAccessibleFrame();
  shell().app->draw();
  ImGui::Render();
  publishItemRects();
  publishTextFieldRects(shell().dpr);
}

// ImGui takes in about two frames per keystroke (key down, text, key up). When the browser gives
// few frames (software rendering, a busy machine), keys pile up and typed text reaches the
// document, and so the autosave, late. Queued input is taken in with extra frames that are not drawn.
constexpr int kMaxCatchUpFrames = 24;

}  // namespace

void drawFrame(bool force) {
  Shell& s = shell();
  double now = emscripten_get_now();
  if (!force && s.framesPending <= 0 && now >= s.renderUntilMs) return;
  fitCanvas();
  const double frameStart = emscripten_get_now();
  uint64_t revisionBefore = s.app->revision();

  runUiFrame();
  for (int i = 0; i < kMaxCatchUpFrames && !ImGui::GetCurrentContext()->InputEventsQueue.empty(); ++i) runUiFrame();

  int fbWidth = 0, fbHeight = 0;
  glfwGetFramebufferSize(s.window, &fbWidth, &fbHeight);
  glViewport(0, 0, fbWidth, fbHeight);
  ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(clear.x, clear.y, clear.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  s.lastFrameMs = emscripten_get_now() - frameStart;
  if (s.lastFrameMs > s.peakFrameMs) s.peakFrameMs = s.lastFrameMs;

  if (s.framesRendered == 0) gpjs_first_frame();
  s.framesRendered += 1;
  if (s.framesPending > 0) s.framesPending -= 1;
  // A change made this frame (or a popup that opened) needs the next frames to settle. ImGui
  // applies fast input a step per frame (a key, then its character, then a click...): keep
  // drawing until its queue is empty, or a typed burst and the click after it wait for the next event.
  if (s.app->revision() != revisionBefore || pendingInputEvents() > 0 || s.app->busy()) wake();
  publishAccessibility();
  trackDocument();
}

int pendingInputEvents() { return ImGui::GetCurrentContext() ? ImGui::GetCurrentContext()->InputEventsQueue.Size : 0; }

bool idle() { return shell().framesPending <= 0 && pendingInputEvents() == 0; }

}  // namespace gp::web

int main() {
  using namespace gp::web;
  Shell& s = shell();
  if (!glfwInit()) {
    gpjs_report_error("This browser could not start the app (GLFW failed to initialise).");
    return 1;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  // Start-up waits while the GPU process makes the context's drawing buffer (issue 14), so it is
  // made small and plain: ImGui needs no depth, stencil nor alpha, and the first frame sizes the
  // buffer to the window (fitCanvas), which the GPU process does while the page goes on.
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  glfwWindowHint(GLFW_ALPHA_BITS, 0);
  s.window = glfwCreateWindow(1, 1, "Growth Plan Studio", nullptr, nullptr);
  if (!s.window) {
    gpjs_report_error("This browser could not create a WebGL 2 context. Try an up-to-date Chrome, Edge, Firefox or Safari.");
    return 1;
  }
  glfwMakeContextCurrent(s.window);
  gpjs_gl_context_made();

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep rendering frames forever
  // ImGui 1.92 shows recoverable API misuse as a developer overlay over the app: never to users.
  io.ConfigErrorRecoveryEnableTooltip = false;
  ImGui::GetCurrentContext()->TestEngineHookItems = true;

  // Ours first: ImGui's GLFW backend chains to callbacks installed before it.
  glfwSetCursorPosCallback(s.window, cursorPosCallback);
  glfwSetMouseButtonCallback(s.window, mouseButtonCallback);
  glfwSetScrollCallback(s.window, scrollCallback);
  glfwSetKeyCallback(s.window, keyCallback);
  glfwSetWindowFocusCallback(s.window, focusCallback);
  glfwSetCursorEnterCallback(s.window, cursorEnterCallback);
  ImGui_ImplGlfw_InitForOpenGL(s.window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  glfwSetCharCallback(s.window, ignoreGlfwChars);
  ImGuiPlatformIO& platformIo = ImGui::GetPlatformIO();
  platformIo.Platform_SetImeDataFn = setImeData;
  platformIo.Platform_SetClipboardTextFn = setClipboard;
  platformIo.Platform_GetClipboardTextFn = getClipboard;
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, false, onResize);
  emscripten_set_wheel_callback("#canvas", nullptr, false, onWheel);

  s.platform = std::make_unique<WebPlatform>();
  uint64_t seed = static_cast<uint64_t>(emscripten_date_now() * 1000.0) ^
                  (static_cast<uint64_t>(emscripten_random() * 4294967296.0) << 20);
  s.app = std::make_unique<gp::ui::App>(*s.platform, seed);
  s.theme = s.app->theme();
  gpjs_set_dark(gp::ui::theme::paletteColors(s.theme).dark ? 1 : 0);
  s.app->setFonts(buildFonts());
  s.dpr = 0;  // forces the style to be built for the real ratio on the first frame
  // A participant's page shows only the diagnostic form: the plan stored in this browser (maybe
  // the person's own) is neither restored nor overwritten.
  char* invitation = gpjs_take_invitation();
  if (invitation && *invitation) s.app->joinDiagnostic(invitation);
  else restoreAutosave();
  std::free(invitation);

  // The frames ImGui needs to lay out the first view (windows fit their content on the next
  // frame), not the time-based frames input gets: nothing moves until something happens.
  wake(4, 0);
  emscripten_set_main_loop(tick, 0, false);
  return 0;
}
