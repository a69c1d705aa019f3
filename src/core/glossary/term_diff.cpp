#include "core/glossary/term_diff.h"

#include <algorithm>
#include <cstdint>

#include "core/text/text_fold.h"

namespace gp {

namespace {

constexpr size_t kMaxTokensForFullDiff = 2000;

bool isSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0; }

// Words (runs of word characters), runs of spaces, and single other characters.
std::vector<std::string_view> tokenize(std::string_view text) {
  std::vector<std::string_view> tokens;
  size_t offset = 0;
  while (offset < text.size()) {
    size_t length = 0;
    const char32_t c = codePointAt(text, offset, &length);
    size_t end = offset + length;
    const bool word = isWordCodePoint(c), space = isSpace(c);
    if (word || space) {
      while (end < text.size()) {
        const char32_t next = codePointAt(text, end, &length);
        if (word ? !isWordCodePoint(next) : !isSpace(next)) break;
        end += length;
      }
    }
    tokens.push_back(text.substr(offset, end - offset));
    offset = end;
  }
  return tokens;
}

class SegmentList {
 public:
  void add(std::string_view text, DiffKind kind) {
    if (text.empty()) return;
    if (!segments_.empty() && segments_.back().kind == kind) {
      segments_.back().text += text;
    } else {
      segments_.push_back(DiffSegment{std::string(text), kind});
    }
  }
  std::vector<DiffSegment> take() { return std::move(segments_); }

 private:
  std::vector<DiffSegment> segments_;
};

// A lone space between two changes reads better as part of both changes than as "same".
std::vector<DiffSegment> absorbLoneSpaces(std::vector<DiffSegment> segments) {
  SegmentList out;
  for (size_t i = 0; i < segments.size(); ++i) {
    const DiffSegment& segment = segments[i];
    const bool between = i > 0 && i + 1 < segments.size() && segments[i - 1].kind != DiffKind::same &&
                         segments[i + 1].kind != DiffKind::same;
    const bool spaceOnly = std::all_of(segment.text.begin(), segment.text.end(),
                                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
    if (segment.kind == DiffKind::same && between && spaceOnly) {
      out.add(segment.text, DiffKind::onlyMarketing);
      out.add(segment.text, DiffKind::onlySales);
    } else {
      out.add(segment.text, segment.kind);
    }
  }
  // Re-merging may leave marketing/sales/marketing runs; order each changed stretch marketing first.
  std::vector<DiffSegment> merged = out.take();
  SegmentList ordered;
  for (size_t i = 0; i < merged.size();) {
    if (merged[i].kind == DiffKind::same) {
      ordered.add(merged[i].text, DiffKind::same);
      ++i;
      continue;
    }
    std::string onlyMarketing, onlySales;
    for (; i < merged.size() && merged[i].kind != DiffKind::same; ++i)
      (merged[i].kind == DiffKind::onlyMarketing ? onlyMarketing : onlySales) += merged[i].text;
    ordered.add(onlyMarketing, DiffKind::onlyMarketing);
    ordered.add(onlySales, DiffKind::onlySales);
  }
  return ordered.take();
}

}  // namespace

std::vector<DiffSegment> diffDefinitions(std::string_view marketing, std::string_view sales) {
  const auto a = tokenize(marketing), b = tokenize(sales);
  // Common beginning and end first: cheap, and usually most of two similar definitions.
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  const size_t n = a.size() - prefix - suffix, m = b.size() - prefix - suffix;

  SegmentList segments;
  for (size_t i = 0; i < prefix; ++i) segments.add(a[i], DiffKind::same);
  if (n > kMaxTokensForFullDiff || m > kMaxTokensForFullDiff) {
    for (size_t i = 0; i < n; ++i) segments.add(a[prefix + i], DiffKind::onlyMarketing);
    for (size_t j = 0; j < m; ++j) segments.add(b[prefix + j], DiffKind::onlySales);
  } else {
    // Longest common subsequence over the middle tokens; lcs[i][j] covers a[i..], b[j..].
    std::vector<uint16_t> lcs((n + 1) * (m + 1), 0);
    const auto at = [&](size_t i, size_t j) -> uint16_t& { return lcs[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;)
      for (size_t j = m; j-- > 0;)
        at(i, j) = a[prefix + i] == b[prefix + j] ? static_cast<uint16_t>(at(i + 1, j + 1) + 1)
                                                  : std::max(at(i + 1, j), at(i, j + 1));
    size_t i = 0, j = 0;
    std::string pendingMarketing, pendingSales;
    const auto flush = [&] {
      segments.add(pendingMarketing, DiffKind::onlyMarketing);
      segments.add(pendingSales, DiffKind::onlySales);
      pendingMarketing.clear();
      pendingSales.clear();
    };
    while (i < n || j < m) {
      if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
        flush();
        segments.add(a[prefix + i], DiffKind::same);
        ++i, ++j;
      } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
        pendingSales += b[prefix + j++];
      } else {
        pendingMarketing += a[prefix + i++];
      }
    }
    flush();
  }
  for (size_t i = a.size() - suffix; i < a.size(); ++i) segments.add(a[i], DiffKind::same);
  return absorbLoneSpaces(segments.take());
}

}  // namespace gp
