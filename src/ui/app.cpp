// The application frame: menu bar, sidebar navigation, notices, modals and keyboard shortcuts
// around the views in kViews. Platform-free: everything outside goes through Platform.
#include "app.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <utility>

#include "app_state.h"
#include "core/format.h"
#include "core/plan_merge.h"
#include "share_dialogs.h"
#include "theme.h"
#include "views/views.h"
#include "widgets.h"

namespace gp::ui {

namespace {

// GLFW key codes (kept as plain ints so the UI does not depend on GLFW).
constexpr int kGlfwKeyO = 79, kGlfwKeyS = 83, kGlfwKeyY = 89, kGlfwKeyZ = 90;

// The views, in navigation order. Adding a view: write views/<name>_view.cpp, declare its factory
// in views/views.h and add it here.
std::vector<std::unique_ptr<View>> makeViews() {
  std::vector<std::unique_ptr<View>> views;
  views.push_back(makeOverviewView());
  views.push_back(makeDashboardView());
  views.push_back(makeGrowthView());
  views.push_back(makeSlaView());
  views.push_back(makeCampaignsView());
  views.push_back(makeGlossaryView());
  views.push_back(makeLanguageCheckView());
  views.push_back(makeReviewView());
  views.push_back(makeConflictsView());
  return views;
}

// Lets go of the text field being edited without ImGui writing its text back on the next frame
// (InputText re-applies a field's last text when it is deactivated from outside): after an undo
// the field must show the document's value.
void releaseActiveField() {
  ImGuiContext* context = ImGui::GetCurrentContext();
  if (!context) return;
  ImGui::ClearActiveID();
  context->InputTextDeactivatedState.ID = 0;
}

constexpr const char* kAppName = "Growth Plan Studio";
// Views that navigation helpers open (their title()).
constexpr const char* kGlossaryTitle = "Glossary";
constexpr const char* kOverviewTitle = "Plan overview";
constexpr const char* kReviewTitle = "Review";
constexpr const char* kReplacePopup = "##replace-plan";
constexpr double kToastSeconds = 4.0;
constexpr double kUndoToastSeconds = 12.0;
constexpr double kCheapCheckMs = 8.0;  // a language check this fast reruns on every keystroke

// "FY2027 Joint Growth Plan" → "fy2027-joint-growth-plan"; keeps letters beyond ASCII as they are.
std::string slugify(std::string_view text) {
  std::string out;
  bool dash = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      // General punctuation (U+2000–U+206F: dashes, quotes, bullets) separates words.
      if (c == 0xE2 && i + 2 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xFE) == 0x80) {
        dash = !out.empty();
        i += 2;
        continue;
      }
      if (dash) out += '-';
      dash = false;
      out += static_cast<char>(c);
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
      if (dash) out += '-';
      dash = false;
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else {
      dash = !out.empty();
    }
  }
  if (out.size() > 80) out.resize(80);
  while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();  // cut mid-character
  while (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
  return out;
}

ImVec4 noticeColor(Notice::Kind kind) {
  const theme::Palette& p = theme::palette();
  switch (kind) {
    case Notice::Kind::error: return p.danger;
    case Notice::Kind::success: return p.success;
    case Notice::Kind::info: break;
  }
  return p.accent;
}

}  // namespace

struct App::State final : UiContext {
  State(Platform& platform, uint64_t idSeed)
      : platform_(platform),
        ids_(idSeed ^ 0x5DEECE66DULL),
        history_(Document{}, idSeed),
        views_(makeViews()) {
    me_.name = platform.loadSetting("person");
    me_.team = teamFromName(platform.loadSetting("team"));
    recent_ = parseRecentIdentities(platform.loadSetting("recent-people"));
    if (!me_.complete()) identityDialog_.open(me_, true);
    dark_ = platform.loadSetting("theme") == "dark";
    // This session's name in the plan's version clocks (sync_state.h): one per tab, so two tabs
    // of one browser never claim the same write.
    replica_ = ids_.next();
    history_.reset(newDocument(ids_, edit()));
    savedRevision_ = history_.revision();
    markStamped();
  }

  // ---- UiContext ----
  History& history() override { return history_; }
  Platform& platform() override { return platform_; }
  const Fonts& fonts() const override { return fonts_; }
  EditContext edit() override {
    return EditContext{me_.name.empty() ? std::string("Someone") : me_.name, platform_.nowIso(), me_.team};
  }
  const Identity& me() const override { return me_; }
  void askWhoIsEditing() override { identityDialog_.open(me_, !me_.complete()); }
  void shareAsLink() override { share_.openCreate(); }

  void setIdentity(const Identity& identity) {
    stampEdits();  // what the previous person typed is recorded as theirs
    const bool switched = me_.complete() && identity.name != me_.name;
    me_ = identity;
    rememberIdentity(recent_, identity);
    platform_.saveSetting("person", identity.name);
    platform_.saveSetting("team", teamName(*identity.team));
    platform_.saveSetting("recent-people", recentIdentitiesSetting(recent_));
    history_.seal();  // the next person's typing is their own undo step
    notify(Notice::Kind::success, (switched ? "Now editing: " : "Editing as ") + identity.label(), kToastSeconds);
  }

  // People to offer in "Who is editing?": this browser's recent ones, then the plan's people.
  std::vector<Identity> identitySuggestions() const {
    std::vector<Identity> list;
    const auto known = [&](const std::string& name) {
      return std::any_of(list.begin(), list.end(), [&](const Identity& i) { return i.name == name; });
    };
    for (const auto& identity : recent_)
      if (!known(identity.name)) list.push_back(identity);
    for (const auto& person : history_.doc().people)
      if (!person.name.empty() && !known(person.name) && list.size() < 6) list.push_back(Identity{person.name, person.team});
    if (list.size() > 6) list.resize(6);
    return list;
  }

  void notify(Notice::Kind kind, std::string text, double seconds = 0) override {
    // The same message twice shows once (e.g. a person retrying a broken file).
    notices_.erase(std::remove_if(notices_.begin(), notices_.end(), [&](const Shown& s) { return s.notice.text == text; }),
                   notices_.end());
    Shown shown;
    shown.id = ++nextNoticeId_;
    shown.notice = Notice{kind, std::move(text)};
    shown.seconds = seconds;
    notices_.push_back(std::move(shown));
  }

  void notifyUndoable(std::string text) override {
    std::erase_if(notices_, [](const Shown& s) { return s.undoRevision.has_value(); });
    notify(Notice::Kind::info, std::move(text), kUndoToastSeconds);
    notices_.back().undoRevision = history_.revision();
  }

  bool navigate(std::string_view viewTitle) override {
    for (size_t i = 0; i < views_.size(); ++i) {
      if (viewTitle != views_[i]->title()) continue;
      if (i != currentView_) history_.seal();
      currentView_ = i;
      return true;
    }
    return false;
  }
  void showTerm(const std::string& termId) override {
    termToShow_ = termId;
    navigate(kGlossaryTitle);
  }
  void showSection(const std::string& sectionId) override {
    sectionToShow_ = sectionId;
    navigate(kOverviewTitle);
  }
  std::optional<std::string> takeTermToShow() override { return std::exchange(termToShow_, std::nullopt); }
  std::optional<std::string> takeSectionToShow() override { return std::exchange(sectionToShow_, std::nullopt); }
  void showComments(const std::string& target) override {
    commentsToShow_ = target;
    navigate(kReviewTitle);
  }
  std::optional<std::string> takeCommentsToShow() override { return std::exchange(commentsToShow_, std::nullopt); }

  const std::vector<LanguageIssue>& languageIssues() override {
    // A check that costs more than a few milliseconds (thousands of terms) waits while a field
    // is being typed in, so every keystroke stays smooth; it runs when the field lets go.
    const bool typing = ImGui::GetActiveID() != 0 && ImGui::GetIO().WantTextInput;
    if (issuesRevision_ != history_.revision() && (!issuesRevision_ || !typing || issuesCheckMs_ < kCheapCheckMs)) {
      const auto start = std::chrono::steady_clock::now();
      issues_ = runLanguageCheck(history_.doc());
      issuesCheckMs_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
      issuesRevision_ = history_.revision();
    }
    return issues_;
  }

  std::string fileStem() const override {
    std::string name = suggestedFileName();
    if (name.size() > 5 && name.ends_with(".json")) name.resize(name.size() - 5);
    return name;
  }

  std::optional<ImportedFile> takeImportedFile(std::string_view kind) override {
    if (!imported_ || imported_->kind != kind) return std::nullopt;
    return std::exchange(imported_, std::nullopt);
  }

  // ---- Document life cycle ----
  bool unsaved() const { return !savedRevision_ || *savedRevision_ != history_.revision(); }

  void replaceWith(Document doc, const std::string& fileName) {
    releaseActiveField();  // a field being edited must not write into the new plan
    history_.reset(std::move(doc));
    markStamped();
    platform_.forgetSaveTarget();
    fileName_ = fileName;
    savedRevision_ = history_.revision();
    pending_.reset();
    std::erase_if(notices_, [](const Shown& s) { return s.notice.kind == Notice::Kind::error || s.undoRevision; });
  }

  OpenOutcome open(std::string_view text, const std::string& fileName, bool ask) {
    LoadResult result = loadDocument(text);
    if (auto* error = std::get_if<LoadError>(&result)) {
      const std::string what = fileName.empty() ? std::string("the file") : fileName;
      notify(Notice::Kind::error, "Could not open " + what + ": " + error->message);
      return OpenOutcome{false, error->message};
    }
    Document doc = std::get<Document>(std::move(result));
    if (ask && unsaved()) {
      pending_ = Pending{std::move(doc), fileName, false};
      openReplacePopup_ = true;
      return OpenOutcome{true, {}};
    }
    replaceWith(std::move(doc), fileName);
    if (!fileName.empty()) notify(Notice::Kind::success, "Opened " + fileName, kToastSeconds);
    return OpenOutcome{true, {}};
  }

  void newPlan() {
    Document doc = newDocument(ids_, edit());
    if (unsaved()) {
      pending_ = Pending{std::move(doc), {}, true};
      openReplacePopup_ = true;
      return;
    }
    replaceWith(std::move(doc), {});
  }

  std::string suggestedFileName() const {
    if (!fileName_.empty()) return fileName_;
    std::string slug = slugify(history_.doc().plan.title);
    if (slug.empty()) slug = slugify(history_.doc().plan.company);
    if (slug.empty()) slug = "growth-plan";
    return slug + ".json";
  }

  // Version information for merging: what changed since the last record, as this browser's write.
  // Runs before anything leaves the app (save, autosave, merge), not per keystroke.
  void stampEdits() {
    if (stampedRevision_ == history_.revision()) return;
    Document current = history_.doc();
    // Undo and redo of a whole-plan step (a merge) bring back an older clock; this tab's counter
    // must still only grow, or one write name could stand for two different writes.
    const auto own = current.sync.clock.find(replica_);
    if (replicaCounter_ > (own == current.sync.clock.end() ? 0 : own->second)) current.sync.clock[replica_] = replicaCounter_;
    const WriteAuthor author{me_.name.empty() ? std::string("Someone") : me_.name, platform_.nowIso(),
                             me_.team ? teamName(*me_.team) : ""};
    recordEdits(stamped_, current, replica_, &author);
    if (const auto counter = current.sync.clock.find(replica_); counter != current.sync.clock.end())
      replicaCounter_ = std::max(replicaCounter_, counter->second);
    if (!(current.sync == history_.doc().sync)) history_.setSync(std::move(current.sync));
    markStamped();
  }
  void markStamped() {
    stamped_ = history_.doc();
    stampedRevision_ = history_.revision();
  }

  void mergeCopy(std::string_view text, const std::string& fileName) {
    const std::string what = fileName.empty() ? std::string("the copy") : fileName;
    LoadResult loaded = loadDocument(text);
    if (auto* error = std::get_if<LoadError>(&loaded)) {
      notify(Notice::Kind::error, "Could not merge " + what + ": " + error->message);
      return;
    }
    mergeDocument(std::get<Document>(loaded), what);
  }

  void mergeDocument(const Document& theirs, const std::string& what) {
    stampEdits();
    PlanMergeResult result = mergeCopies(history_.doc(), theirs);
    if (auto* refusal = std::get_if<MergeRefusal>(&result)) {
      notify(Notice::Kind::error, "Could not merge " + what + ": " + refusal->message);
      return;
    }
    PlanMerge merged = std::get<PlanMerge>(std::move(result));
    if (sameContent(merged.doc, history_.doc())) {
      history_.setSync(std::move(merged.doc.sync));
      markStamped();
      notify(Notice::Kind::info, "Nothing new in " + what + ": the plan already has all of it", kToastSeconds);
      return;
    }
    const size_t conflicts = merged.doc.conflicts.size();
    releaseActiveField();
    history_.seal();
    history_.replaceDocument(std::move(merged.doc), "Merge " + what);
    markStamped();
    std::string message = "Merged " + what + ":";
    if (merged.takenFromTheirs)
      message += " " + std::to_string(merged.takenFromTheirs) + (merged.takenFromTheirs == 1 ? " change" : " changes") + " taken";
    if (merged.takenFromTheirs && conflicts) message += ",";
    if (conflicts) message += " " + std::to_string(conflicts) + (conflicts == 1 ? " conflict" : " conflicts") + " to settle";
    notify(Notice::Kind::success, message, kToastSeconds * 2);
    if (conflicts) navigate("Conflicts");
  }

  static bool sameContent(Document a, Document b) {
    a.sync = {};
    b.sync = {};
    return a == b;
  }

  // Another tab of this browser autosaved: take its changes in, so both tabs show one plan.
  void mergeOtherTab(std::string_view text) {
    LoadResult loaded = loadDocument(text);
    if (!std::holds_alternative<Document>(loaded)) return;  // its own tab reports its problems
    const Document& theirs = std::get<Document>(loaded);
    stampEdits();
    if (theirs.plan.meta.id != history_.doc().plan.meta.id) {
      const std::string name = theirs.plan.title.empty() ? std::string("another plan") : "\xE2\x80\x9C" + theirs.plan.title + "\xE2\x80\x9D";
      notify(Notice::Kind::error, "Another tab is working on " + name + ", and this browser keeps one autosaved plan. "
                                  "Save this plan to a file (File \xE2\x80\xBA Save) so that neither is lost.");
      return;
    }
    PlanMergeResult result = mergeCopies(history_.doc(), theirs);
    if (!std::holds_alternative<PlanMerge>(result)) return;
    PlanMerge merged = std::get<PlanMerge>(std::move(result));
    // This tab has changes the other lacks: autosave so that it takes them in turn.
    if (!sameContent(merged.doc, theirs)) platform_.requestAutosave();
    if (sameContent(merged.doc, history_.doc())) {
      history_.setSync(std::move(merged.doc.sync));  // only what each tab has seen changed
      markStamped();
      return;
    }
    const size_t newConflicts = merged.newConflicts;
    if (!ImGui::GetIO().WantTextInput) releaseActiveField();
    history_.seal();
    history_.replaceDocument(std::move(merged.doc), "Changes from another tab");
    markStamped();
    notify(Notice::Kind::info, newConflicts ? "Changes from another tab arrived, with conflicts to settle"
                                            : "Changes from another tab arrived", kToastSeconds);
    if (newConflicts) navigate("Conflicts");
  }

  // ---- Share links ----
  void createShareLink(const std::string& passphrase) {
    stampEdits();
    platform_.requestShareLink(saveDocument(history_.doc()), passphrase);
  }

  void receiveSharedPlan(std::string_view text) {
    LoadResult loaded = loadDocument(text);
    if (auto* error = std::get_if<LoadError>(&loaded)) {
      notify(Notice::Kind::error, "Could not open the shared plan: " + error->message);
      return;
    }
    share_.offer(std::get<Document>(std::move(loaded)));
  }

  // The shared plan replaces the open one as one undo step: local work stays one Undo away.
  void openSharedCopy(Document shared) {
    releaseActiveField();
    history_.seal();
    const std::string title = shared.plan.title.empty() ? std::string("shared plan") : shared.plan.title;
    history_.replaceDocument(std::move(shared), "Open shared plan");
    markStamped();
    platform_.forgetSaveTarget();
    fileName_.clear();
    savedRevision_.reset();  // not in any file yet
    notifyUndoable("Opened \xE2\x80\x9C" + title + "\xE2\x80\x9D from the link. Undo brings your previous plan back.");
  }

  void save(bool saveAs) {
    stampEdits();
    history_.seal();
    pendingSaveRevision_ = history_.revision();
    platform_.saveFile(suggestedFileName(), saveDocument(history_.doc()), saveAs);
  }

  void undo() {
    if (!history_.canUndo()) return;
    releaseActiveField();  // one history: a focused field lets go first, then shows the result
    history_.seal();
    history_.undo();
  }

  void redo() {
    if (!history_.canRedo()) return;
    releaseActiveField();
    history_.seal();
    history_.redo();
  }

  void toggleTheme() { themeToggleRequested_ = true; }

  // ---- Frame ----
  void draw();
  void handleShortcuts();
  void drawMenuBar();
  void drawSidebar();
  void drawContent();
  void drawBanners();
  void drawToasts();
  void drawReplaceModal();

  Platform& platform_;
  IdGenerator ids_;
  History history_;
  std::vector<std::unique_ptr<View>> views_;
  Fonts fonts_;
  Identity me_;
  std::vector<Identity> recent_;
  IdentityDialog identityDialog_;
  ShareDialogs share_;
  bool dark_ = false;
  bool themeToggleRequested_ = false;
  size_t currentView_ = 0;

  std::string fileName_;
  std::string replica_;
  uint64_t replicaCounter_ = 0;    // highest write counter this tab used
  Document stamped_;               // the plan as last recorded in its version clocks
  uint64_t stampedRevision_ = 0;
  std::optional<uint64_t> savedRevision_;  // none: unsaved whatever the revision (restored work)
  std::optional<uint64_t> pendingSaveRevision_;

  struct Shown {
    uint64_t id = 0;
    Notice notice;
    double seconds = 0;       // transient when > 0, counted from when it is first drawn
    double shownAt = -1;      // ImGui time of first display
    std::optional<uint64_t> undoRevision;  // offers Undo while the document is at this revision
  };
  std::vector<Shown> notices_;
  uint64_t nextNoticeId_ = 0;

  std::optional<std::string> termToShow_, sectionToShow_, commentsToShow_;
  std::optional<ImportedFile> imported_;
  std::vector<LanguageIssue> issues_;
  std::optional<uint64_t> issuesRevision_;
  double issuesCheckMs_ = 0;  // how long the last language check took

  struct Pending {
    Document doc;
    std::string fileName;
    bool isNew = false;
  };
  std::optional<Pending> pending_;
  bool openReplacePopup_ = false;
};

// ---- Frame ------------------------------------------------------------------------------------

void App::State::draw() {
  if (themeToggleRequested_) {
    themeToggleRequested_ = false;
    dark_ = !dark_;
    platform_.saveSetting("theme", dark_ ? "dark" : "light");
    platform_.setDarkTheme(dark_);  // the shell rebuilds the style at its pixel ratio
  }
  setWidgetFonts(fonts_);

  // Expire transient notices and undo offers that no longer apply.
  const double now = ImGui::GetTime();
  std::erase_if(notices_, [&](const Shown& s) {
    if (s.undoRevision && *s.undoRevision != history_.revision()) return true;
    return s.seconds > 0 && s.shownAt >= 0 && now - s.shownAt > s.seconds;
  });

  handleShortcuts();

  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12 * s, 10 * s));  // a taller menu bar
  ImGui::PushFont(fonts_.body);
  ImGui::Begin("Growth Plan Studio##main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar(4);

  drawMenuBar();
  drawSidebar();
  ImGui::SameLine(0, 0);
  drawContent();
  drawReplaceModal();
  if (!pending_)
    if (auto chosen = identityDialog_.draw(identitySuggestions())) setIdentity(*chosen);
  if (!pending_ && !identityDialog_.isOpen()) {
    ShareDialogs::Actions actions = share_.draw(history_.doc());
    if (actions.createWithPassphrase) createShareLink(*actions.createWithPassphrase);
    if (actions.unlockWith) platform_.unlockShareLink(*actions.unlockWith);
    if (actions.cancelUnlock) platform_.cancelShareLink();
    if (actions.openAsCopy) openSharedCopy(std::move(*actions.openAsCopy));
    if (actions.mergeIn) mergeDocument(*actions.mergeIn, "the shared plan");
  }

  // A thin line under the menu bar.
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImRect bar = window->MenuBarRect();
  window->DrawList->AddLine(ImVec2(bar.Min.x, bar.Max.y - 1), ImVec2(bar.Max.x, bar.Max.y - 1), theme::u32(p.cardBorder));

  ImGui::End();
  drawToasts();
  ImGui::PopFont();
}

void App::State::handleShortcuts() {
  const ImGuiIO& io = ImGui::GetIO();
  if (pending_ || identityDialog_.isOpen() || share_.isOpen()) return;  // the modal asks first
  const bool ctrl = (io.KeyCtrl || io.KeySuper) && !io.KeyAlt;
  if (ctrl) {
    if (ImGui::IsKeyPressed(ImGuiKey_O, false)) platform_.requestOpenFile();
    if (ImGui::IsKeyPressed(ImGuiKey_S, false)) save(io.KeyShift);
    if (ImGui::IsKeyPressed(ImGuiKey_Z, true)) {
      if (io.KeyShift) redo();
      else undo();
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Y, true)) redo();
  }
  if (io.KeyAlt && !io.KeyCtrl && !io.KeySuper && ImGui::IsKeyPressed(ImGuiKey_N, false)) newPlan();
}

void App::State::drawMenuBar() {
  if (!ImGui::BeginMenuBar()) return;
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(10 * s, 6 * s));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8 * s, 8 * s));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(12 * s, 10 * s));

  // Brand, aligned with the sidebar.
  {
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 6 * s);
    const float mark = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float top = at.y + (ImGui::GetFrameHeight() - mark) * 0.5f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(at.x, top), ImVec2(at.x + mark, top + mark), theme::u32(p.accent), 5 * s);
    dl->AddRectFilled(ImVec2(at.x + mark * 0.25f, top + mark * 0.55f), ImVec2(at.x + mark * 0.4f, top + mark * 0.78f),
                      theme::u32(p.accentText));
    dl->AddRectFilled(ImVec2(at.x + mark * 0.45f, top + mark * 0.4f), ImVec2(at.x + mark * 0.6f, top + mark * 0.78f),
                      theme::u32(p.accentText));
    dl->AddRectFilled(ImVec2(at.x + mark * 0.65f, top + mark * 0.22f), ImVec2(at.x + mark * 0.8f, top + mark * 0.78f),
                      theme::u32(p.accentText));
    ImGui::Dummy(ImVec2(mark, ImGui::GetFrameHeight()));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(kAppName);
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), 232 * s));
  }

  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem("New plan", "Alt+N")) newPlan();
    if (ImGui::MenuItem("Open\xE2\x80\xA6", "Ctrl+O")) platform_.requestOpenFile();
    if (ImGui::MenuItem("Open sample plan")) platform_.requestSample();
    ImGui::Separator();
    if (ImGui::MenuItem("Save", "Ctrl+S")) save(false);
    if (ImGui::MenuItem("Save As\xE2\x80\xA6", "Ctrl+Shift+S")) save(true);
    ImGui::Separator();
    if (ImGui::MenuItem("Merge a colleague's copy\xE2\x80\xA6")) platform_.requestImportFile("plan-merge");
    if (ImGui::MenuItem("Copy share link\xE2\x80\xA6")) shareAsLink();
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Edit")) {
    const std::string undoText = history_.canUndo() ? "Undo " + history_.undoLabel() + "###undo" : std::string("Undo###undo");
    const std::string redoText = history_.canRedo() ? "Redo " + history_.redoLabel() + "###redo" : std::string("Redo###redo");
    if (ImGui::MenuItem(undoText.c_str(), "Ctrl+Z", false, history_.canUndo())) undo();
    if (ImGui::MenuItem(redoText.c_str(), "Ctrl+Y", false, history_.canRedo())) redo();
    ImGui::Separator();
    if (ImGui::MenuItem("Switch person\xE2\x80\xA6")) askWhoIsEditing();
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    for (size_t i = 0; i < views_.size(); ++i)
      if (ImGui::MenuItem(views_[i]->title(), nullptr, currentView_ == i)) currentView_ = i;
    ImGui::Separator();
    if (ImGui::MenuItem("Dark theme", nullptr, dark_)) toggleTheme();
    ImGui::EndMenu();
  }

  // Right side: who is editing, the file name and whether the work is saved.
  const char* status = unsaved() ? "Unsaved changes" : fileName_.empty() ? "New plan" : "Saved";
  const ImVec4 statusColor = unsaved() ? p.warning : fileName_.empty() ? p.textMuted : p.success;
  const std::string name = fileName_.empty() ? std::string("Not saved to a file yet") : fileName_;
  const std::string who = me_.complete() ? me_.label() : std::string("Who is editing?");
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float whoW = ImGui::CalcTextSize(who.c_str()).x + ImGui::GetTextLineHeight() + 2 * ImGui::GetStyle().FramePadding.x;
  const float nameW = ImGui::CalcTextSize(name.c_str()).x;
  const float pillW = pillSize(status).x;
  const float right = ImGui::GetWindowContentRegionMax().x - 16 * s;
  float x = right - pillW - nameW - spacing;
  const bool showWho = x - whoW - 2 * spacing > ImGui::GetCursorPosX();
  if (showWho) x -= whoW + 2 * spacing;
  if (x > ImGui::GetCursorPosX()) {
    ImGui::SetCursorPosX(x);
    if (showWho) {
      // A button with the team's dot: click to pass the laptop to someone else.
      const ImVec2 at = ImGui::GetCursorScreenPos();
      ImGui::PushStyleColor(ImGuiCol_Button, p.fieldBg);
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.fieldBgHover);
      if (ImGui::Button("##who-is-editing", ImVec2(whoW, 0))) askWhoIsEditing();
      ImGui::PopStyleColor(2);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Editing as %s. Click to switch person.", who.c_str());
      const float r = ImGui::GetTextLineHeight() * 0.22f;
      const float padX = ImGui::GetStyle().FramePadding.x;
      const float midY = at.y + ImGui::GetFrameHeight() * 0.5f;
      ImDrawList* dl = ImGui::GetWindowDrawList();
      dl->AddCircleFilled(ImVec2(at.x + padX + r + 2 * s, midY), r,
                          theme::u32(me_.team ? theme::teamColor(*me_.team) : p.textMuted));
      dl->AddText(ImVec2(at.x + padX + ImGui::GetTextLineHeight(), midY - ImGui::GetTextLineHeight() * 0.5f),
                  theme::u32(p.text), who.c_str());
      ImGui::SameLine(0, 2 * spacing);
    }
    ImGui::PushStyleColor(ImGuiCol_Text, p.textMuted);
    ImGui::TextUnformatted(name.c_str());
    ImGui::PopStyleColor();
    pill(status, statusColor);
  }

  ImGui::PopStyleVar(3);
  ImGui::EndMenuBar();
}

void App::State::drawSidebar() {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const float width = 220 * s;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, p.sidebarBg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * s, 18 * s));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0.0f);
  ImGui::BeginChild("##sidebar", ImVec2(width, 0), ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();

  ImGuiWindow* window = ImGui::GetCurrentWindow();
  window->DrawList->AddLine(ImVec2(window->Rect().Max.x - 1, window->Rect().Min.y),
                            ImVec2(window->Rect().Max.x - 1, window->Rect().Max.y), theme::u32(p.cardBorder));

  caption("VIEWS");
  ImGui::Spacing();
  const float itemH = ImGui::GetTextLineHeight() + 22 * s;
  for (size_t i = 0; i < views_.size(); ++i) {
    View& view = *views_[i];
    const bool selected = currentView_ == i;
    // The Selectable's own text is hidden: we draw it with padding, an accent bar and a badge.
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 8 * s);
    if (ImGui::Selectable(view.title(), selected, 0, ImVec2(0, itemH))) currentView_ = i;
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (selected)
      dl->AddRectFilled(ImVec2(min.x, min.y + 8 * s), ImVec2(min.x + 3 * s, max.y - 8 * s), theme::u32(p.accent), 2 * s);
    const float textY = std::floor((min.y + max.y - ImGui::GetTextLineHeight()) * 0.5f);
    dl->AddText(ImVec2(min.x + 14 * s, textY), theme::u32(selected ? p.accent : p.text), view.title());
    bool alert = false;
    const int badge = view.navigationBadge(*this, alert);
    if (badge >= 0) {
      const std::string count = std::to_string(badge);
      const ImVec2 size = pillSize(count.c_str());
      drawPill(dl, ImVec2(max.x - size.x - 8 * s, std::floor((min.y + max.y - size.y) * 0.5f)), count.c_str(),
               alert && badge > 0 ? p.warning : selected ? p.accent : p.textMuted);
    }
  }

  // Theme switch at the bottom.
  const float bottom = ImGui::GetWindowHeight() - ImGui::GetFrameHeight() - 18 * s;
  if (ImGui::GetCursorPosY() < bottom) ImGui::SetCursorPosY(bottom);
  if (button(dark_ ? "Light theme" : "Dark theme", "##theme-toggle", ButtonKind::subtle)) toggleTheme();
  ImGui::EndChild();
}

void App::State::drawContent() {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::BeginChild("##content", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  drawBanners();
  if (currentView_ >= views_.size()) currentView_ = 0;
  ImGui::PushID(views_[currentView_]->title());
  views_[currentView_]->draw(*this);
  ImGui::PopID();
  ImGui::EndChild();
}

// Errors stay at the top of the content until dismissed.
void App::State::drawBanners() {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const ImGuiStyle& style = ImGui::GetStyle();
  bool any = false;
  uint64_t dismiss = 0;
  for (Shown& shown : notices_) {
    if (shown.notice.kind != Notice::Kind::error) continue;
    if (!any) ImGui::Dummy(ImVec2(0, 12 * s));
    any = true;
    if (shown.shownAt < 0) shown.shownAt = ImGui::GetTime();
    const float margin = 24 * s, pad = 14 * s;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x - 2 * margin;
    const float dismissW = buttonWidth("Dismiss");
    const float textW = std::max(50.0f, width - 2 * pad - dismissW - 16 * s - style.ItemSpacing.x);
    const ImVec2 textSize = ImGui::CalcTextSize(shown.notice.text.c_str(), nullptr, false, textW);
    const float h = std::max(textSize.y, ImGui::GetFrameHeight()) + 2 * pad;
    const ImVec2 min(origin.x + margin, origin.y), max(origin.x + margin + width, origin.y + h);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, max, theme::u32(p.dangerSoft), 8 * s);
    dl->AddRect(min, max, theme::u32(p.danger, 0.35f), 8 * s);
    dl->AddRectFilled(min, ImVec2(min.x + 4 * s, max.y), theme::u32(p.danger), 8 * s, ImDrawFlags_RoundCornersLeft);

    ImGui::SetCursorScreenPos(ImVec2(min.x + pad + 6 * s, min.y + (h - textSize.y) * 0.5f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + textW);
    ImGui::PushStyleColor(ImGuiCol_Text, p.dark ? p.text : ImVec4(0.45f, 0.07f, 0.07f, 1));
    ImGui::TextUnformatted(shown.notice.text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();

    ImGui::SetCursorScreenPos(ImVec2(max.x - pad - dismissW, min.y + (h - ImGui::GetFrameHeight()) * 0.5f));
    const std::string label = "Dismiss##notice-" + std::to_string(shown.id);
    if (ImGui::Button(label.c_str())) dismiss = shown.id;
    ImGui::SetCursorScreenPos(ImVec2(origin.x, max.y + 8 * s));
    ImGui::Dummy(ImVec2(0, 0));
  }
  if (dismiss) std::erase_if(notices_, [&](const Shown& n) { return n.id == dismiss; });
}

// Confirmations ("Saved to plan.json", "Deleted term “X”. Undo") float at the bottom, then fade.
void App::State::drawToasts() {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  float y = viewport->WorkPos.y + viewport->WorkSize.y - 24 * s;
  bool undoClicked = false;
  uint64_t dismiss = 0;
  int index = 0;
  for (auto it = notices_.rbegin(); it != notices_.rend(); ++it) {
    Shown& shown = *it;
    if (shown.notice.kind == Notice::Kind::error) continue;
    if (shown.shownAt < 0) shown.shownAt = ImGui::GetTime();
    const std::string windowId = "##toast-" + std::to_string(shown.id);
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f + 110 * s, y), ImGuiCond_Always,
                            ImVec2(0.5f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, p.cardBg);
    ImGui::PushStyleColor(ImGuiCol_Border, p.cardBorder);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 10 * s);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(18 * s, 12 * s));
    ImGui::Begin(windowId.c_str(), nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove);
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(2);
    colorDot(noticeColor(shown.notice.kind));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(shown.notice.text.c_str());
    if (shown.undoRevision) {
      ImGui::SameLine();
      if (button("Undo", nullptr, ButtonKind::primary)) undoClicked = true;
    }
    ImGui::SameLine();
    const std::string close = "Dismiss##toast-" + std::to_string(shown.id);
    if (ImGui::Button(close.c_str())) dismiss = shown.id;
    y -= ImGui::GetWindowHeight() + 10 * s;
    ImGui::End();
    if (++index >= 3) break;
  }
  if (dismiss) std::erase_if(notices_, [&](const Shown& n) { return n.id == dismiss; });
  if (undoClicked) undo();
}

void App::State::drawReplaceModal() {
  const float s = theme::scale();
  if (openReplacePopup_) {
    openReplacePopup_ = false;
    ImGui::OpenPopup(kReplacePopup);
  }
  if (!pending_) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(480 * s, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28 * s, 24 * s));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 12 * s);
  const bool open = ImGui::BeginPopupModal(kReplacePopup, nullptr,
                                           ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                               ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::PopStyleVar(2);
  if (!open) {
    // Closed some other way (never expected): keep the plan.
    if (!ImGui::IsPopupOpen(kReplacePopup)) pending_.reset();
    return;
  }
  heading("Replace the open plan?");
  ImGui::Spacing();
  std::string detail = "It has unsaved changes. ";
  if (pending_->isNew)
    detail += "Starting a new plan discards them.";
  else
    detail += "Opening " + (pending_->fileName.empty() ? std::string("this file") : "\xE2\x80\x9C" + pending_->fileName + "\xE2\x80\x9D") +
              " discards them.";
  detail += " Save first if you want to keep them.";
  textWrappedMuted(detail.c_str());
  ImGui::Dummy(ImVec2(0, 12 * s));
  const float total = buttonWidth("Keep my plan") + buttonWidth("Replace") + ImGui::GetStyle().ItemSpacing.x;
  alignRight(total);
  bool keep = button("Keep my plan") || ImGui::IsKeyPressed(ImGuiKey_Escape, false);
  ImGui::SameLine();
  const bool replace = button("Replace", nullptr, ButtonKind::danger);
  if (replace) {
    Pending pending = std::move(*pending_);
    replaceWith(std::move(pending.doc), pending.fileName);
    if (!pending.fileName.empty()) notify(Notice::Kind::success, "Opened " + pending.fileName, kToastSeconds);
    ImGui::CloseCurrentPopup();
  } else if (keep) {
    pending_.reset();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

// ---- App ------------------------------------------------------------------------------------

App::App(Platform& platform, uint64_t idSeed) : state_(std::make_unique<State>(platform, idSeed)) {}
App::~App() = default;

void App::setFonts(const Fonts& fonts) { state_->fonts_ = fonts; }
void App::draw() { state_->draw(); }

OpenOutcome App::openFile(std::string_view text, const std::string& fileName) { return state_->open(text, fileName, true); }
OpenOutcome App::openJsonNow(std::string_view text, const std::string& fileName) {
  return state_->open(text, fileName, false);
}

OpenOutcome App::restore(std::string_view text, const std::string& fileName, bool unsaved) {
  LoadResult result = loadDocument(text);
  if (auto* error = std::get_if<LoadError>(&result)) return OpenOutcome{false, error->message};
  state_->history_.reset(std::get<Document>(std::move(result)));
  state_->markStamped();
  state_->fileName_ = fileName;
  state_->savedRevision_ = unsaved ? std::nullopt : std::optional<uint64_t>(state_->history_.revision());
  return OpenOutcome{true, {}};
}

void App::importFile(const std::string& kind, std::string text, const std::string& fileName) {
  if (kind == "plan-merge") {
    state_->mergeCopy(text, fileName);
    return;
  }
  if (kind == "tab-sync") {
    state_->mergeOtherTab(text);
    return;
  }
  if (kind == "share-link") {
    state_->receiveSharedPlan(text);
    return;
  }
  state_->imported_ = UiContext::ImportedFile{kind, std::move(text), fileName};
  if (kind == "glossary-csv") state_->navigate(kGlossaryTitle);
}

void App::shareLinkReady(bool ok, const std::string& linkOrError, const std::string& detail) {
  state_->share_.linkReady(ok, linkOrError, detail);
}
void App::shareNeedsPassphrase() { state_->share_.needPassphrase(); }
void App::shareUnlockResult(bool ok, const std::string& message) { state_->share_.unlockResult(ok, message); }

void App::fileSaved(const std::string& fileName) {
  State& s = *state_;
  s.savedRevision_ = s.pendingSaveRevision_.value_or(s.history_.revision());
  s.pendingSaveRevision_.reset();
  if (!fileName.empty()) s.fileName_ = fileName;
  std::erase_if(s.notices_, [](const State::Shown& n) { return n.notice.text.starts_with("Could not save"); });
  s.notify(Notice::Kind::success, "Saved to " + (fileName.empty() ? s.suggestedFileName() : fileName), kToastSeconds);
}

void App::saveFailed(const std::string& message) {
  state_->pendingSaveRevision_.reset();
  state_->notify(Notice::Kind::error, "Could not save: " + message);
}

void App::showError(const std::string& message) { state_->notify(Notice::Kind::error, message); }

std::vector<Notice> App::visibleNotices() const {
  std::vector<Notice> out;
  for (const auto& shown : state_->notices_) out.push_back(shown.notice);
  if (state_->pending_) out.push_back(Notice{Notice::Kind::info, "Replace the open plan? It has unsaved changes."});
  if (const std::string problem = state_->share_.problem(); !problem.empty())
    out.push_back(Notice{Notice::Kind::error, problem});
  return out;
}

std::string App::documentJson() {
  state_->stampEdits();
  return saveDocument(state_->history_.doc());
}
std::optional<WriteAuthor> App::lastChanged(const std::string& path) {
  state_->stampEdits();
  return lastWriter(state_->history_.doc().sync, path);
}

std::vector<LanguageIssue> App::languageIssues() const { return runLanguageCheck(state_->history_.doc()); }
uint64_t App::revision() const { return state_->history_.revision(); }
bool App::hasUnsavedChanges() const { return state_->unsaved(); }
const std::string& App::fileName() const { return state_->fileName_; }

std::string App::windowTitle() const {
  const PlanInfo& plan = state_->history_.doc().plan;
  std::string title = state_->unsaved() ? "\xE2\x80\xA2 " : "";
  title += plan.title.empty() ? "Untitled plan" : plan.title;
  if (!plan.company.empty()) title += " \xE2\x80\x94 " + plan.company;
  title += " \xE2\x80\x94 ";
  title += kAppName;
  return title;
}

bool App::darkTheme() const { return state_->dark_; }

bool App::isAppShortcut(int glfwKey, bool ctrlOrCmd, bool shift) {
  (void)shift;
  if (!ctrlOrCmd) return false;
  return glfwKey == kGlfwKeyO || glfwKey == kGlfwKeyS || glfwKey == kGlfwKeyZ || glfwKey == kGlfwKeyY;
}

History& App::history() { return state_->history_; }

}  // namespace gp::ui
