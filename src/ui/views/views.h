// Every page of the app, one factory each (one folder or file per page beside this header);
// app.cpp lists them in navigation order.
#pragma once

#include <memory>

#include "ui/app_state.h"

namespace gp::ui {

// Plan overview: title, details, people by team and the plan's sections.
std::unique_ptr<View> makeOverviewView();
// Dashboard: the plan at a glance, as charts: the funnel, target against capacity and budget,
// what each period needs, and the channel mix.
std::unique_ptr<View> makeDashboardView();
// Growth plan: the shared goal's assumptions worked back through the funnel, with the period,
// source, capacity and budget checks and what-if scenarios.
std::unique_ptr<View> makeGrowthView();
// Service level agreement: what marketing and sales promise each other, side by side, with the
// actuals of each period and whether each promise was met, is at risk or was missed.
std::unique_ptr<View> makeSlaView();
// Campaigns: what marketing runs and sales follows up, on a calendar across the plan period, with
// their MQLs per period against what the waterfall needs and a warning when one channel carries
// most of the budget or leads.
std::unique_ptr<View> makeCampaignsView();
// Glossary: the shared words, searchable, with a master-detail editor.
std::unique_ptr<View> makeGlossaryView();
// Language check: the plan's words against the glossary, with a click to each place to fix.
std::unique_ptr<View> makeLanguageCheckView();
// Lead feedback: what became of the leads handed to sales (acceptance per period, campaign and
// source, rejection reasons and their trend, follow-up times) beside the SLA, and the reason list.
std::unique_ptr<View> makeLeadFeedbackView();
// Win/loss: why deals were won or lost, as win rates by reason, competitor, segment and period,
// the entries sales records, and the insight feed marketing marks as used.
std::unique_ptr<View> makeWinLossView();
// Attribution: shared credit for pipeline: the model both teams agree on and sign off, the models
// side by side over the CRM rows kept in this browser, sourced against touched pipeline.
std::unique_ptr<View> makeAttributionView();
// Enablement: the collateral sales asks marketing for, on a board moved by drag and drop or by
// keyboard, with the turnaround against the SLA and sales's ratings of what was delivered.
std::unique_ptr<View> makeEnablementView();
// Review: what awaits which team's sign-off, comment threads on any part of the plan, and the
// plan-wide activity feed filtered by team and day.
std::unique_ptr<View> makeReviewView();
// Workshop: a facilitated session of marketing and sales: the agenda with timeboxes (and presenter
// mode), the parking lot and decisions, action items, dot votes and private drafts.
std::unique_ptr<View> makeWorkshopView();
// Diagnostic: the marketing-sales alignment diagnostic of a workshop: rounds, inviting the room
// (answers on phones, sent back as links), answering on this device, merging answers, results.
std::unique_ptr<View> makeDiagnosticView();
// Merging a colleague's copy, and the conflicts it left: both values side by side, one click to
// keep either.
std::unique_ptr<View> makeConflictsView();

// Library: every plan this browser keeps, to search, sort, open, duplicate, rename, export and
// delete (to a trash kept 30 days), with the storage used and entries that cannot be read.
std::unique_ptr<View> makeLibraryView();

}  // namespace gp::ui
