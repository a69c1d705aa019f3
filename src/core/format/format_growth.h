// The "growth" object of the file format, shared by the writer and the v1 -> v2 migration (which
// writes the default assumptions in exactly the form the writer would).
#pragma once

#include <nlohmann/json.hpp>

#include "core/model/document.h"

namespace gp {

// Canonical JSON of the growth section (key order fixed; rates and shares as fractions, money as numbers).
nlohmann::ordered_json growthJson(const GrowthModel&);

}  // namespace gp
