// What the Library view knows of the plans this browser keeps: the page's latest listing, asked
// for when the view opens and again whenever the library changes while it is on screen.
#pragma once

#include <optional>

#include "core/library/library.h"

namespace gp::ui {

struct LibraryShelf {
  std::optional<LibraryListing> listing;
  bool asked = false;     // a listing was asked for and has not arrived yet
  bool stale = true;      // the library changed since the listing was read
};

}  // namespace gp::ui
