// Whole-file reading and writing for the CLI (core itself never touches files).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gp::cli {

struct ReadOutcome {
  std::optional<std::string> text;  // absent when the file could not be read
  std::string problem;              // "cannot read file" or the too-large message
};

// Refuses files over the format's size limit without reading them.
ReadOutcome readWholeFile(const std::string& path);

// A file's text for reading once (validate): mapped into memory rather than copied in when it
// can be, since copying a 15 MB plan into fresh memory took about a fifth of `validate`'s time
// (each page of the copy is a page fault). The same checks and messages as readWholeFile, whose
// copy it falls back to (an empty file, or one that cannot be mapped). A mapped file that another
// program shortens while it is read ends this process with SIGBUS, as with other tools reading
// files through mmap; validate only reads.
class FileText {
 public:
  explicit FileText(const std::string& path);
  ~FileText();
  FileText(const FileText&) = delete;
  FileText& operator=(const FileText&) = delete;

  bool ok() const { return ok_; }
  std::string_view text() const { return text_; }
  const std::string& problem() const { return copy_.problem; }

 private:
  void* mapping_ = nullptr;
  size_t mappedBytes_ = 0;
  ReadOutcome copy_;  // when not mapped
  std::string_view text_;
  bool ok_ = false;
};

// Writes via a temporary file and a rename, so a failed write never leaves half a plan behind.
bool replaceFile(const std::string& path, const std::string& contents);

}  // namespace gp::cli
