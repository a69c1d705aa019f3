#include "core/loops/lead_columns.h"

#include "core/text/text_fold.h"

namespace gp {

namespace {

struct HeaderName {
  const char* folded;
  LeadField field;
};

// Folded (foldLabel) header names. HubSpot, Salesforce and Pipedrive names as their exports
// write them, plus common variants; "label" is Pipedrive's lead label, read as the campaign.
constexpr HeaderName kHeaders[] = {
    {"lead id", LeadField::leadId},
    {"id", LeadField::leadId},
    {"record id", LeadField::leadId},
    {"lead record id", LeadField::leadId},
    {"contact id", LeadField::leadId},
    {"created", LeadField::created},
    {"create date", LeadField::created},
    {"created date", LeadField::created},
    {"created at", LeadField::created},
    {"created on", LeadField::created},
    {"creation date", LeadField::created},
    {"date created", LeadField::created},
    {"lead created", LeadField::created},
    {"lead created date", LeadField::created},
    {"handed over", LeadField::created},
    {"handover date", LeadField::created},
    {"source", LeadField::source},
    {"original source", LeadField::source},
    {"lead source", LeadField::source},
    {"latest source", LeadField::source},
    {"source channel", LeadField::source},
    {"campaign", LeadField::campaign},
    {"associated campaign", LeadField::campaign},
    {"campaign name", LeadField::campaign},
    {"primary campaign", LeadField::campaign},
    {"primary campaign source", LeadField::campaign},
    {"utm campaign", LeadField::campaign},
    {"label", LeadField::campaign},
    {"first touch", LeadField::firstTouch},
    {"first activity", LeadField::firstTouch},
    {"first activity date", LeadField::firstTouch},
    {"first response", LeadField::firstTouch},
    {"first response date", LeadField::firstTouch},
    {"first contact", LeadField::firstTouch},
    {"first contact date", LeadField::firstTouch},
    {"first contacted", LeadField::firstTouch},
    {"first engagement date", LeadField::firstTouch},
    {"first sales activity date", LeadField::firstTouch},
    {"status", LeadField::status},
    {"lead status", LeadField::status},
    {"reason", LeadField::reason},
    {"disqualified reason", LeadField::reason},
    {"disqualification reason", LeadField::reason},
    {"unqualified reason", LeadField::reason},
    {"rejection reason", LeadField::reason},
    {"rejected reason", LeadField::reason},
    {"reason for rejection", LeadField::reason},
    {"recycle reason", LeadField::reason},
    {"recycled reason", LeadField::reason},
    {"lost reason", LeadField::reason},
    {"status reason", LeadField::reason},
};

struct StatusName {
  const char* folded;
  LeadStatus status;
};

// Folded status values. Salesforce's defaults ("Open - Not Contacted", "Working - Contacted",
// "Closed - Converted", "Closed - Not Converted"), HubSpot's lead statuses ("New", "Open",
// "In Progress", "Open Deal", "Unqualified", "Attempted to Contact", "Connected", "Bad Timing")
// and Pipedrive's ("Open", "Won", "Lost"), plus the words teams use for the hand-off.
constexpr StatusName kStatuses[] = {
    {"accepted", LeadStatus::accepted},
    {"sales accepted", LeadStatus::accepted},
    {"sales accepted lead", LeadStatus::accepted},
    {"sal", LeadStatus::accepted},
    {"sql", LeadStatus::accepted},
    {"sales qualified", LeadStatus::accepted},
    {"sales qualified lead", LeadStatus::accepted},
    {"qualified", LeadStatus::accepted},
    {"converted", LeadStatus::accepted},
    {"closed converted", LeadStatus::accepted},
    {"working", LeadStatus::accepted},
    {"working contacted", LeadStatus::accepted},
    {"contacted", LeadStatus::accepted},
    {"connected", LeadStatus::accepted},
    {"in progress", LeadStatus::accepted},
    {"open deal", LeadStatus::accepted},
    {"opportunity", LeadStatus::accepted},
    {"meeting booked", LeadStatus::accepted},
    {"won", LeadStatus::accepted},
    {"rejected", LeadStatus::rejected},
    {"sales rejected", LeadStatus::rejected},
    {"disqualified", LeadStatus::rejected},
    {"unqualified", LeadStatus::rejected},
    {"not qualified", LeadStatus::rejected},
    {"closed not converted", LeadStatus::rejected},
    {"junk", LeadStatus::rejected},
    {"spam", LeadStatus::rejected},
    {"lost", LeadStatus::rejected},
    {"recycled", LeadStatus::recycled},
    {"recycle", LeadStatus::recycled},
    {"nurture", LeadStatus::recycled},
    {"nurturing", LeadStatus::recycled},
    {"back to nurture", LeadStatus::recycled},
    {"returned to marketing", LeadStatus::recycled},
    {"back to marketing", LeadStatus::recycled},
    {"bad timing", LeadStatus::recycled},
    {"open", LeadStatus::open},
    {"new", LeadStatus::open},
    {"attempting", LeadStatus::open},
    {"attempting contact", LeadStatus::open},
    {"attempted to contact", LeadStatus::open},
    {"open not contacted", LeadStatus::open},
    {"not contacted", LeadStatus::open},
    {"unworked", LeadStatus::open},
};

bool isAsciiAlphanumeric(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'); }

}  // namespace

const char* leadFieldName(LeadField field) {
  switch (field) {
    case LeadField::ignore: return "";
    case LeadField::leadId: return "lead id";
    case LeadField::created: return "created";
    case LeadField::source: return "source";
    case LeadField::campaign: return "campaign";
    case LeadField::firstTouch: return "first touch";
    case LeadField::status: return "status";
    case LeadField::reason: return "reason";
  }
  return "";
}

const char* leadFieldLabel(LeadField field) {
  switch (field) {
    case LeadField::ignore: return "Ignore";
    case LeadField::leadId: return "Lead id";
    case LeadField::created: return "Created";
    case LeadField::source: return "Source";
    case LeadField::campaign: return "Campaign";
    case LeadField::firstTouch: return "First touch";
    case LeadField::status: return "Status";
    case LeadField::reason: return "Reason";
  }
  return "";
}

std::string foldLabel(std::string_view text) {
  const std::string lower = foldCase(text);
  std::string out;
  out.reserve(lower.size());
  bool gap = false;
  for (const char c : lower) {
    const auto byte = static_cast<unsigned char>(c);
    // Bytes of multi-byte UTF-8 characters count as letters, so accented words stay words.
    if (isAsciiAlphanumeric(byte) || byte >= 0x80) {
      if (gap && !out.empty()) out += ' ';
      gap = false;
      out += c;
    } else {
      gap = true;
    }
  }
  return out;
}

std::optional<LeadField> recogniseLeadHeader(std::string_view header) {
  const std::string folded = foldLabel(header);
  for (const auto& name : kHeaders)
    if (folded == name.folded) return name.field;
  return std::nullopt;
}

std::optional<LeadStatus> recogniseLeadStatus(std::string_view value) {
  const std::string folded = foldLabel(value);
  if (folded.empty()) return LeadStatus::open;
  for (const auto& name : kStatuses)
    if (folded == name.folded) return name.status;
  return std::nullopt;
}

}  // namespace gp
