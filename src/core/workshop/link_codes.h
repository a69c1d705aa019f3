// The envelope every workshop link shares: a short prefix naming what it carries ("gpi1.",
// "gpb1."...) and a base64url JSON object, found inside whatever text holds it (a whole link, a
// chat message, a file). diagnostic_links.h and activity_links.h read and write what is inside.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace gp {

using LinkJson = nlohmann::ordered_json;

std::string encodeLinkCode(std::string_view prefix, const LinkJson& json);
// The code inside `text` from `from` on: the prefix up to the first character a code never has;
// empty when there is none.
std::string_view findLinkCode(std::string_view text, std::string_view prefix, size_t from = 0);
// The JSON object of the code in `codeOrLink`, or a message. `noun` names what was expected, with
// its article ("an answer", "a ballot").
std::optional<LinkJson> decodeLinkCode(std::string_view codeOrLink, std::string_view prefix, size_t maxLength,
                                       const std::string& noun, std::string& problem);

// A string member of at most `maxLength` bytes into `out`, or a message naming the member.
bool readLinkText(const LinkJson& json, const char* key, size_t maxLength, std::string& out, std::string& problem);

}  // namespace gp
