// Ready-made workshops a facilitator starts from: the usual sessions of marketing and sales in
// one room, each with a timeboxed agenda pointing at the part of the plan it works on.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/workshop.h"

namespace gp {

// "Define a lead together", "SLA kick-off", "Quarterly growth review", "Alignment diagnostic".
std::vector<std::string> agendaTemplateNames();

// The workshop a template describes, titled after it, on `date` (YYYY-MM-DD or empty); agenda
// items carry ids unique within the workshop. Nothing for a name that is not a template.
std::optional<Workshop> workshopFromTemplate(std::string_view name, const std::string& date);

}  // namespace gp
