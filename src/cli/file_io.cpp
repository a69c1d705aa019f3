#include "file_io.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

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

FileText::FileText(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat info {};
  if (fd >= 0 && ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0 &&
      static_cast<unsigned long long>(info.st_size) <= kMaxFileBytes) {
    void* mapping = ::mmap(nullptr, static_cast<size_t>(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    if (mapping != MAP_FAILED) {
      mapping_ = mapping;
      mappedBytes_ = static_cast<size_t>(info.st_size);
      text_ = std::string_view(static_cast<const char*>(mapping), mappedBytes_);
      ok_ = true;
    }
  }
  if (fd >= 0) ::close(fd);
  if (ok_) return;
  copy_ = readWholeFile(path);  // every other case, with its checks and messages
  ok_ = copy_.text.has_value();
  if (ok_) text_ = *copy_.text;
}

FileText::~FileText() {
  if (mapping_) ::munmap(mapping_, mappedBytes_);
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
