// Sales's feedback on a campaign or a piece of delivered collateral: the roll-up ("5 useful ·
// 1 somewhat · 0 not useful") with the latest why's, and for people outside marketing three
// buttons to rate it and a sentence of why.
#pragma once

#include <string>

#include "app_state.h"

namespace gp::ui {

// The roll-up of `target`'s ratings, labelled "<counts>##rating-summary-<target>", then up to
// `whys` latest why's. Draws nothing but a muted "No ratings yet" when nobody rated it.
void ratingRollUpLines(const Document&, const std::string& target, size_t whys, float wrapWidth);

// The roll-up and, when the person at the keyboard is not in marketing, their own rating:
// "Useful##rate-<target>-useful" (and somewhat, not-useful) and the why field
// "##rating-why-<target>", each change attributed through History::rate.
void ratingStrip(UiContext& ui, const std::string& target, size_t whys = 2);

}  // namespace gp::ui
