// The plan file's optional "attribution": the agreed model and its settings, and the last
// computed aggregates (attribution_agreement.h). Amounts are written in currency units.
#pragma once

#include "core/attribution/attribution_agreement.h"
#include "core/format/format_fields.h"

namespace gp {

FileJson attributionAgreementJson(const AttributionAgreement&);
AttributionAgreement readAttributionAgreement(const JsonNode&);

}  // namespace gp
