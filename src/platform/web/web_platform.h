// ui::Platform for the browser: every request forwards to the page's JavaScript.
#pragma once

#include "ui/platform.h"

namespace gp::web {

class WebPlatform final : public ui::Platform {
 public:
  void requestOpenFile() override;
  void requestSample() override;
  void saveFile(const std::string& fileName, const std::string& contents, bool saveAs) override;
  void downloadFile(const std::string& fileName, const std::string& mimeType, const std::string& contents) override;
  void requestImportFile(const std::string& kind) override;
  void forgetSaveTarget() override;
  std::string nowIso() override;
  std::string loadSetting(const std::string& key) override;
  void saveSetting(const std::string& key, const std::string& value) override;
  void storeLocalData(const std::string& key, const std::vector<std::string_view>& parts) override;
  void requestLocalData(const std::string& key) override;
  void deleteLocalData(const std::string& key) override;
  void setTheme(ui::theme::ThemeKind kind) override;
  void requestAutosave() override;
  bool keepReplacedPlan() override;
  void requestLibrary() override;
  void libraryAction(const std::string& action, const std::string& key, const std::string& text) override;
  void requestShareLink(const std::string& json, const std::string& passphrase) override;
  void unlockShareLink(const std::string& passphrase) override;
  void cancelShareLink() override;
  std::string pageAddress() override;
  void setTapAction(const std::string& widgetLabel, TapAction action, const std::string& text) override;
  bool canShare() override;
  void openDocument(const std::string& fileName, const std::string& html) override;
  void requestFrameIn(double ms) override;
  void playChime() override;
};

// ISO 8601 UTC for a time in milliseconds since the epoch.
std::string isoFromMilliseconds(double ms);

}  // namespace gp::web
