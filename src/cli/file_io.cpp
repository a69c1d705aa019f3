#include "file_io.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

#include "core/format/format.h"

namespace gp::cli {

ReadOutcome readWholeFile(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return {std::nullopt, "cannot read file"};
  const auto size = std::filesystem::file_size(path, error);
  if (error) return {std::nullopt, "cannot read file"};
  if (size > kMaxFileBytes) return {std::nullopt, fileTooLargeMessage(static_cast<size_t>(size))};
  std::ifstream in(path, std::ios::binary);
  if (!in) return {std::nullopt, "cannot read file"};
  // One read of the size the file has (a character at a time took longer than parsing a big
  // plan's JSON), then whatever a file still being written has gained since.
  std::string text(static_cast<size_t>(size), '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<size_t>(in.gcount()));
  if (in.bad()) return {std::nullopt, "cannot read file"};
  if (!in.eof()) text.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return {std::nullopt, "cannot read file"};
  return {std::move(text), {}};
}

bool replaceFile(const std::string& path, const std::string& contents) {
  const std::string temporary = path + ".growthplan-tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out << contents;
    out.flush();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      return false;
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) std::filesystem::remove(temporary, error);
  return !error;
}

}  // namespace gp::cli
