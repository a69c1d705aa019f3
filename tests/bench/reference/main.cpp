// The reference page of the benchmarks (tests/bench/bench.mjs, issue 14): bare Dear ImGui from the
// app's own ImGui sources and backends (GLFW + WebGL2), one window with one text field. The app's
// download size and start-up times are reported as ratios to this page's. Not part of the site.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

namespace {

GLFWwindow* window = nullptr;
char text[256] = "";
bool drawn = false;

void frame() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  ImGui::Begin("Reference");
  ImGui::InputText("Text", text, sizeof text);
  ImGui::End();
  ImGui::Render();
  int width = 0, height = 0;
  glfwGetFramebufferSize(window, &width, &height);
  glViewport(0, 0, width, height);
  glClearColor(0.1f, 0.1f, 0.1f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (!drawn) {
    drawn = true;
    // The same number as the app's window.growthplan.startupMs: navigation start to first drawn frame.
    EM_ASM(window.reference.firstFrame(performance.now()));
  }
}

}  // namespace

int main() {
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  const int width = EM_ASM_INT(return window.innerWidth);
  const int height = EM_ASM_INT(return window.innerHeight);
  window = glfwCreateWindow(width, height, "Reference", nullptr, nullptr);
  if (!window) return 1;
  glfwMakeContextCurrent(window);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplGlfw_InstallEmscriptenCallbacks(window, "#canvas");
  ImGui_ImplOpenGL3_Init("#version 300 es");
  emscripten_set_main_loop(frame, 0, false);
  return 0;
}
