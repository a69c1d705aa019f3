// Under a section, a term or the SLA: who changed it last (in their team's colour), each team's
// sign-off ("Marketing signed", "Sales awaits", cleared by a later change), a button to sign off
// as the person's own team, and the comments on it.
#pragma once

#include <string>

#include "app_state.h"

namespace gp::ui {

// `meta` (may be null) gives the "Edited by … " line.
void reviewStrip(UiContext& ui, const std::string& target, const EntityMeta* meta);

// Under a commitment or campaign: who changed it last (in the team's colour) and its comments.
void commentStrip(UiContext& ui, const std::string& target, const EntityMeta& meta);

// "Comment", or "Comments (2)" while two threads on `target` are open.
std::string commentsButtonText(const Document& doc, const std::string& target);
// That button ("##comments-<target>"): opens Review on the target's comments, closing the dialog
// it sits in.
void commentsButton(UiContext& ui, const std::string& target, const std::string& text);

// "Edited by Ana · 5 Jan 2027" with a dot in the team's colour (muted when the team is unknown).
void teamStampLine(const Document& doc, const EntityMeta& meta);

// The fingerprint of `target` in the current document, computed once per revision.
const std::string& cachedFingerprint(UiContext& ui, const std::string& target);

// After a text field: on hover, "Last changed by Ana · Marketing · 5 Mar 2027" for the value at
// `path` (json_paths.h, e.g. "sections/<id>/body"), as recorded at the last save or autosave.
void lastChangedTooltip(UiContext& ui, const std::string& path);
// The path of an entity's field: fieldPath("glossary", id, "definition").
std::string fieldPath(const char* list, const std::string& id, const char* field);

// Signs `target` off for the person's team (or asks who is editing first).
void signOffAsMe(UiContext& ui, const std::string& target);

}  // namespace gp::ui
