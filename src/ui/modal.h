// The app's dialogs: centred, untitled, fixed in place, as wide as asked and as tall as their
// content.
#pragma once

namespace gp::ui {

// Opens the modal popup `id` when *requestOpen is set (and clears it), then begins it `width`
// pixels wide; true while it is open: then the caller draws it and calls ImGui::EndPopup().
bool beginModal(const char* id, float width, bool* requestOpen = nullptr);

// Enter, meaning the open dialog's primary action: not while the keyboard is on one of its other
// buttons (Enter presses that one), in a multi-line field (Enter is a new line) or in a popup
// above the dialog (a combo's list). Call inside the dialog.
bool dialogEnterPressed();

// For a single-line field whose Enter does its own thing (adding a reason to a list): call when
// the field reports that Enter, so the dialog's primary action leaves this Enter to the field.
void fieldTookEnter();

// A dialog's top: small caption, heading and, when given, a muted wrapped paragraph and a gap.
void modalHeading(const char* captionText, const char* title, const char* intro = nullptr);

}  // namespace gp::ui
