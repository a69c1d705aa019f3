#include "core/session/term_change_log.h"

#include <atomic>

namespace gp {

namespace {

// Beyond this many term changes between two saves, the log starts again and the next save
// compares every term: bounded memory for a session of endless typing.
constexpr size_t kMaxNotedTerms = 4096;

std::atomic<TermChangeLog::Mark> lastMark{0};
TermChangeLog::Mark nextMark() { return ++lastMark; }

}  // namespace

TermChangeLog::TermChangeLog() : whole_(nextMark()) {}
TermChangeLog::TermChangeLog(const TermChangeLog&) : whole_(nextMark()) {}
TermChangeLog::TermChangeLog(TermChangeLog&&) noexcept : whole_(nextMark()) {}

TermChangeLog& TermChangeLog::operator=(const TermChangeLog&) {
  noteWhole();
  return *this;
}

TermChangeLog& TermChangeLog::operator=(TermChangeLog&&) noexcept {
  noteWhole();
  return *this;
}

TermChangeLog::Mark TermChangeLog::mark() const { return lastMark.load(); }

void TermChangeLog::noteTerm(const std::string& id) {
  if (terms_.size() >= kMaxNotedTerms) {
    noteWhole();
    return;
  }
  terms_.emplace_back(nextMark(), id);
}

void TermChangeLog::noteWhole() {
  whole_ = nextMark();
  terms_.clear();
}

std::optional<std::vector<std::string>> TermChangeLog::changedSince(Mark since) const {
  if (whole_ > since) return std::nullopt;
  std::vector<std::string> ids;
  for (auto change = terms_.rbegin(); change != terms_.rend() && change->first > since; ++change)
    ids.push_back(change->second);
  return ids;
}

}  // namespace gp
