#include "core/session/plan_session.h"

#include <algorithm>
#include <utility>

#include "core/format/format.h"
#include "core/merge/plan_merge.h"
#include "core/merge/record_changes.h"

namespace gp {

namespace {

constexpr const char* kSomeone = "Someone";
constexpr const char* kQuoteOpen = "\xE2\x80\x9C";
constexpr const char* kQuoteClose = "\xE2\x80\x9D";

bool sameContent(Document a, Document b) {
  a.sync = {};
  b.sync = {};
  return a == b;
}

std::string plural(size_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

}  // namespace

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

PlanSession::PlanSession(uint64_t idSeed, NowFunction now, Editor editor)
    : now_(std::move(now)),
      ids_(idSeed ^ 0x5DEECE66DULL),
      history_(Document{}, idSeed),
      editor_(std::move(editor)),
      replica_(ids_.next()) {
  history_.reset(newDocument(ids_, edit()));
  savedRevision_ = history_.revision();
}

// ---- Who is editing ------------------------------------------------------------------------------

void PlanSession::setEditor(Editor editor) {
  recordEdits();  // what the previous person changed is recorded as theirs
  editor_ = std::move(editor);
  history_.seal();  // the next person's typing is their own undo step
}

EditContext PlanSession::edit() const {
  return EditContext{editor_.name.empty() ? std::string(kSomeone) : editor_.name, now_(), editor_.team};
}

WriteAuthor PlanSession::author() const {
  return WriteAuthor{editor_.name.empty() ? std::string(kSomeone) : editor_.name, now_(),
                     editor_.team ? teamName(*editor_.team) : ""};
}

// ---- Opening and starting anew -----------------------------------------------------------------

OpenResult PlanSession::openText(std::string_view text, const std::string& fileName, bool askIfUnsaved) {
  LoadResult loaded = loadDocument(text);
  if (const auto* error = std::get_if<LoadError>(&loaded)) {
    const std::string what = fileName.empty() ? std::string("the file") : fileName;
    return OpenResult{OpenResult::Result::failed, error->message, "Could not open " + what + ": " + error->message};
  }
  pending_ = Pending{std::get<Document>(std::move(loaded)), fileName, false};
  if (askIfUnsaved && unsaved()) return OpenResult{OpenResult::Result::needsConfirmation, {}, {}};
  return confirmReplacement();
}

OpenResult PlanSession::startNewPlan(bool askIfUnsaved) {
  pending_ = Pending{newDocument(ids_, edit()), {}, true};
  if (askIfUnsaved && unsaved()) return OpenResult{OpenResult::Result::needsConfirmation, {}, {}};
  return confirmReplacement();
}

const std::string& PlanSession::pendingFileName() const {
  static const std::string none;
  return pending_ ? pending_->fileName : none;
}

OpenResult PlanSession::confirmReplacement() {
  if (!pending_) return OpenResult{OpenResult::Result::failed, "nothing to open", {}};
  Pending pending = std::move(*pending_);
  pending_.reset();
  if (beforeReplace_) beforeReplace_();
  open(std::move(pending.doc), pending.fileName);
  if (pending.isNew) return OpenResult{OpenResult::Result::opened, {}, {}};
  const std::string& title = history_.doc().plan.title;
  const std::string what = !fileName_.empty() ? fileName_
                           : title.empty()     ? std::string("the plan")
                                               : kQuoteOpen + title + kQuoteClose;
  return OpenResult{OpenResult::Result::opened, {}, "Opened " + what};
}

void PlanSession::open(Document doc, std::string fileName) {
  history_.reset(std::move(doc));
  fileName_ = std::move(fileName);
  savedRevision_ = history_.revision();
  pendingSaveRevision_.reset();
}

OpenResult PlanSession::restore(std::string_view text, const std::string& fileName, bool unsaved) {
  LoadResult loaded = loadDocument(text);
  if (const auto* error = std::get_if<LoadError>(&loaded))
    return OpenResult{OpenResult::Result::failed, error->message, {}};
  open(std::get<Document>(std::move(loaded)), fileName);
  if (unsaved) savedRevision_.reset();
  return OpenResult{OpenResult::Result::opened, {}, {}};
}

OpenResult PlanSession::openKept(std::string_view text, const std::string& fileName, bool unsaved) {
  LoadResult loaded = loadDocument(text);
  if (const auto* error = std::get_if<LoadError>(&loaded))
    return OpenResult{OpenResult::Result::failed, error->message, {}};
  if (beforeReplace_) beforeReplace_();
  open(std::get<Document>(std::move(loaded)), fileName);
  if (unsaved) savedRevision_.reset();
  return OpenResult{OpenResult::Result::opened, {}, {}};
}

// ---- Saving --------------------------------------------------------------------------------------

std::string PlanSession::suggestedFileName() const {
  if (!fileName_.empty()) return fileName_;
  std::string slug = slugify(history_.doc().plan.title);
  if (slug.empty()) slug = slugify(history_.doc().plan.company);
  if (slug.empty()) slug = "growth-plan";
  return slug + ".json";
}

std::string PlanSession::startSave() {
  recordEdits();
  history_.seal();
  pendingSaveRevision_ = history_.revision();
  return saveDocument(history_.doc());
}

void PlanSession::saveSucceeded(const std::string& fileName) {
  savedRevision_ = pendingSaveRevision_.value_or(history_.revision());
  pendingSaveRevision_.reset();
  if (!fileName.empty()) fileName_ = fileName;
}

std::string PlanSession::documentJson() {
  recordEdits();
  return saveDocument(history_.doc());
}

const SavedText& PlanSession::documentText() {
  recordEdits();
  const TermChangeLog& log = history_.termChanges();
  std::optional<std::vector<std::string>> changed;
  if (autosaveMark_) changed = log.changedSince(*autosaveMark_);
  autosaveMark_ = log.mark();
  return autosaveCache_.savePieces(history_.doc(), changed ? &*changed : nullptr);
}

std::optional<WriteAuthor> PlanSession::lastChanged(const std::string& path) {
  recordEdits();
  return lastWriter(history_.doc().sync, path);
}

void PlanSession::recordEdits() {
  if (history_.journal().empty()) return;
  SyncState sync = history_.doc().sync;
  // Undo and redo of a whole-plan step (a merge) bring back an older clock; this replica's
  // counter must still only grow, or one write name could stand for two different writes.
  const auto own = sync.clock.find(replica_);
  if (writeCounter_ > (own == sync.clock.end() ? 0 : own->second)) sync.clock[replica_] = writeCounter_;
  const WriteAuthor by = author();
  recordChangeSet(history_.journal().changesSince(history_.doc()), replica_, sync, &by);
  if (const auto counter = sync.clock.find(replica_); counter != sync.clock.end())
    writeCounter_ = std::max(writeCounter_, counter->second);
  if (!(sync == history_.doc().sync)) history_.setSync(std::move(sync));
  history_.clearJournal();
}

// ---- Merging and share links -------------------------------------------------------------------

void PlanSession::replaceUndoably(Document doc, std::string label) {
  history_.seal();
  history_.replaceDocument(std::move(doc), std::move(label));
  history_.clearJournal();  // the merged plan carries its own version information
}

MergeResult PlanSession::mergeCopy(const Document& theirs, const std::string& what) {
  recordEdits();
  PlanMergeResult result = mergeCopies(history_.doc(), theirs);
  if (const auto* refusal = std::get_if<MergeRefusal>(&result))
    return MergeResult{MergeResult::Result::refused, "Could not merge " + what + ": " + refusal->message};
  PlanMerge merged = std::get<PlanMerge>(std::move(result));
  if (sameContent(merged.doc, history_.doc())) {
    history_.setSync(std::move(merged.doc.sync));
    return MergeResult{MergeResult::Result::nothingNew, "Nothing new in " + what + ": the plan already has all of it"};
  }
  const size_t conflicts = merged.doc.conflicts.size();
  replaceUndoably(std::move(merged.doc), "Merge " + what);
  std::string message = "Merged " + what + ":";
  if (merged.takenFromTheirs) message += " " + plural(merged.takenFromTheirs, "change", "changes") + " taken";
  if (merged.takenFromTheirs && conflicts) message += ",";
  if (conflicts) message += " " + plural(conflicts, "conflict", "conflicts") + " to settle";
  return MergeResult{MergeResult::Result::merged, std::move(message), conflicts};
}

MergeResult PlanSession::mergeCopyText(std::string_view text, const std::string& what) {
  LoadResult loaded = loadDocument(text);
  if (const auto* error = std::get_if<LoadError>(&loaded))
    return MergeResult{MergeResult::Result::refused, "Could not merge " + what + ": " + error->message};
  return mergeCopy(std::get<Document>(loaded), what);
}

MergeResult PlanSession::mergeOtherTab(std::string_view text) {
  LoadResult loaded = loadDocument(text);
  if (!std::holds_alternative<Document>(loaded)) return {};  // its own tab reports its problems
  const Document& theirs = std::get<Document>(loaded);
  recordEdits();
  if (theirs.plan.meta.id != history_.doc().plan.meta.id) {
    const std::string name =
        theirs.plan.title.empty() ? std::string("another plan") : kQuoteOpen + theirs.plan.title + kQuoteClose;
    return MergeResult{MergeResult::Result::refused,
                       "Another tab is working on " + name + ", and this browser keeps one autosaved plan. "
                       "Save this plan to a file (File \xE2\x80\xBA Save) so that neither is lost."};
  }
  PlanMergeResult result = mergeCopies(history_.doc(), theirs);
  if (!std::holds_alternative<PlanMerge>(result)) return {};
  PlanMerge merged = std::get<PlanMerge>(std::move(result));
  const bool theyLackOurs = !sameContent(merged.doc, theirs);
  if (sameContent(merged.doc, history_.doc())) {
    history_.setSync(std::move(merged.doc.sync));  // only what each tab has seen changed
    return MergeResult{MergeResult::Result::nothingNew, {}, 0, theyLackOurs};
  }
  const size_t newConflicts = merged.newConflicts;
  replaceUndoably(std::move(merged.doc), "Changes from another tab");
  return MergeResult{MergeResult::Result::merged,
                     newConflicts ? "Changes from another tab arrived, with conflicts to settle"
                                  : "Changes from another tab arrived",
                     newConflicts, theyLackOurs};
}

std::string PlanSession::openSharedCopy(Document shared) {
  const std::string title = shared.plan.title.empty() ? std::string("shared plan") : shared.plan.title;
  if (beforeReplace_) beforeReplace_();
  open(std::move(shared), {});
  savedRevision_.reset();  // not in any file yet
  return "Opened " + std::string(kQuoteOpen) + title + kQuoteClose + " from the link.";
}

}  // namespace gp
