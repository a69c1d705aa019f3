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

// A heading with an action (a button `actionWidth` wide, drawn next by the caller) at the right
// end of its line; where both do not fit (a phone), the heading wraps and the action goes under it.
void headingWithAction(const char* title, float width, float actionWidth);

}  // namespace gp::ui
