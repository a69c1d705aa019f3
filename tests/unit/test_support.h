// Shared helpers for unit tests: locating and reading files under tests/data and assets.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

#ifndef GP_TEST_DATA_DIR
#define GP_TEST_DATA_DIR "tests/data"
#endif
#ifndef GP_ASSETS_DIR
#define GP_ASSETS_DIR "assets"
#endif

namespace gp::test {

inline std::filesystem::path dataPath(const std::string& relative) {
  return std::filesystem::path(GP_TEST_DATA_DIR) / relative;
}

inline std::filesystem::path assetPath(const std::string& relative) {
  return std::filesystem::path(GP_ASSETS_DIR) / relative;
}

inline std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Files in `folder` whose name ends with `extension` (e.g. ".json"), sorted for stable output.
inline std::vector<std::filesystem::path> filesIn(const std::filesystem::path& folder, const std::string& extension) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    if (entry.is_regular_file() && entry.path().extension() == extension) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace gp::test
