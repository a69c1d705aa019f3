#include "core/format/json_dom.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "core/text/utf8.h"

namespace gp {

namespace {

using Json = nlohmann::ordered_json;
using Members = Json::object_t::Container;  // ordered_map is a vector of (key, value)

template <typename Pairs>
bool keysUnique(const Pairs& members) {
  if (members.size() <= 16) {
    for (size_t i = 1; i < members.size(); ++i)
      for (size_t j = 0; j < i; ++j)
        if (members[i].first == members[j].first) return false;
    return true;
  }
  std::vector<std::string_view> keys;
  keys.reserve(members.size());
  for (const auto& member : members) keys.push_back(member.first);
  std::sort(keys.begin(), keys.end());
  return std::adjacent_find(keys.begin(), keys.end()) == keys.end();
}

// The length of `text` as dump writes it (quotes and escapes included), or 0 when it is not
// valid UTF-8 (dump would replace bytes).
size_t dumpedLength(std::string_view text) {
  size_t length = 2;
  for (size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x80) {
      const size_t sequence = utf8SequenceLength(text, i);
      if (sequence == 0) return 0;
      length += sequence;
      i += sequence;
      continue;
    }
    if (byte == '"' || byte == '\\' || byte == '\b' || byte == '\f' || byte == '\n' || byte == '\r' || byte == '\t') length += 2;
    else if (byte < 0x20) length += 6;
    else length += 1;
    ++i;
  }
  return length;
}

// Walks a tree as makeAsIfReparsed describes, adding up an upper bound of its dumped size.
class Reparse {
 public:
  Reparse(int maxDepth, size_t maxBytes) : maxDepth_(maxDepth), maxBytes_(maxBytes) {}

  bool value(Json& value, int depth) {
    switch (value.type()) {
      case Json::value_t::null:
      case Json::value_t::boolean:
        return add(5);
      case Json::value_t::number_integer:
        if (value.get<std::int64_t>() >= 0) value = static_cast<std::uint64_t>(value.get<std::int64_t>());
        return add(24);
      case Json::value_t::number_unsigned:
        return add(24);
      case Json::value_t::number_float:
        return std::isfinite(value.get<double>()) && add(32);
      case Json::value_t::string:
        return string(value.get_ref<const std::string&>());
      case Json::value_t::object: {
        if (depth > maxDepth_ || !add(3 + 2 * static_cast<size_t>(depth))) return false;
        auto& members = value.get_ref<Json::object_t&>();
        if (!keysUnique(static_cast<const Members&>(members))) return false;
        for (auto& [key, member] : members)
          if (!string(key) || !add(4 + 2 * static_cast<size_t>(depth)) || !this->value(member, depth + 1)) return false;
        return true;
      }
      case Json::value_t::array: {
        if (depth > maxDepth_ || !add(3 + 2 * static_cast<size_t>(depth))) return false;
        for (auto& element : value.get_ref<Json::array_t&>())
          if (!add(2 + 2 * static_cast<size_t>(depth)) || !this->value(element, depth + 1)) return false;
        return true;
      }
      default:  // binary, discarded: never in a document's tree
        return false;
    }
  }

 private:
  bool string(std::string_view text) {
    const size_t length = dumpedLength(text);
    return length != 0 && add(length);
  }

  bool add(size_t bytes) {
    bytes_ += bytes;
    return bytes_ <= maxBytes_;
  }

  int maxDepth_;
  size_t maxBytes_;
  size_t bytes_ = 0;
};

// Receives nlohmann's SAX events and builds the document. Any problem stops the parse; the
// caller then runs the careful path, which finds and words it.
//
// An object's members are gathered in a plain vector and moved into the object when it closes:
// growing the object itself would copy every member (its keys are const, so not movable).
class DomBuilder {
 public:
  DomBuilder(Json& root, int maxDepth) : root_(root), maxDepth_(maxDepth) {}

  bool null() { return put(Json(nullptr)); }
  bool boolean(bool value) { return put(Json(value)); }
  bool number_integer(Json::number_integer_t value) { return put(Json(value)); }
  bool number_unsigned(Json::number_unsigned_t value) { return put(Json(value)); }
  bool number_float(Json::number_float_t value, const std::string&) { return put(Json(value)); }
  bool string(std::string& value) { return put(Json(std::move(value))); }
  bool binary(Json::binary_t&) { return false; }  // not in JSON text

  bool start_object(std::size_t) { return open(Json::object(), true); }
  bool start_array(std::size_t) { return open(Json::array(), false); }

  bool key(std::string& key) {
    frames_[depth_ - 1].members.emplace_back(std::move(key), Json());
    return true;
  }

  bool end_object() {
    Frame& frame = frames_[--depth_];
    if (!keysUnique(frame.members)) return false;
    auto& members = static_cast<Members&>(frame.target->get_ref<Json::object_t&>());
    members.reserve(frame.members.size());
    for (auto& [key, value] : frame.members) members.emplace_back(std::move(key), std::move(value));
    frame.members.clear();
    return true;
  }

  bool end_array() {
    --depth_;
    return true;
  }

  template <typename Exception>
  bool parse_error(std::size_t, const std::string&, const Exception&) {
    return false;
  }

 private:
  struct Frame {
    Json* target = nullptr;
    bool isObject = false;
    std::vector<std::pair<std::string, Json>> members;  // an object's, until it closes
  };

  // Where the next value goes: the root, the end of the open array, or the open object's last key.
  Json* slot() {
    if (depth_ == 0) return &root_;
    Frame& frame = frames_[depth_ - 1];
    if (frame.isObject) return &frame.members.back().second;
    auto& array = frame.target->get_ref<Json::array_t&>();
    array.emplace_back();
    return &array.back();
  }

  bool put(Json value) {
    *slot() = std::move(value);
    return true;
  }

  bool open(Json container, bool isObject) {
    if (static_cast<int>(depth_) >= maxDepth_) return false;
    Json* target = slot();
    *target = std::move(container);
    if (depth_ == frames_.size()) frames_.emplace_back();
    Frame& frame = frames_[depth_++];
    frame.target = target;
    frame.isObject = isObject;
    return true;
  }

  Json& root_;
  int maxDepth_;
  std::vector<Frame> frames_;  // reused from one container to the next at the same depth
  size_t depth_ = 0;           // how many containers are open
};

}  // namespace

std::optional<Json> parseCleanJson(std::string_view text, int maxNestingDepth) {
  Json root;
  DomBuilder builder(root, maxNestingDepth);
  try {
    if (!Json::sax_parse(text.begin(), text.end(), &builder, Json::input_format_t::json, true, false)) return std::nullopt;
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception&) {
    return std::nullopt;
  }
  return root;
}

bool makeAsIfReparsed(Json& tree, int maxNestingDepth, size_t maxBytes) {
  return Reparse(maxNestingDepth, maxBytes).value(tree, 1);
}

void appendNewKey(Json& object, std::string key, Json value) {
  if (!object.is_object()) object = Json::object();
  static_cast<Members&>(object.get_ref<Json::object_t&>()).emplace_back(std::move(key), std::move(value));
}

}  // namespace gp
