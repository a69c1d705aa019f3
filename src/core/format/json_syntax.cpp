// Iterative (no recursion) so nesting depth never touches the call stack.
#include "core/format/json_syntax.h"

#include <unordered_set>
#include <vector>

#include "core/text/utf8.h"

namespace gp {

namespace {

bool isWhitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isHexDigit(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

class SyntaxScanner {
 public:
  SyntaxScanner(std::string_view text, int maxDepth) : text_(text), maxDepth_(maxDepth) {}

  std::optional<JsonSyntaxProblem> scan() {
    try {
      scanDocument();
    } catch (const JsonSyntaxProblem& problem) {
      return problem;
    }
    return std::nullopt;
  }

 private:
  struct Container {
    bool isObject = false;
    std::unordered_set<std::string_view> keys;  // views into text_, compared as written
  };

  std::string_view text_;
  int maxDepth_;
  size_t pos_ = 0;
  std::vector<Container> open_;

  bool atEnd() const { return pos_ >= text_.size(); }
  char peek() const { return atEnd() ? '\0' : text_[pos_]; }

  void skipWhitespace() {
    while (!atEnd() && isWhitespace(text_[pos_])) ++pos_;
  }

  [[noreturn]] void fail(size_t offset, std::string message) {
    throw JsonSyntaxProblem{offset, std::move(message)};
  }

  // Outside strings any non-ASCII byte is an error; invalid UTF-8 there deserves its own message.
  [[noreturn]] void syntaxError(size_t offset, const std::string& reason) {
    if (offset < text_.size() && static_cast<unsigned char>(text_[offset]) >= 0x80 &&
        utf8SequenceLength(text_, offset) == 0)
      fail(offset, "invalid UTF-8 text");
    fail(offset, "syntax error: " + reason);
  }

  // A short description of what sits at `offset`, for "expected X, found Y".
  std::string describeFound(size_t offset) const {
    if (offset >= text_.size()) return "the end of the file";
    const char c = text_[offset];
    if (c == '"') return "a string";
    if (isDigit(c) || c == '-') return "a number";
    if (isLetter(c)) return "the word '" + std::string(wordAt(offset)) + "'";
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return "a control character";
    const size_t length = utf8SequenceLength(text_, offset);
    return "'" + std::string(text_.substr(offset, length == 0 ? 1 : length)) + "'";
  }

  std::string_view wordAt(size_t offset) const {
    size_t end = offset;
    while (end < text_.size() && end - offset < 24 &&
           (isLetter(text_[end]) || isDigit(text_[end]) || text_[end] == '_'))
      ++end;
    return text_.substr(offset, end - offset);
  }

  // Mistakes common enough in hand-edited files to deserve a specific reason.
  void rejectCommonMistakes() {
    if (peek() == '/') syntaxError(pos_, "comments are not allowed in JSON");
    if (peek() == '\'') syntaxError(pos_, "strings must use double quotes, not single quotes");
  }

  void scanDocument() {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    bool expectValue = true;
    while (true) {
      skipWhitespace();
      if (expectValue) {
        scanValueStart();
        expectValue = false;
        // An opened container that is not immediately closed needs a value (or key) next.
        if (!open_.empty() && justOpened_) {
          justOpened_ = false;
          if (open_.back().isObject) scanKeyAndColon();
          expectValue = true;
        }
        continue;
      }
      if (open_.empty()) {
        if (!atEnd()) syntaxError(pos_, "unexpected " + describeFound(pos_) + " after the end of the JSON value");
        return;
      }
      expectValue = scanAfterValue();
    }
  }

  bool justOpened_ = false;

  // Scans a scalar, an empty container, or opens a container (setting justOpened_).
  void scanValueStart() {
    if (atEnd()) syntaxError(pos_, open_.empty() ? "the file contains no JSON value" : "unexpected end of the file, expected a value");
    const char c = peek();
    if (c == '{' || c == '[') {
      if (static_cast<int>(open_.size()) >= maxDepth_)
        fail(pos_, "nesting deeper than " + std::to_string(maxDepth_) + " levels");
      const char closer = c == '{' ? '}' : ']';
      ++pos_;
      skipWhitespace();
      if (peek() == closer) {
        ++pos_;
        return;
      }
      open_.push_back(Container{c == '{', {}});
      justOpened_ = true;
      return;
    }
    if (c == '"') return (void)scanString();
    if (c == '-' || isDigit(c)) return scanNumber();
    if (isLetter(c)) return scanWord();
    rejectCommonMistakes();
    syntaxError(pos_, "expected a value, found " + describeFound(pos_));
  }

  // After a value inside a container: returns true when another value must follow.
  bool scanAfterValue() {
    Container& container = open_.back();
    const char closer = container.isObject ? '}' : ']';
    if (atEnd()) syntaxError(pos_, std::string("unexpected end of the file (missing '") + closer + "')");
    const char c = peek();
    if (c == closer) {
      ++pos_;
      open_.pop_back();
      return false;
    }
    if (c == ',') {
      const size_t commaOffset = pos_++;
      skipWhitespace();
      if (peek() == closer) syntaxError(commaOffset, std::string("trailing comma before '") + closer + "' is not allowed");
      if (container.isObject) scanKeyAndColon();
      return true;
    }
    rejectCommonMistakes();
    syntaxError(pos_, std::string("expected ',' or '") + closer + "', found " + describeFound(pos_));
  }

  void scanKeyAndColon() {
    if (atEnd()) syntaxError(pos_, "unexpected end of the file (missing '}')");
    if (peek() != '"') {
      rejectCommonMistakes();
      syntaxError(pos_, "expected a property name in double quotes, found " + describeFound(pos_));
    }
    const size_t keyOffset = pos_;
    const std::string_view key = scanString();
    if (!open_.back().keys.insert(key).second)
      fail(keyOffset, "duplicate key \"" + truncateUtf8(key, 40) + "\"");
    skipWhitespace();
    if (peek() != ':') syntaxError(pos_, "expected ':' after the property name, found " + describeFound(pos_));
    ++pos_;
  }

  // Returns the raw text between the quotes.
  std::string_view scanString() {
    const size_t start = pos_++;
    while (true) {
      if (atEnd()) syntaxError(start, "unterminated string (missing closing '\"')");
      const unsigned char c = static_cast<unsigned char>(text_[pos_]);
      if (c == '"') {
        ++pos_;
        return text_.substr(start + 1, pos_ - start - 2);
      }
      if (c == '\\') {
        scanEscape(start);
      } else if (c == '\n' || c == '\r') {
        syntaxError(start, "unterminated string (missing closing '\"')");
      } else if (c == '\t') {
        syntaxError(pos_, "a tab inside a string must be written as \\t");
      } else if (c < 0x20) {
        syntaxError(pos_, "a control character inside a string must be escaped");
      } else if (c >= 0x80) {
        const size_t length = utf8SequenceLength(text_, pos_);
        if (length == 0) fail(pos_, "invalid UTF-8 text");
        pos_ += length;
      } else {
        ++pos_;
      }
    }
  }

  void scanEscape(size_t stringStart) {
    const size_t escapeStart = pos_++;
    if (atEnd()) syntaxError(stringStart, "unterminated string (missing closing '\"')");
    const char c = text_[pos_];
    if (c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't') {
      ++pos_;
      return;
    }
    if (c != 'u') {
      const bool printable = static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F;
      syntaxError(escapeStart, printable ? std::string("invalid escape '\\") + c + "' in string" : "invalid escape in string");
    }
    const unsigned codeUnit = scanHexQuad(escapeStart);
    if (codeUnit >= 0xDC00 && codeUnit <= 0xDFFF) syntaxError(escapeStart, "unpaired surrogate in \\u escape");
    if (codeUnit >= 0xD800 && codeUnit <= 0xDBFF) {
      if (text_.substr(pos_, 2) != "\\u") syntaxError(escapeStart, "unpaired surrogate in \\u escape");
      const size_t lowStart = pos_++;
      const unsigned low = scanHexQuad(lowStart);
      if (low < 0xDC00 || low > 0xDFFF) syntaxError(escapeStart, "unpaired surrogate in \\u escape");
    }
  }

  // Reads the 4 hex digits after "\u" (pos_ at the 'u').
  unsigned scanHexQuad(size_t escapeStart) {
    ++pos_;
    unsigned value = 0;
    for (int i = 0; i < 4; ++i, ++pos_) {
      if (atEnd() || !isHexDigit(text_[pos_])) syntaxError(escapeStart, "\\u must be followed by 4 hex digits");
      const char c = text_[pos_];
      value = value * 16 + static_cast<unsigned>(isDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return value;
  }

  void scanNumber() {
    const size_t start = pos_;
    const auto invalid = [&] {
      size_t end = start;
      while (end < text_.size() && end - start < 24 &&
             (isDigit(text_[end]) || isLetter(text_[end]) || text_[end] == '.' || text_[end] == '-' || text_[end] == '+'))
        ++end;
      syntaxError(start, "invalid number '" + std::string(text_.substr(start, end - start)) + "'");
    };
    const auto scanDigits = [&] {
      if (!isDigit(peek())) invalid();
      while (isDigit(peek())) ++pos_;
    };
    if (peek() == '-') ++pos_;
    if (peek() == '0') {
      ++pos_;
    } else {
      scanDigits();
    }
    if (peek() == '.') {
      ++pos_;
      scanDigits();
    }
    if (peek() == 'e' || peek() == 'E') {
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      scanDigits();
    }
    if (isDigit(peek()) || isLetter(peek()) || peek() == '.') invalid();
  }

  void scanWord() {
    const std::string_view word = wordAt(pos_);
    if (word == "true" || word == "false" || word == "null") {
      pos_ += word.size();
      return;
    }
    syntaxError(pos_, "unknown word '" + std::string(word) + "' (text must be in double quotes)");
  }
};

}  // namespace

std::optional<JsonSyntaxProblem> findJsonSyntaxProblem(std::string_view text, int maxNestingDepth) {
  return SyntaxScanner(text, maxNestingDepth).scan();
}

}  // namespace gp
