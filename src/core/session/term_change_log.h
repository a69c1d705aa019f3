// Which glossary terms changed, noted by History as each edit, undo and redo happens, so a writer
// that keeps every term's text (the autosave's SaveCache) compares only those terms instead of
// all ten thousand. A whole-plan change (opening a file, a merge, undoing one) changes any term.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gp {

class TermChangeLog {
 public:
  // A point in time. Marks come from one counter shared by every log, so a mark taken on one log
  // is never mistaken for a point in another's (a copy, or a history that replaced it).
  using Mark = uint64_t;

  TermChangeLog();
  // A copy or a moved-from log starts afresh: any term may differ from what a mark saw.
  TermChangeLog(const TermChangeLog&);
  TermChangeLog(TermChangeLog&&) noexcept;
  TermChangeLog& operator=(const TermChangeLog&);
  TermChangeLog& operator=(TermChangeLog&&) noexcept;

  Mark mark() const;
  void noteTerm(const std::string& id);
  void noteWhole();

  // The ids of the terms changed since `since` (repeats possible), or nullopt when any term may
  // have changed: the whole plan changed since, or the log no longer reaches back that far.
  std::optional<std::vector<std::string>> changedSince(Mark since) const;

 private:
  Mark whole_ = 0;                                 // the latest whole-plan change
  std::vector<std::pair<Mark, std::string>> terms_;  // in the order noted
};

}  // namespace gp
