// Word-level comparison of marketing's and sales's definitions of a term, for showing them side
// by side with the differing words highlighted.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gp {

enum class DiffKind { same, onlyMarketing, onlySales };

struct DiffSegment {
  std::string text;
  DiffKind kind = DiffKind::same;
  bool operator==(const DiffSegment&) const = default;
};

// Segments in reading order. Concatenating the same + onlyMarketing segments gives `marketing`
// back exactly, same + onlySales gives `sales`. Words, runs of spaces and single punctuation marks
// are compared whole (case-sensitive); within a changed stretch the marketing text comes first.
// Adjacent segments of one kind are merged. Very long texts (over 2,000 words each) fall back to
// comparing only the common beginning and end.
std::vector<DiffSegment> diffDefinitions(std::string_view marketing, std::string_view sales);

}  // namespace gp
