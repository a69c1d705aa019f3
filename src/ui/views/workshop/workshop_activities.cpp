// Placeholder until dot votes and drafts land (replaced by votes_tab.cpp and drafts_tab.cpp).
#include "workshop_activities.h"

#include "imgui.h"

namespace gp::ui {

void drawVotesTab(UiContext&) { ImGui::TextUnformatted("Dot votes: coming."); }
void drawDraftsTab(UiContext&) { ImGui::TextUnformatted("Private drafts: coming."); }

}  // namespace gp::ui
