// History's review edits: comment threads and sign-offs, one undo step each.
#include "core/session/history_internal.h"
#include "core/text/text_trim.h"

namespace gp {

using namespace history_detail;

std::string History::addComment(const std::string& target, const std::string& text, const EditContext& context) {
  if (target.empty() || isBlank(text)) return {};
  CommentThread thread;
  thread.target = target;
  thread.messages.push_back(CommentMessage{unusedId(doc_, {}, ids_), stampFor(context), text});
  EntityChange change = addEntity(doc_, std::move(thread), context, ids_);
  std::string id = doc_.comments.back().meta.id;
  record(Step{StepKind::add, {}, {std::move(change)}, "Add comment"});
  return id;
}

void History::replyToComment(const std::string& threadId, const std::string& text, const EditContext& context) {
  const auto index = indexOf(doc_.comments, threadId);
  if (!index || isBlank(text)) return;
  CommentThread after = doc_.comments[*index];
  after.messages.push_back(CommentMessage{unusedId(doc_, {}, ids_), stampFor(context), text});
  if (auto change = updateEntity(doc_, after, context)) record(Step{StepKind::edit, {}, {std::move(*change)}, "Reply to comment"});
}

void History::setCommentResolved(const std::string& threadId, bool resolved, const EditContext& context) {
  const auto index = indexOf(doc_.comments, threadId);
  if (!index || doc_.comments[*index].resolved == resolved) return;
  CommentThread after = doc_.comments[*index];
  after.resolved = resolved;
  after.resolvedStamp = stampFor(context);
  if (auto change = updateEntity(doc_, after, context))
    record(Step{StepKind::edit, {}, {std::move(*change)}, resolved ? "Resolve comment" : "Reopen comment"});
}

void History::signOff(const std::string& target, Team team, const std::string& fingerprint, const EditContext& context) {
  if (target.empty()) return;
  std::vector<EntityChange> changes;
  for (size_t i = doc_.signOffs.size(); i-- > 0;) {
    if (doc_.signOffs[i].target != target || doc_.signOffs[i].team != team) continue;
    if (auto removal = removeEntity<SignOff>(doc_, doc_.signOffs[i].meta.id)) changes.push_back(std::move(*removal));
  }
  SignOff signOff;
  signOff.target = target;
  signOff.team = team;
  signOff.fingerprint = fingerprint;
  changes.push_back(addEntity(doc_, std::move(signOff), context, ids_));
  record(Step{StepKind::add, {}, std::move(changes), std::string("Sign off as ") + teamLabel(team)});
}

void History::withdrawSignOff(const std::string& target, Team team, const EditContext&) {
  std::vector<EntityChange> changes;
  for (size_t i = doc_.signOffs.size(); i-- > 0;) {
    if (doc_.signOffs[i].target != target || doc_.signOffs[i].team != team) continue;
    if (auto removal = removeEntity<SignOff>(doc_, doc_.signOffs[i].meta.id)) changes.push_back(std::move(*removal));
  }
  if (!changes.empty())
    record(Step{StepKind::remove, {}, std::move(changes), std::string("Withdraw ") + teamLabel(team) + " sign-off"});
}
}  // namespace gp
