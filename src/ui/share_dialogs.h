// Share links, from the person's side: "Copy share link…" (optional passphrase, then the link or
// why there is none), and opening a link (passphrase if protected, then "open as a copy" or
// "merge into my plan"; never a silent replacement of the open plan).
#pragma once

#include <optional>
#include <string>

#include "core/model/document.h"

namespace gp::ui {

class ShareDialogs {
 public:
  void openCreate();
  void linkReady(bool ok, std::string linkOrError, std::string detail);
  void needPassphrase();
  void unlockResult(bool ok, std::string message);
  void offer(Document shared);

  // What the person asked for this frame; App carries it out.
  struct Actions {
    std::optional<std::string> createWithPassphrase;  // make a link ("" for no passphrase)
    std::optional<std::string> unlockWith;            // try this passphrase on the opened link
    bool cancelUnlock = false;
    std::optional<Document> openAsCopy;
    std::optional<Document> mergeIn;
  };
  Actions draw(const Document& current);
  bool isOpen() const { return mode_ != Mode::closed; }
  // The problem the open dialog shows (a link too large, a wrong passphrase), or "" (automation).
  std::string problem() const;

 private:
  enum class Mode { closed, create, unlock, offer };
  void show(Mode mode);
  void drawCreate(Actions& actions);
  void drawUnlock(Actions& actions);
  void drawOffer(const Document& current, Actions& actions);

  Mode mode_ = Mode::closed;
  bool requestPopup_ = false;
  bool focus_ = false;
  // Create.
  std::string passphrase_;
  bool working_ = false;
  bool linkOk_ = false;
  std::string link_, detail_, error_;
  // Unlock.
  std::string unlockPassphrase_;
  std::string unlockError_;
  // Offer.
  std::optional<Document> shared_;
};

}  // namespace gp::ui
