// What an agenda item can open: one of the plan's pages ("view:sla") or one of its entities (a
// term, a section, a commitment) by id. Pages are named by what people call them, the same
// names the app's navigation shows, so the agenda and the app read alike.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model/document.h"

namespace gp {

struct AgendaPage {
  const char* link;  // "view:sla"
  const char* name;  // "Service level agreement"
};

inline constexpr AgendaPage kAgendaPages[] = {
    {"view:overview", "Plan overview"},
    {"view:dashboard", "Dashboard"},
    {"view:growth", "Growth plan"},
    {"view:sla", "Service level agreement"},
    {"view:campaigns", "Campaigns"},
    {"view:glossary", "Glossary"},
    {"view:language-check", "Language check"},
    {"view:lead-feedback", "Lead feedback"},
    {"view:winloss", "Win/loss"},
    {"view:enablement", "Enablement"},
    {"view:review", "Review"},
    {"view:diagnostic", "Diagnostic"},
};

// The page a "view:..." link opens; nullptr for anything else.
const AgendaPage* agendaPage(std::string_view link);

enum class AgendaLinkKind { none, page, term, section, commitment, missing };

// What `link` points at in `doc`: nothing (empty), a page, an entity, or something gone.
AgendaLinkKind agendaLinkKind(const Document& doc, std::string_view link);

// "Service level agreement", "Term “MQL”", "Section “Shared goal”", "" for none, or
// "A deleted item" when the link points at nothing in the plan.
std::string agendaLinkLabel(const Document& doc, std::string_view link);

}  // namespace gp
