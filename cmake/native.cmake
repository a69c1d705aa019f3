# Native build: unit tests and the command-line tool over the same core.
enable_testing()

find_path(DOCTEST_DIR doctest/doctest.h PATHS /usr/include REQUIRED)
file(GLOB GP_UNIT_TEST_SOURCES CONFIGURE_DEPENDS tests/unit/*.cpp)
add_executable(gp_unit_tests ${GP_UNIT_TEST_SOURCES})
target_link_libraries(gp_unit_tests PRIVATE gp_core)
# The palette and its contrast math are plain C++ (no ImGui), so the tests check them natively.
target_sources(gp_unit_tests PRIVATE src/ui/palette_colors.cpp src/ui/color_contrast.cpp)
target_include_directories(gp_unit_tests SYSTEM PRIVATE "${DOCTEST_DIR}")
target_compile_definitions(gp_unit_tests PRIVATE GP_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data"
                                                 GP_ASSETS_DIR="${CMAKE_SOURCE_DIR}/assets")
add_test(NAME unit COMMAND gp_unit_tests)

file(GLOB GP_CLI_SOURCES CONFIGURE_DEPENDS src/cli/*.cpp)
add_executable(growthplan ${GP_CLI_SOURCES})
target_link_libraries(growthplan PRIVATE gp_core)
set_target_properties(growthplan PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}")
# Every tests/unit/cli*_test.sh is a test of the CLI named after its file (cli, cli_feedback, ...).
file(GLOB GP_CLI_TESTS CONFIGURE_DEPENDS tests/unit/cli*_test.sh)
foreach(script IN LISTS GP_CLI_TESTS)
  get_filename_component(name "${script}" NAME_WE)
  string(REGEX REPLACE "_test$" "" name "${name}")
  add_test(NAME ${name} COMMAND bash "${script}" $<TARGET_FILE:growthplan>)
  set_tests_properties(${name} PROPERTIES WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}")
endforeach()

# Benchmarks (not tests): run by hand, numbers go in the closing notes.
add_executable(gp_merge_bench tests/bench/merge_bench.cpp)
target_link_libraries(gp_merge_bench PRIVATE gp_core)
add_executable(gp_attribution_bench tests/bench/attribution_bench.cpp)
target_link_libraries(gp_attribution_bench PRIVATE gp_core)
add_executable(gp_plan_load_bench tests/bench/plan_load_bench.cpp)
target_link_libraries(gp_plan_load_bench PRIVATE gp_core)
target_compile_definitions(gp_plan_load_bench PRIVATE GP_CLI_BINARY="$<TARGET_FILE:growthplan>")
add_dependencies(gp_plan_load_bench growthplan gp_parse_once)
add_executable(gp_parse_once tests/bench/parse_once.cpp)
target_include_directories(gp_parse_once SYSTEM PRIVATE "${GP_JSON_INCLUDE}")
target_compile_definitions(gp_plan_load_bench PRIVATE GP_PARSE_ONCE_BINARY="$<TARGET_FILE:gp_parse_once>")
