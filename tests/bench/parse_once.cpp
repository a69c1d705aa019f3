// Benchmark helper (not a test): reads FILE and parses it with a bare nlohmann::json::parse, in a
// process of its own, as `growthplan validate FILE` does with the plan: the reference for the CLI
// rows of gp_plan_load_bench, paying the same start-up, file reading and fresh memory.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include <nlohmann/json.hpp>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::ifstream in(argv[1], std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto json = nlohmann::json::parse(text);
  std::printf("%zu\n", json.size());
  return 0;
}
