// Written in our own words for Growth Plan Studio. Marketing's and sales's definitions differ
// where the two teams usually disagree, so a new plan shows what there is to talk about.
#include "core/glossary/starter_glossary.h"

#include <initializer_list>

namespace gp {

namespace {

using Texts = std::initializer_list<const char*>;

struct StarterTerm {
  const char* name;
  Texts aliases;
  TermCategory category;
  Team owner;
  const char* marketing;
  const char* sales;
  const char* suggested;
  Texts examples;
  Texts counterExamples;
  Texts related;
  const char* notes;
};

std::vector<std::string> strings(Texts texts) { return std::vector<std::string>(texts.begin(), texts.end()); }

}  // namespace

std::vector<GlossaryTerm> starterGlossary() {
  using C = TermCategory;
  const StarterTerm kTerms[] = {
      {"Lead", {"Contact", "Inquiry"}, C::funnelStage, Team::marketing,
       "Anyone whose contact details we have and who agreed to hear from us: a form fill, a webinar sign-up, a "
       "badge scan at an event.",
       "A person at a company we could sell to who has shown some interest. A name on a list is not a lead.",
       "A person who gave us their contact details and permission to follow up, at a company we could sell to.",
       {"Someone who downloads the pricing guide with a work email", "A visitor at our booth who asks for a call"},
       {"A purchased list of email addresses", "A student writing a thesis about our market"},
       {"MQL", "Campaign"},
       "Decide whether existing customers who raise a hand again count as leads."},
      {"MQL", {"Marketing qualified lead", "Marketing-qualified lead"}, C::funnelStage, Team::marketing,
       "A lead whose score has passed the threshold: enough fit with our ICP and enough engagement with our content.",
       "A lead that is worth a sales call today: the right company, the right person and a reason to talk now.",
       "A lead that fits the ICP and has shown buying intent, ready to be handed to sales for follow-up.",
       {"A head of operations at a 500-person retailer who asks for a demo",
        "A data lead at a target account who visits the pricing page three times in a week"},
       {"A fit contact who only read one blog post", "A competitor signing up for the newsletter"},
       {"Lead", "SAL", "Lead scoring", "ICP"},
       ""},
      {"SAL", {"Sales accepted lead", "Accepted lead"}, C::funnelStage, Team::sales,
       "An MQL that sales has picked up and not sent back within the agreed time.",
       "An MQL a sales rep has looked at, contacted or tried to contact, and agreed is worth working.",
       "An MQL that sales has reviewed and accepted for follow-up within the service level agreement.",
       {"An MQL the SDR called within a day and booked a discovery call with"},
       {"An MQL sitting untouched in the queue", "An MQL rejected as a duplicate"},
       {"MQL", "SQL", "Service level agreement"},
       "Rejected leads go back to marketing with a reason from a shared list."},
      {"SQL", {"Sales qualified lead", "Sales-qualified lead"}, C::funnelStage, Team::sales,
       "A lead that sales has accepted and had a first real conversation with.",
       "A lead with a confirmed need, a person who can buy, a rough budget and a timeline.",
       "An accepted lead with a confirmed need, a named buyer, a rough budget and a timeline, ready to become an "
       "opportunity.",
       {"A prospect who confirmed a project for next quarter and named the budget owner"},
       {"A friendly first call with no project in sight"},
       {"SAL", "Opportunity"},
       ""},
      {"Opportunity", {"Deal", "Opp"}, C::funnelStage, Team::sales,
       "Any open deal in the CRM that came from a lead, at whatever stage.",
       "A qualified deal with an amount and an expected close date that a rep owns and forecasts.",
       "A qualified potential deal with an amount, an expected close date and an owner in sales.",
       {"A deal for 40 licences expected to close in June, owned by an account executive"},
       {"A renewal that happens automatically", "A request for a quote with no named buyer"},
       {"SQL", "Pipeline", "Closed won"},
       ""},
      {"Closed won", {"Won", "Customer win"}, C::funnelStage, Team::sales,
       "A deal that turned into revenue we can attribute to our programmes.",
       "A deal with a signed contract or order form.",
       "An opportunity whose contract is signed; counted on the date of signature.",
       {"A signed order form for an annual subscription"},
       {"A verbal yes", "A free pilot"},
       {"Opportunity", "Win rate"},
       ""},
      {"Closed lost", {"Lost", "Lost deal"}, C::funnelStage, Team::sales,
       "A deal that did not close; the loss reason tells us what to change in our messages.",
       "A deal we stopped pursuing, to a competitor, to no decision or because it was never real.",
       "An opportunity that ended without a signed contract, with a loss reason from the shared list.",
       {"A deal lost to a competitor on price"},
       {"A deal pushed to next quarter"},
       {"Opportunity", "Win rate"},
       ""},
      {"Pipeline", {"Sales pipeline"}, C::metric, Team::sales,
       "Everything we have created that could become revenue, including early-stage deals.",
       "The value of open opportunities that we expect to close in the period we are talking about.",
       "The total value of open opportunities expected to close within the period, at full amount.",
       {"Three open deals worth 40k, 60k and 100k closing this quarter: 200k pipeline"},
       {"Closed deals", "Deals expected to close next year, when talking about this year"},
       {"Opportunity", "Pipeline coverage", "Marketing-sourced"},
       ""},
      {"Pipeline coverage", {"Coverage", "Coverage ratio"}, C::metric, Team::leadership,
       "How much pipeline we need to create compared with the target, which tells us how many leads to generate.",
       "Open pipeline divided by the quota still to close; three times is the usual comfort level.",
       "Open pipeline for a period divided by the revenue still to be won in that period.",
       {"900k of pipeline against a 300k remaining target: 3x coverage"},
       {},
       {"Pipeline", "Win rate"},
       ""},
      {"Marketing-sourced", {"Marketing-generated", "Sourced pipeline"}, C::metric, Team::marketing,
       "Pipeline whose first recorded touch was a marketing activity, even if a rep followed up later.",
       "Pipeline from leads that reached sales through a marketing channel before any rep contacted them.",
       "An opportunity whose first recorded contact with us came from a marketing activity.",
       {"A deal that began with an inbound demo request"},
       {"A deal a rep started by cold calling, even if the buyer later attended a webinar"},
       {"Marketing-touched", "Attribution", "Pipeline"},
       ""},
      {"Marketing-touched", {"Marketing-influenced", "Influenced pipeline"}, C::metric, Team::marketing,
       "Any opportunity where someone at the buying company engaged with marketing before it closed.",
       "Opportunities where marketing activity clearly helped move the deal, not any click along the way.",
       "An opportunity where someone at the buying company engaged with a marketing activity before it closed.",
       {"A rep-sourced deal whose buyer attended our customer event"},
       {"A deal whose only marketing touch was an automated invoice email"},
       {"Marketing-sourced", "Attribution"},
       "Touched and sourced overlap: never add them up."},
      {"Win rate", {"Close rate"}, C::metric, Team::sales,
       "Won deals divided by all opportunities created from our leads.",
       "Won deals divided by won plus lost deals in the period; open deals do not count yet.",
       "Opportunities won divided by opportunities closed (won or lost) in the same period, by number.",
       {"8 won and 24 lost in Q2: a 25% win rate"},
       {"Won deals divided by all leads"},
       {"Closed won", "Closed lost", "Opportunity"},
       "Say whether it is counted by number of deals or by value."},
      {"Sales cycle", {"Sales cycle length", "Time to close"}, C::metric, Team::sales,
       "The time from a person's first contact with us to the signed deal.",
       "The time from creating the opportunity to closing it.",
       "The median number of days from the first contact of a won deal to its signature.",
       {"First form fill on 3 March, signature on 1 June: 90 days"},
       {},
       {"Opportunity", "Closed won"},
       ""},
      {"Average deal size", {"ADS", "Average contract value", "ACV"}, C::metric, Team::leadership,
       "The typical first-year value of a new customer, used to work out how many leads we need.",
       "The average value of the deals we close, with or without multi-year terms depending on the deal.",
       "The average first-year contract value of deals won in the period.",
       {"Four deals of 20k, 30k, 40k and 50k: 35k average"},
       {"Lifetime value of a customer"},
       {"Closed won", "Annual recurring revenue"},
       ""},
      {"Customer acquisition cost", {"CAC"}, C::metric, Team::leadership,
       "Marketing programme spend divided by new customers won.",
       "All sales and marketing cost, people included, divided by new customers won.",
       "Total sales and marketing cost in a period, including people, divided by the new customers won in it.",
       {"1.2M of sales and marketing cost for 40 new customers: 30k CAC"},
       {"Only the ad budget divided by leads (that is cost per lead)"},
       {"Annual recurring revenue"},
       ""},
      {"Annual recurring revenue", {"ARR"}, C::metric, Team::leadership,
       "The yearly value of all subscriptions, the number the company's goal is set in.",
       "The yearly subscription value of signed contracts, excluding one-off services.",
       "The yearly value of active subscription contracts, without one-off fees and services.",
       {"A 3,000 per month subscription adds 36,000 ARR"},
       {"A one-off implementation fee"},
       {"Average deal size", "Churn"},
       ""},
      {"Churn", {"Customer churn", "Attrition"}, C::metric, Team::leadership,
       "Customers who leave, a sign our messages attracted the wrong fit.",
       "Revenue lost when customers cancel or reduce their contracts.",
       "Annual recurring revenue lost in a period from cancelled or reduced contracts, as a share of the ARR at "
       "its start.",
       {"A customer cancels a 24k contract"},
       {"A customer who pauses a trial"},
       {"Annual recurring revenue", "ICP"},
       ""},
      {"Campaign", {"Programme", "Marketing campaign"}, C::activity, Team::marketing,
       "A coordinated set of activities around one message and audience, with a budget and a goal.",
       "Anything marketing runs that sends leads our way.",
       "A planned set of marketing activities with one message, one audience, a budget, dates and a goal.",
       {"A spring webinar series for logistics CFOs with a goal of 200 MQLs"},
       {"A single social media post", "The website as a whole"},
       {"Lead", "Attribution", "Persona"},
       ""},
      {"Lead scoring", {"Scoring", "Lead score"}, C::activity, Team::marketing,
       "Points given for fit and for engagement; above the threshold a lead becomes an MQL.",
       "A number that should tell a rep who to call first; it is only useful if high scores really buy.",
       "A points model for fit and engagement that decides when a lead becomes an MQL; reviewed against won "
       "deals every quarter.",
       {"+20 for a job title in the persona, +15 for a pricing page visit"},
       {},
       {"MQL", "ICP"},
       ""},
      {"Nurturing", {"Lead nurturing", "Drip"}, C::activity, Team::marketing,
       "Staying in touch with leads who are not ready to buy yet, with useful content until they are.",
       "What happens to leads sales sends back, so they are not lost.",
       "Regular, useful contact with leads who are not ready to buy yet, including leads returned by sales.",
       {"A monthly email with a customer story for returned leads"},
       {"Calling the same lead every week"},
       {"Lead", "SAL"},
       ""},
      {"Handoff", {"Lead handoff", "Handover"}, C::activity, Team::other,
       "The moment an MQL is passed to sales with everything we know about it.",
       "The moment a lead lands in a rep's queue with enough context to call.",
       "Passing an MQL to sales with its source, score and history, at which point the service level starts.",
       {"An MQL assigned to an SDR in the CRM with the webinar it attended"},
       {"A spreadsheet of names sent by email"},
       {"MQL", "SAL", "Service level agreement"},
       ""},
      {"Service level agreement", {"SLA"}, C::other, Team::other,
       "Sales's promise to follow up each MQL quickly, so our leads do not go cold.",
       "Both teams' promises: marketing delivers an agreed number of good MQLs, sales follows up in time.",
       "The written promises between the teams: how many MQLs marketing delivers and how fast sales follows up "
       "each one.",
       {"Every MQL is contacted within one business day"},
       {},
       {"Handoff", "MQL", "SAL"},
       ""},
      {"ICP", {"Ideal customer profile"}, C::audience, Team::marketing,
       "The companies our campaigns target: industry, size, region and technology.",
       "The companies we win fastest and keep longest, which are not always the ones that fill in forms.",
       "The kind of company we win most often and keep longest, described by industry, size, region and need.",
       {"Logistics firms with 200 to 2,000 employees that report from spreadsheets"},
       {"A ten-person agency", "A company that needs an on-premises installation"},
       {"Persona", "Target account", "MQL"},
       ""},
      {"Persona", {"Buyer persona"}, C::audience, Team::marketing,
       "A portrait of a typical person involved in buying, with goals, worries and the words they use.",
       "The roles we meet in a deal: who signs, who uses it, who can block it.",
       "A short description of a role we sell to: what they are responsible for, what worries them and how they "
       "buy.",
       {"Olivia, head of operations, wants fewer manual reports"},
       {"A real named contact"},
       {"ICP", "Decision maker", "Champion"},
       ""},
      {"Target account", {"Named account", "ABM account"}, C::audience, Team::sales,
       "A company on the list our account-based campaigns focus on.",
       "A company a rep has chosen to pursue this year and owns.",
       "A named company both teams agreed to pursue this period, with a sales owner and planned marketing "
       "activity.",
       {"The 150 companies on this year's shared list"},
       {"Any company in the ICP"},
       {"ICP", "Campaign"},
       ""},
      {"Decision maker", {"Economic buyer", "Budget holder"}, C::audience, Team::sales,
       "The senior person our messages must convince in the end.",
       "The one person who can sign or approve the budget; without them a deal is not real.",
       "The person who approves the budget and signs the contract.",
       {"The CFO who signs purchases above 50k"},
       {"An enthusiastic analyst without budget"},
       {"Champion", "Persona"},
       ""},
      {"Champion", {"Internal champion", "Sponsor"}, C::audience, Team::sales,
       "A fan of our product inside a customer who shares our content and speaks at our events.",
       "Someone inside the buying company who wants us to win and sells for us when we are not in the room.",
       "A person at the buying company with influence who actively helps us win the deal.",
       {"An analyst who sets up the meeting with the CFO"},
       {"A friendly contact who never introduces anyone"},
       {"Decision maker", "Persona"},
       ""},
      {"Value proposition", {"Value prop"}, C::product, Team::marketing,
       "The promise our messaging is built on: who it is for, what it changes, why us.",
       "What a buyer gets that makes the price worth it, in their numbers.",
       "One or two sentences on what problem we solve, for whom, and why we do it better than the alternatives.",
       {"Weekly reports in minutes instead of days, for operations teams outgrowing spreadsheets"},
       {"A list of features"},
       {"Persona", "ICP"},
       ""},
      {"Demo", {"Product demo", "Demonstration"}, C::activity, Team::sales,
       "A showing of the product, live or recorded, that a lead can ask for on the website.",
       "A live session tailored to the buyer's own problem, after discovery.",
       "A live showing of the product to a prospect, tailored to their needs after a first conversation.",
       {"A 45-minute session with the prospect's own sample data"},
       {"A recorded product tour on the website"},
       {"SQL", "Opportunity"},
       ""},
      {"Attribution", {"Attribution model"}, C::metric, Team::marketing,
       "Giving each marketing touch its share of credit for pipeline and revenue.",
       "Deciding who created a deal; usually whoever had the first real conversation.",
       "The agreed rule for which activities get credit for an opportunity, e.g. first touch or shared across "
       "touches.",
       {"First touch: the webinar that created the lead gets the credit"},
       {},
       {"Marketing-sourced", "Marketing-touched", "Campaign"},
       ""},
  };

  std::vector<GlossaryTerm> terms;
  for (const auto& starter : kTerms) {
    GlossaryTerm term;
    term.name = starter.name;
    term.aliases = strings(starter.aliases);
    term.category = starter.category;
    term.owner = starter.owner;
    term.marketingDefinition = starter.marketing;
    term.salesDefinition = starter.sales;
    term.definition = starter.suggested;
    term.examples = strings(starter.examples);
    term.counterExamples = strings(starter.counterExamples);
    term.relatedTermIds = strings(starter.related);
    term.notes = starter.notes;
    term.status = TermStatus::proposed;
    terms.push_back(std::move(term));
  }
  return terms;
}

}  // namespace gp
