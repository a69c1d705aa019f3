#include "core/attribution/attribution_agreement.h"

#include <cmath>
#include <string>

#include "core/text/number_text.h"

namespace gp {

std::string attributionSettingsText(const AttributionSettings& settings) {
  std::string text = attributionModelLabel(settings.model);
  if (settings.model == AttributionModel::timeDecay) {
    text += ", half-life " + formatNumber(settings.halfLifeDays, 2) + (settings.halfLifeDays == 1 ? " day" : " days");
  } else if (settings.model == AttributionModel::custom) {
    text += ": first " + formatNumber(settings.customFirst, 2) + "%, middle " + formatNumber(settings.customMiddle, 2) +
            "%, last " + formatNumber(settings.customLast, 2) + "%";
  }
  return text;
}

std::string settingsProblem(const AttributionSettings& settings) {
  if (!std::isfinite(settings.halfLifeDays) || settings.halfLifeDays <= 0 || settings.halfLifeDays > 3650)
    return "halfLifeDays: expected a number of days above 0 and at most 3650";
  const double shares[] = {settings.customFirst, settings.customMiddle, settings.customLast};
  const char* names[] = {"first", "middle", "last"};
  for (int i = 0; i < 3; ++i)
    if (!std::isfinite(shares[i]) || shares[i] < 0 || shares[i] > 100)
      return std::string("custom.") + names[i] + ": expected a percentage from 0 to 100";
  const double sum = shares[0] + shares[1] + shares[2];
  if (std::fabs(sum - 100) > 1e-6)
    return "custom: the shares add up to " + formatNumber(sum, 2) + ", not 100";
  return {};
}

}  // namespace gp
