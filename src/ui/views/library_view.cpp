// Library: the plans this browser keeps, one card each (title, company, last change and by whom,
// size) with open, rename, duplicate, export and delete; the trash (restorable for 30 days); the
// storage used against the browser's quota; and entries that are not readable plans, kept and
// downloadable. The page owns the storage (web/library.js); this view lists and asks.

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <string>
#include <utility>
#include <vector>

#include "core/library/library.h"
#include "core/session/plan_session.h"
#include "ui/accessible_text.h"
#include "ui/columns.h"
#include "ui/fitted_text.h"
#include "ui/library_shelf.h"
#include "ui/page_frame.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/views/views.h"

namespace gp::ui {

namespace {

constexpr const char* kQuoteOpen = "\xE2\x80\x9C";
constexpr const char* kQuoteClose = "\xE2\x80\x9D";
constexpr const char* kMiddleDot = " \xC2\xB7 ";

std::string titleOf(const LibraryEntry& entry) { return shownTitle(entry.title); }
std::string idOf(const char* what, size_t index) { return std::string("##library-") + what + "-" + std::to_string(index); }

// "Acme GmbH · changed 5 Jan 2027 by Ana · 120 KB · not saved to a file"
std::string detailsOf(const LibraryEntry& entry) {
  std::string text = entry.company;
  const std::string when = friendlyDate(entry.changedAt);
  if (!when.empty()) {
    if (!text.empty()) text += kMiddleDot;
    text += "changed " + when;
    if (!entry.changedBy.empty()) text += " by " + entry.changedBy;
  }
  if (!text.empty()) text += kMiddleDot;
  text += storageSizeText(entry.bytes);
  if (entry.unsaved) text += std::string(kMiddleDot) + "not saved to a file";
  return text;
}

// A card's buttons, in a row that wraps onto the next line where the card is too narrow. A screen
// reader hears which plan each acts on ("Open EMEA expansion 2027"), not a list of "Open"s.
class ButtonRow {
 public:
  ButtonRow(float width, std::string subject) : right_(ImGui::GetCursorPosX() + width), subject_(std::move(subject)) {}
  bool operator()(const char* text, const std::string& id, ButtonKind kind = ButtonKind::normal) {
    const float w = buttonWidth(text);
    if (count_++ > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorPosX() + w > right_) ImGui::NewLine();
    }
    const bool pressed = button(text, id.c_str(), kind);
    accessible::nameLastItem(std::string(text) + " " + subject_);
    return pressed;
  }

 private:
  float right_;
  std::string subject_;
  int count_ = 0;
};

class LibraryView final : public View {
 public:
  const char* title() const override { return "Library"; }
  void draw(UiContext& ui) override;

 private:
  void drawHeader(UiContext& ui, const LibraryListing* listing, float width);
  void drawPlan(UiContext& ui, const LibraryEntry& entry, bool open, size_t index, float width);
  void drawTrash(UiContext& ui, const LibraryListing& listing, float width);
  void drawDamaged(UiContext& ui, const LibraryListing& listing, float width);
  void rename(UiContext& ui, const LibraryEntry& entry, bool open);

  std::string query_;
  int sort_ = 0;
  std::string renamingKey_, renameText_;
  bool focusRename_ = false;
};

void LibraryView::draw(UiContext& ui) {
  LibraryShelf& shelf = ui.library();
  if (shelf.stale && !shelf.asked) {
    shelf.stale = false;
    shelf.asked = true;
    ui.platform().requestLibrary();
  }
  const float s = theme::scale();
  const float width = beginPage("##library-scroll", 1000);
  const LibraryListing* listing = shelf.listing ? &*shelf.listing : nullptr;
  drawHeader(ui, listing, width);
  ImGui::Dummy(ImVec2(0, 8 * s));

  if (!listing) {
    textMuted("Reading the plans kept in this browser\xE2\x80\xA6");
  } else {
    const auto plans = libraryPlans(*listing, query_, static_cast<LibrarySort>(sort_));
    for (size_t i = 0; i < plans.size(); ++i) {
      drawPlan(ui, *plans[i], plans[i]->key == listing->current, i, width);
      ImGui::Dummy(ImVec2(0, 2 * s));
    }
    if (plans.empty() && !query_.empty()) {
      textWrappedMuted((std::string("No plan matches ") + kQuoteOpen + query_ + kQuoteClose + ".").c_str());
    } else if (plans.empty()) {
      textWrappedMuted("No plans are kept here yet. The plan you are working on joins the library with its first "
                       "change; plans you open from a file or a share link join it too.");
    }
    drawTrash(ui, *listing, width);
    drawDamaged(ui, *listing, width);
  }
  ImGui::Dummy(ImVec2(0, 160 * s));  // the last card scrolls clear of the toasts at the bottom
  endPage();
}

void LibraryView::drawHeader(UiContext& ui, const LibraryListing* listing, float width) {
  const float s = theme::scale();
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  caption("LIBRARY");
  headingWithAction("Plans in this browser", width, buttonWidth("New plan") + gap + buttonWidth("Open file\xE2\x80\xA6"));
  if (button("New plan", "##library-new", ButtonKind::primary)) ui.newPlan();
  ImGui::SameLine();
  if (button("Open file\xE2\x80\xA6", "##library-open-file")) ui.platform().requestOpenFile();
  textWrappedMuted("Every plan you start or open here is kept in this browser, each with its own autosave, so "
                   "switching never loses work. Deleted plans stay in the trash for 30 days.");

  if (listing) {
    ImGui::PushFont(smallFont());
    std::string storage;
    if (!listing->trouble.empty()) {
      textColored(theme::palette().warning, ("This browser's storage cannot be read: " + listing->trouble + ".").c_str());
    } else if (listing->usage >= 0) {
      storage = "Using " + storageSizeText(listing->usage);
      if (listing->quota > 0) storage += " of the " + storageSizeText(listing->quota) + " this browser allows";
      storage += listing->persisted ? ". Kept until you clear this site's data." : ". The browser may clear it when it runs short of space.";
      textWrappedMuted(storage.c_str());
    }
    ImGui::PopFont();
    if (listing->trouble.empty() && !listing->persisted &&
        button("Ask the browser to keep these plans", "##library-persist"))
      ui.platform().libraryAction("persist", {}, {});
  }

  // Search and sort: side by side where they fit, else one above the other.
  ImGui::Dummy(ImVec2(0, 6 * s));
  const float sortWidth = std::min(width, 440 * s);
  const std::vector<std::string> sorts{sortWidth < 400 * s ? "Recent" : "Last change", "Title", "Company", "Size"};
  const bool oneLine = width >= sortWidth + 260 * s + gap;
  ImGui::SetNextItemWidth(oneLine ? width - sortWidth - gap : width);
  ImGui::InputTextWithHint("##library-search", "Search title, company, who changed it\xE2\x80\xA6", &query_);
  if (oneLine) ImGui::SameLine();
  sort_ = segmentedControl("library-sort", sorts, sort_, sortWidth);
}

void LibraryView::drawPlan(UiContext& ui, const LibraryEntry& entry, bool open, size_t index, float width) {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  beginCard(idOf("card", index).c_str(), open ? &p.accent : nullptr, width);
  const float inner = ImGui::GetContentRegionAvail().x;
  const std::string title = titleOf(entry);

  if (renamingKey_ == entry.key) {
    if (focusRename_) ImGui::SetKeyboardFocusHere();
    focusRename_ = false;
    const float actions = buttonWidth("Rename") + buttonWidth("Cancel") + 2 * ImGui::GetStyle().ItemSpacing.x;
    ImGui::SetNextItemWidth(inner >= actions + 200 * s ? inner - actions : inner);
    const bool entered = ImGui::InputTextWithHint("##library-rename", "The plan's title", &renameText_,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    if (inner >= actions + 200 * s) ImGui::SameLine();
    if (button("Rename", "##library-rename-save", ButtonKind::primary) || entered) rename(ui, entry, open);
    ImGui::SameLine();
    if (button("Cancel", "##library-rename-cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) renamingKey_.clear();
  } else {
    const float pillWidth = open ? pillSize("Open now").x + ImGui::GetStyle().ItemSpacing.x : 0;
    ImGui::PushFont(headingFont());
    fittedText(title, inner - pillWidth, p.text);
    ImGui::PopFont();
    if (open) {
      ImGui::SameLine();
      pill("Open now", p.accent);
    }
  }
  ImGui::PushFont(smallFont());
  textWrappedMuted(detailsOf(entry).c_str());
  ImGui::PopFont();

  ImGui::Dummy(ImVec2(0, 2 * s));
  ButtonRow row(inner, title);
  if (!open && row("Open", idOf("open", index), ButtonKind::primary)) ui.platform().libraryAction("open", entry.key, {});
  if (row("Rename", idOf("rename", index))) {
    renamingKey_ = entry.key;
    renameText_ = entry.title;
    focusRename_ = true;
  }
  if (row("Duplicate", idOf("duplicate", index)))
    ui.platform().libraryAction("duplicate", entry.key, title + " (copy)");
  if (row("Export", idOf("export", index))) {
    const std::string stem = entry.fileName.empty() ? slugify(title) : entry.fileName;
    ui.platform().libraryAction("export", entry.key, stem.ends_with(".json") ? stem : stem + ".json");
  }
  if (!open && row("Delete", idOf("delete", index), ButtonKind::danger)) {
    ui.platform().libraryAction("delete", entry.key, {});
    ui.notify(Notice::Kind::info, "Moved " + std::string(kQuoteOpen) + title + kQuoteClose +
                                      " to the trash. Restore it there within 30 days.", 6.0);
  }
  endCard();
  nameLastItem(title + (open ? ", open now" : "") + "##library-plan-" + std::to_string(index));
}

void LibraryView::rename(UiContext& ui, const LibraryEntry& entry, bool open) {
  renamingKey_.clear();
  if (renameText_ == entry.title) return;
  if (open) {
    History& history = ui.history();
    PlanInfo plan = history.doc().plan;
    plan.title = renameText_;
    history.seal();
    history.setPlan(plan, ui.edit());
    history.seal();
  } else {
    ui.platform().libraryAction("rename", entry.key, renameText_);
  }
}

void LibraryView::drawTrash(UiContext& ui, const LibraryListing& listing, float width) {
  const auto trashed = trashedPlans(listing);
  if (trashed.empty()) return;
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  ImGui::Dummy(ImVec2(0, 14 * s));
  heading(("Trash (" + std::to_string(trashed.size()) + ")").c_str());
  textWrappedMuted("Deleted plans are kept for 30 days, then removed for good.");
  const std::string now = ui.edit().now;
  for (size_t i = 0; i < trashed.size(); ++i) {
    const LibraryEntry& entry = *trashed[i];
    beginCard(idOf("trash-card", i).c_str(), nullptr, width);
    const float inner = ImGui::GetContentRegionAvail().x;
    fittedText(titleOf(entry), inner, p.text);
    const int days = trashDaysLeft(entry.deletedAt, now);
    ImGui::PushFont(smallFont());
    textWrappedMuted(("Deleted " + friendlyDate(entry.deletedAt) + kMiddleDot +
                      (days == 1 ? std::string("1 day left") : std::to_string(days) + " days left") + kMiddleDot +
                      storageSizeText(entry.bytes))
                         .c_str());
    ImGui::PopFont();
    ButtonRow row(inner, titleOf(entry));
    if (row("Restore", idOf("restore", i), ButtonKind::primary)) ui.platform().libraryAction("restore", entry.key, {});
    if (row("Delete now", idOf("purge", i), ButtonKind::danger)) ui.platform().libraryAction("purge", entry.key, {});
    endCard();
    nameLastItem("In the trash: " + titleOf(entry) + "##library-trashed-" + std::to_string(i));
  }
}

void LibraryView::drawDamaged(UiContext& ui, const LibraryListing& listing, float width) {
  const auto damaged = damagedEntries(listing);
  if (damaged.empty()) return;
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  ImGui::Dummy(ImVec2(0, 14 * s));
  heading(("Could not be read (" + std::to_string(damaged.size()) + ")").c_str());
  textWrappedMuted("These entries in this browser's storage are not plans this app can open. They are kept as they "
                   "are: download one to look at it, to mend it, or to send it to whoever supports you.");
  for (size_t i = 0; i < damaged.size(); ++i) {
    const LibraryEntry& entry = *damaged[i];
    beginCard(idOf("damaged-card", i).c_str(), &p.warning, width);
    const float inner = ImGui::GetContentRegionAvail().x;
    fittedText(entry.title.empty() ? entry.key : entry.title, inner, p.text);
    ImGui::PushFont(smallFont());
    textWrappedMuted(entry.problem.c_str());
    ImGui::PopFont();
    if (button("Download", idOf("download-raw", i).c_str())) {
      std::string name = slugify(entry.key);
      ui.platform().libraryAction("download-raw", entry.key, "damaged-" + (name.empty() ? std::string("entry") : name) + ".json");
    }
    endCard();
    nameLastItem("Could not be read: " + entry.key + "##library-damaged-" + std::to_string(i));
  }
}

}  // namespace

std::unique_ptr<View> makeLibraryView() { return std::make_unique<LibraryView>(); }

}  // namespace gp::ui
