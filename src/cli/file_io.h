// Whole-file reading and writing for the CLI (core itself never touches files).
#pragma once

#include <optional>
#include <string>

namespace gp::cli {

struct ReadOutcome {
  std::optional<std::string> text;  // absent when the file could not be read
  std::string problem;              // "cannot read file" or the too-large message
};

// Refuses files over the format's size limit without reading them.
ReadOutcome readWholeFile(const std::string& path);

// Writes via a temporary file and a rename, so a failed write never leaves half a plan behind.
bool replaceFile(const std::string& path, const std::string& contents);

}  // namespace gp::cli
