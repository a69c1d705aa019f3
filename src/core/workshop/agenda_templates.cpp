#include "core/workshop/agenda_templates.h"

namespace gp {

namespace {

struct ItemTemplate {
  const char* title;
  int minutes;
  const char* link;
  const char* notes;  // for the facilitator
};

struct AgendaTemplate {
  const char* name;
  std::vector<ItemTemplate> items;
};

// Timeboxes add up to a session people can fit into a morning: 90 to 120 minutes.
const std::vector<AgendaTemplate>& templates() {
  static const std::vector<AgendaTemplate> all{
      {"Define a lead together",
       {{"Why we need one definition", 10, "view:overview",
         "Start from the shared goal: leads sales calls back and marketing counts must be the same thing."},
        {"Each team's words today", 20, "view:language-check",
         "Show where the plan uses lead, MQL and SQL differently. Let each team say what it means by them."},
        {"Agree Lead, MQL and SQL", 40, "view:glossary",
         "One term at a time: definition, then the criteria that make one. Park edge cases instead of solving them."},
        {"Check the funnel uses the terms", 15, "view:growth",
         "Link each funnel stage to its agreed term so the numbers and the words match."},
        {"Decisions and owners", 10, "view:review",
         "Read the decisions back, agree who asks each team to sign the terms off and by when."}}},
      {"SLA kick-off",
       {{"Why an SLA", 10, "view:overview",
         "The point is trust in each other's numbers, not blame. Keep it short."},
        {"The lead we hand over", 20, "view:glossary",
         "Confirm the MQL definition the promises rest on; if it is not agreed, park the SLA parts that need it."},
        {"What marketing promises", 25, "view:sla",
         "MQLs per period from the waterfall, lead quality, the information each lead carries."},
        {"What sales promises", 25, "view:sla",
         "Follow-up time, attempts before a lead is recycled, feedback on every rejected lead."},
        {"How we measure and review", 15, "view:lead-feedback",
         "Where the actuals come from, who records them, and when both teams look at them together."},
        {"Decisions and next steps", 10, "view:review",
         "Read back the decisions and action items; agree when each team signs the SLA off."}}},
      {"Quarterly growth review",
       {{"The quarter at a glance", 15, "view:dashboard",
         "Target against actuals, capacity and budget. Facts first, explanations after."},
        {"Did we keep our promises?", 20, "view:sla",
         "Each commitment met, at risk or missed; ask what got in the way, not who."},
        {"What became of the leads", 20, "view:lead-feedback",
         "Acceptance and rejection reasons per source and campaign."},
        {"Why we won and lost", 15, "view:winloss", "Patterns in reasons and competitors worth acting on."},
        {"Next quarter's plan", 30, "view:growth",
         "Adjust assumptions and scenarios; check the campaigns still cover what the waterfall needs."},
        {"Decisions and owners", 10, "view:review", "Every change gets an owner and a due date."}}},
      {"Alignment diagnostic",
       {{"Why we measure alignment", 10, "view:overview",
         "Answers are private and counted per team; nobody's name is kept."},
        {"Everyone answers", 15, "view:diagnostic",
         "Share the invitation link or pass this device around; wait until everyone has sent an answer."},
        {"Results by team", 20, "view:diagnostic", "Show where the teams agree before where they part."},
        {"Where we see it differently", 35, "view:diagnostic",
         "Take the largest gaps one by one: each team explains its score, without rebuttal first."},
        {"What we change", 20, "view:review",
         "Turn the two or three most important gaps into action items with an owner and a date."}}},
  };
  return all;
}

}  // namespace

std::vector<std::string> agendaTemplateNames() {
  std::vector<std::string> names;
  for (const auto& each : templates()) names.emplace_back(each.name);
  return names;
}

std::optional<Workshop> workshopFromTemplate(std::string_view name, const std::string& date) {
  for (const auto& each : templates()) {
    if (name != each.name) continue;
    Workshop workshop;
    workshop.title = each.name;
    workshop.date = date;
    for (const auto& item : each.items)
      workshop.agenda.push_back(
          AgendaItem{"a" + std::to_string(workshop.agenda.size() + 1), item.title, item.minutes, item.link, item.notes});
    return workshop;
  }
  return std::nullopt;
}

}  // namespace gp
