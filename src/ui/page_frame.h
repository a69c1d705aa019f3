// The frame every page of the app shares: a padded scrolling area holding one centred column,
// readable on wide screens and projectors, and the caption-heading-intro block at its top.
#pragma once

#include <imgui.h>

namespace gp::ui {

// Opens the page's scrolling area `id` with a column at most `maxWidth` (unscaled) wide and
// returns the column's width; every beginPage needs its endPage.
float beginPage(const char* id, float maxWidth, ImGuiWindowFlags flags = 0);
void endPage();

// A small caption over the page's heading, then what the page is for, muted and wrapped (`intro`
// may be null).
void pageHeading(const char* captionText, const char* title, const char* intro);

}  // namespace gp::ui
