// The Workshop page's tabs for what the room does together: dot votes and private drafts (each
// answered on the shared screen or from people's own devices by link, hidden until revealed).
#pragma once

namespace gp::ui {

class UiContext;

void drawVotesTab(UiContext& ui);
void drawDraftsTab(UiContext& ui);

}  // namespace gp::ui
