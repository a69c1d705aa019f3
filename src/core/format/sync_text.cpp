#include "core/format/sync_text.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace gp {

namespace {

using Json = nlohmann::ordered_json;

// A JSON string as nlohmann's serializer writes it (UTF-8 kept, invalid bytes replaced). Plain
// ASCII, which ids, paths and write names are, is escaped here; anything else is left to it.
void appendString(std::string& out, const std::string& text) {
  static constexpr char kHex[] = "0123456789abcdef";
  if (std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    out += Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
    return;
  }
  out += '"';
  size_t plainFrom = 0;  // runs of characters that need no escape are copied whole
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text, plainFrom, i - plainFrom);
    plainFrom = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
  }
  out.append(text, plainFrom, text.size() - plainFrom);
  out += '"';
}

// A map as a JSON object at indentation `level`, each value written by `writeValue` after its key
// (nlohmann's layout: "{}" when empty, else one member a line and the brace on its own line).
template <typename Map, typename WriteValue>
void appendObject(std::string& out, const Map& map, int level, WriteValue writeValue) {
  if (map.empty()) {
    out += "{}";
    return;
  }
  const std::string inner(static_cast<size_t>(2 * (level + 1)), ' ');
  out += "{\n";
  bool first = true;
  for (const auto& [key, value] : map) {
    if (!first) out += ",\n";
    first = false;
    out += inner;
    appendString(out, key);
    out += ": ";
    writeValue(value, level + 1);
  }
  out += '\n';
  out.append(static_cast<size_t>(2 * level), ' ');
  out += '}';
}

void appendClock(std::string& out, const VersionClock& clock, int level) {
  appendObject(out, clock, level, [&](uint64_t counter, int) { out += std::to_string(counter); });
}

}  // namespace

void appendSyncText(const SyncState& sync, std::string& out) {
  constexpr int level = 1;
  const std::string inner(2 * (level + 1), ' ');
  out += "{\n" + inner + "\"clock\": ";
  appendClock(out, sync.clock, level + 1);
  out += ",\n" + inner + "\"writes\": ";
  appendObject(out, sync.writes, level + 1, [&](const Dot& dot, int) { appendString(out, dotText(dot)); });
  out += ",\n" + inner + "\"deleted\": ";
  appendObject(out, sync.deleted, level + 1, [&](const VersionClock& clock, int at) { appendClock(out, clock, at); });
  if (!sync.authors.empty()) {
    out += ",\n" + inner + "\"authors\": ";
    appendObject(out, sync.authors, level + 1, [&](const WriteAuthor& author, int at) {
      const std::string fields(static_cast<size_t>(2 * (at + 1)), ' ');
      out += "{\n" + fields + "\"by\": ";
      appendString(out, author.by);
      out += ",\n" + fields + "\"at\": ";
      appendString(out, author.at);
      if (!author.team.empty()) {
        out += ",\n" + fields + "\"team\": ";
        appendString(out, author.team);
      }
      out += '\n';
      out.append(static_cast<size_t>(2 * at), ' ');
      out += '}';
    });
  }
  out += "\n  }";
}

}  // namespace gp
