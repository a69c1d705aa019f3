// What views get from App each frame: the one History, the platform, fonts, and a way to tell
// the person something. Views change the document only through History's edit functions.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app.h"
#include "core/session/history.h"
#include "core/glossary/language_check.h"
#include "identity_dialog.h"

namespace gp::ui {

class AttributionWorkspace;
struct LibraryShelf;

class UiContext {
 public:
  virtual ~UiContext() = default;

  virtual History& history() = 0;
  virtual Platform& platform() = 0;
  virtual const Fonts& fonts() const = 0;

  // Who is editing and now, for History's edit functions.
  virtual EditContext edit() = 0;
  // The person at the keyboard (name and team), and a way to let someone else take over.
  virtual const Identity& me() const = 0;
  virtual void askWhoIsEditing() = 0;
  // File ▸ Copy share link…
  virtual void shareAsLink() = 0;
  // The CRM rows behind attribution in this browser, and File ▸ Import touchpoints….
  virtual AttributionWorkspace& attribution() = 0;
  virtual void openAttributionImport() = 0;
  // The plans this browser keeps (the Library view), and File ▸ New.
  virtual LibraryShelf& library() = 0;
  virtual void newPlan() = 0;

  // A transient message (seconds > 0) or one that stays until dismissed (seconds == 0).
  virtual void notify(Notice::Kind kind, std::string text, double seconds = 0) = 0;
  // "Deleted term “X”." with an Undo button, shown while that deletion is the last change.
  virtual void notifyUndoable(std::string text) = 0;

  // ---- Navigation between views --------------------------------------------------------------
  // Switches to the view with this title; false (and nothing changes) when there is none.
  virtual bool navigate(std::string_view viewTitle) = 0;
  // Opens the Glossary with this term selected / the Plan overview scrolled to this section.
  virtual void showTerm(const std::string& termId) = 0;
  virtual void showSection(const std::string& sectionId) = 0;
  // The term or section another view asked to show; the view that shows it takes it (once).
  virtual std::optional<std::string> takeTermToShow() = 0;
  virtual std::optional<std::string> takeSectionToShow() = 0;
  // Opens Review on the comments of `target` (an entity id, kPlanTarget or kSlaTarget).
  virtual void showComments(const std::string& target) = 0;
  virtual std::optional<std::string> takeCommentsToShow() = 0;
  // Opens the Diagnostic page on this round (e.g. the one answers were just merged into).
  virtual void showDiagnosticRound(const std::string& roundId) = 0;
  virtual std::optional<std::string> takeDiagnosticRoundToShow() = 0;
  // Presenter mode (the projector view of a workshop's agenda): start on this workshop, or stop.
  virtual void startPresenting(const std::string& workshopId) = 0;
  virtual void stopPresenting() = 0;

  // ---- Shared derived data -------------------------------------------------------------------
  // The language check of the current document, recomputed when the document changes (in big
  // plans, where it is slow, only once the field being typed in lets go).
  virtual const std::vector<LanguageIssue>& languageIssues() = 0;
  // The suggested base name for files made from this plan ("fy2027-joint-growth-plan").
  virtual std::string fileStem() const = 0;

  // ---- Files to import -----------------------------------------------------------------------
  struct ImportedFile {
    std::string kind;  // as passed to Platform::requestImportFile
    std::string text;
    std::string fileName;
  };
  // The file of this kind that arrived from the platform, taken once by the view that asked.
  virtual std::optional<ImportedFile> takeImportedFile(std::string_view kind) = 0;
};

// One page of the app ("Plan overview", "Glossary"). Its factory is declared in views/views.h and
// registered in app.cpp's view list.
class View {
 public:
  virtual ~View() = default;
  virtual const char* title() const = 0;  // navigation label; stable, tests click it
  // Draws into the content area (the whole region left of nothing, right of the sidebar).
  virtual void draw(UiContext& ui) = 0;
  // Optional count shown next to the navigation label (e.g. number of terms); -1 for none.
  virtual int badge(const Document&) const { return -1; }
  // The badge with access to the app's shared data; by default badge(doc). `alert` asks for a
  // warning color when the count is above zero (problems to fix rather than things to count).
  virtual int navigationBadge(UiContext& ui, bool& alert) {
    alert = false;
    return badge(ui.history().doc());
  }
};

}  // namespace gp::ui
