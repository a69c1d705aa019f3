// The loops' part of the file (schema version 5, loops.h): "reasons", "leadDays", "deals",
// "ratings" and "requests", written after "campaigns".
#pragma once

#include "core/format/format_fields.h"

namespace gp {

void writeLoops(FileJson& file, const Document&);
// Reads the loops' keys of `file` (all required) into `doc`.
void readLoops(FieldReader&, const ObjectReader& file, Document& doc);

FileJson entityJson(const LeadDay&);
FileJson entityJson(const DealReview&);
FileJson entityJson(const Rating&);
FileJson entityJson(const CollateralRequest&);
FileJson reasonsJson(const ReasonLists&);

}  // namespace gp
