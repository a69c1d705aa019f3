#include "ui_scale.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>

namespace gp::ui {
namespace {

constexpr float kSteps[] = {0.75f, 0.9f, 1.0f, 1.1f, 1.25f, 1.5f, 1.75f, 2.0f};
constexpr int kDefaultStep = 2;
int current = kDefaultStep;

int nearestStep(float scale) {
  int best = kDefaultStep;
  for (int i = 0; i < static_cast<int>(std::size(kSteps)); ++i)
    if (std::fabs(kSteps[i] - scale) < std::fabs(kSteps[best] - scale)) best = i;
  return best;
}

void choose(Platform& platform, int step) {
  current = step;
  char text[16];
  std::snprintf(text, sizeof text, "%g", kSteps[step]);
  platform.saveSetting("uiScale", text);
}

}  // namespace

float uiScale() { return kSteps[current]; }

void loadUiScale(Platform& platform) {
  const std::string saved = platform.loadSetting("uiScale");
  const float scale = saved.empty() ? 1.0f : std::strtof(saved.c_str(), nullptr);
  current = scale > 0 ? nearestStep(scale) : kDefaultStep;
}

void setUiScale(Platform& platform, float scale) { choose(platform, nearestStep(scale)); }

void stepUiScale(Platform& platform, int direction) {
  const int last = static_cast<int>(std::size(kSteps)) - 1;
  const int step = direction == 0 ? kDefaultStep : current + (direction > 0 ? 1 : -1);
  choose(platform, step < 0 ? 0 : step > last ? last : step);
}

void drawUiScaleMenu(Platform& platform) {
  if (!ImGui::BeginMenu("UI scale")) return;
  for (int i = 0; i < static_cast<int>(std::size(kSteps)); ++i) {
    char label[16];
    std::snprintf(label, sizeof label, "%d%%", static_cast<int>(std::lround(kSteps[i] * 100)));
    const char* shortcut = i == kDefaultStep ? "Ctrl+0" : nullptr;
    if (ImGui::MenuItem(label, shortcut, i == current)) choose(platform, i);
  }
  ImGui::Separator();
  if (ImGui::MenuItem("Larger", "Ctrl++", false, current + 1 < static_cast<int>(std::size(kSteps)))) stepUiScale(platform, 1);
  if (ImGui::MenuItem("Smaller", "Ctrl+-", false, current > 0)) stepUiScale(platform, -1);
  ImGui::EndMenu();
}

}  // namespace gp::ui
