// What the columns and status values of a CRM lead export mean: the fields a lead import reads,
// the header names HubSpot, Salesforce and Pipedrive export them under, and the status values
// those CRMs use, mapped to the plan's four lead outcomes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model/loops.h"

namespace gp {

// What a column of the export holds. `leadId` is read only to find a lead listed twice, then dropped.
enum class LeadField { ignore, leadId, created, source, campaign, firstTouch, status, reason };

inline constexpr LeadField kAllLeadFields[] = {LeadField::ignore,   LeadField::leadId,     LeadField::created,
                                               LeadField::source,   LeadField::campaign,   LeadField::firstTouch,
                                               LeadField::status,   LeadField::reason};

// Our own column names: "lead id", "created", "source", "campaign", "first touch", "status",
// "reason" ("" for ignore).
const char* leadFieldName(LeadField);
// For people: "Ignore", "Lead id", "Created", "Source", "Campaign", "First touch", "Status", "Reason".
const char* leadFieldLabel(LeadField);

// The field a header names, ignoring case, spaces and punctuation: our own names and common CRM
// export names ("Create Date", "Lead Source", "Disqualified Reason", "Lost reason"...);
// nullopt for any other header (such as "Email" or "Company": a person's data is never read).
std::optional<LeadField> recogniseLeadHeader(std::string_view header);

// The outcome a CRM status value means, ignoring case, spaces and punctuation: "SQL", "Sales
// accepted", "Working - Contacted" → accepted; "Unqualified", "Junk", "Closed - Not Converted" →
// rejected; "Nurture", "Returned to marketing" → recycled; "", "New", "Attempting" → open.
// nullopt for a value the person has to map.
std::optional<LeadStatus> recogniseLeadStatus(std::string_view value);

// Lower case, with every run of characters other than letters and digits turned into one space
// and none at either end: "Lead_Status " and "lead-status" are both "lead status".
std::string foldLabel(std::string_view text);

}  // namespace gp
