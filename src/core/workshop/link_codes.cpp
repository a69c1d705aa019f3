#include "core/workshop/link_codes.h"

#include "core/text/base64url.h"

namespace gp {

namespace {

bool isCodeCharacter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

}  // namespace

std::string encodeLinkCode(std::string_view prefix, const LinkJson& json) {
  return std::string(prefix) + toBase64Url(json.dump(-1, ' ', false, LinkJson::error_handler_t::replace));
}

std::string_view findLinkCode(std::string_view text, std::string_view prefix, size_t from) {
  const size_t start = text.find(prefix, from);
  if (start == std::string_view::npos) return {};
  size_t end = start + prefix.size();
  while (end < text.size() && isCodeCharacter(text[end])) ++end;
  return text.substr(start, end - start);
}

std::optional<LinkJson> decodeLinkCode(std::string_view codeOrLink, std::string_view prefix, size_t maxLength,
                                       const std::string& noun, std::string& problem) {
  const std::string_view code = findLinkCode(codeOrLink, prefix);
  if (code.empty()) {
    problem = "this is not " + noun + " of Growth Plan Studio";
    return std::nullopt;
  }
  if (code.size() > maxLength) {
    problem = "the link is too long to be " + noun;
    return std::nullopt;
  }
  const auto bytes = fromBase64Url(code.substr(prefix.size()));
  LinkJson json = bytes ? LinkJson::parse(*bytes, nullptr, false) : LinkJson();
  if (!bytes || json.is_discarded() || !json.is_object()) {
    problem = "the link is damaged (was it cut when copied?)";
    return std::nullopt;
  }
  return json;
}

bool readLinkText(const LinkJson& json, const char* key, size_t maxLength, std::string& out, std::string& problem) {
  const auto found = json.find(key);
  if (found == json.end() || !found->is_string() || found->get_ref<const std::string&>().size() > maxLength) {
    problem = std::string("its \"") + key + "\" is missing or not a text";
    return false;
  }
  out = found->get<std::string>();
  return true;
}

}  // namespace gp
