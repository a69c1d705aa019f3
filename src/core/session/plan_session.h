// One open plan and its life cycle, shared by the app and the command-line tool: the undo history
// and ids, who is editing, this session's name in the version clocks (its replica) and write
// counter, the file name and the saved revision. Opening, starting anew, saving, merging a
// colleague's copy or another tab's, and opening a share link return what happened for the caller
// to tell the person; nothing here draws, reads files or reads a clock (the caller passes `now`).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/format/save_cache.h"
#include "core/session/history.h"

namespace gp {

// The person at the keyboard.
struct Editor {
  std::string name;  // empty: stamped as "Someone"
  std::optional<Team> team;
  bool operator==(const Editor&) const = default;
};

// Now, as ISO 8601 UTC ("2027-01-05T09:30:00Z").
using NowFunction = std::function<std::string()>;

struct OpenResult {
  enum class Result { opened, needsConfirmation, failed } result = Result::failed;
  std::string error;    // failed: why, with line and column or the field path
  std::string message;  // for the person: "Opened plan.json", "Could not open plan.json: …"; may be empty
};

struct MergeResult {
  enum class Result { merged, nothingNew, refused } result = Result::refused;
  std::string message;     // for the person; empty when there is nothing to tell
  size_t conflicts = 0;    // merged: conflicts to settle (a copy: all; another tab: new ones)
  bool theyLackOurs = false;  // another tab: it lacks changes of this one (autosave so it takes them)
};

class PlanSession {
 public:
  // Starts with a new empty plan, created by `editor`.
  PlanSession(uint64_t idSeed, NowFunction now, Editor editor = {});

  History& history() { return history_; }
  const History& history() const { return history_; }
  const Document& doc() const { return history_.doc(); }
  uint64_t revision() const { return history_.revision(); }
  // This session's name in the plan's version clocks: one per tab or command run, so that two
  // tabs of one browser never claim the same write.
  const std::string& replica() const { return replica_; }

  // ---- Who is editing ----
  const Editor& editor() const { return editor_; }
  // Hands over to someone else: what the previous person changed is recorded as theirs first.
  void setEditor(Editor);
  EditContext edit() const;

  // ---- Opening and starting anew ----
  // Opens a plan file's text. With `askIfUnsaved` and unsaved changes, the plan waits for
  // confirmReplacement() (result needsConfirmation). A bad file leaves the open plan untouched.
  OpenResult openText(std::string_view text, const std::string& fileName, bool askIfUnsaved);
  OpenResult startNewPlan(bool askIfUnsaved);
  // The plan waiting for the person's yes, and whether it is a new one rather than a file.
  bool replacementPending() const { return pending_.has_value(); }
  bool pendingIsNew() const { return pending_ && pending_->isNew; }
  const std::string& pendingFileName() const;
  OpenResult confirmReplacement();
  void cancelReplacement() { pending_.reset(); }
  // Replaces the open plan (undo history starts again) as if just opened from `fileName`.
  void open(Document, std::string fileName);
  // Crash recovery: the autosaved plan, with its file name and unsaved state.
  OpenResult restore(std::string_view text, const std::string& fileName, bool unsaved);
  // Another plan this browser keeps (the library) in place of this one, which is handed to
  // beforeReplace first. A plan that cannot be read leaves the open one untouched.
  OpenResult openKept(std::string_view text, const std::string& fileName, bool unsaved);
  // Called just before another plan replaces this one (a file, a new plan, a share link, a plan
  // of the library), while doc() is still the old plan: the browser keeps it in its library.
  void setBeforeReplace(std::function<void()> keep) { beforeReplace_ = std::move(keep); }

  // ---- Saving ----
  const std::string& fileName() const { return fileName_; }
  bool unsaved() const { return !savedRevision_ || *savedRevision_ != history_.revision(); }
  // "fy2027-joint-growth-plan.json": the file name, else one made from the title or company.
  std::string suggestedFileName() const;
  // The plan as a save writes it, with this session's edits recorded; the save is pending until
  // saveSucceeded() or saveFailed().
  std::string startSave();
  void saveSucceeded(const std::string& fileName);
  void saveFailed() { pendingSaveRevision_.reset(); }
  // The plan as a file holds it, edits recorded (autosave, share links, automation).
  std::string documentJson();
  // The same text for the autosave, which writes it after every pause in typing: terms that did
  // not change since the last call are not written again. In pieces that stay valid until the next
  // call, so the autosave can copy them out a slice at a time.
  const SavedText& documentText();
  // What the autosave's writer did so far (how many terms it compared and wrote again).
  const SaveCache& autosaveCache() const { return autosaveCache_; }
  // Who last changed the value at `path` ("plan/title", "sections/<id>/body").
  std::optional<WriteAuthor> lastChanged(const std::string& path);
  // Records the edits since the last record as one write of this replica, by the editor. Costs
  // the size of the edited entities, not of the plan (edit_journal.h).
  void recordEdits();

  // ---- Merging and share links ----
  // A colleague's copy of the same plan; `what` names it in messages ("ana.json").
  MergeResult mergeCopy(const Document& theirs, const std::string& what);
  MergeResult mergeCopyText(std::string_view text, const std::string& what);
  // Another tab of this browser autosaved: its changes come in as one undo step.
  MergeResult mergeOtherTab(std::string_view text);
  // A share link's plan replaces the open one, which beforeReplace keeps (in the browser's
  // library). The shared plan is in no file yet. Returns the message to show ("Opened “X” from the link.").
  std::string openSharedCopy(Document shared);

 private:
  struct Pending {
    Document doc;
    std::string fileName;
    bool isNew = false;
  };
  WriteAuthor author() const;
  void replaceUndoably(Document, std::string label);

  NowFunction now_;
  IdGenerator ids_;
  History history_;
  Editor editor_;
  std::string replica_;
  uint64_t writeCounter_ = 0;  // highest write counter this replica used
  std::string fileName_;
  std::optional<uint64_t> savedRevision_;  // none: unsaved whatever the revision (restored work)
  std::optional<uint64_t> pendingSaveRevision_;
  std::optional<Pending> pending_;
  std::function<void()> beforeReplace_;
  SaveCache autosaveCache_;  // the autosave writes the whole plan after every pause in typing
  std::optional<TermChangeLog::Mark> autosaveMark_;  // when autosaveCache_ last saved
};

// "FY2027 Joint Growth Plan" → "fy2027-joint-growth-plan"; keeps letters beyond ASCII as they are.
std::string slugify(std::string_view text);

}  // namespace gp
