# libFuzzer harnesses (tests/fuzz/*_fuzzer.cpp) over the core, with AddressSanitizer and
# UndefinedBehaviorSanitizer. Needs clang (the "fuzz" preset uses clang-14); run by scripts/fuzz.sh.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "GP_FUZZ needs clang (libFuzzer): configure with the \"fuzz\" preset")
endif()

set(GP_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
# The core gets coverage instrumentation so the fuzzer can steer into it; only harnesses link libFuzzer.
target_compile_options(gp_core PUBLIC ${GP_SANITIZERS} -fsanitize=fuzzer-no-link)
target_link_options(gp_core PUBLIC ${GP_SANITIZERS})

file(GLOB GP_FUZZ_SOURCES CONFIGURE_DEPENDS tests/fuzz/*_fuzzer.cpp)
foreach(source ${GP_FUZZ_SOURCES})
  get_filename_component(name "${source}" NAME_WE)
  add_executable(${name} "${source}")
  target_link_libraries(${name} PRIVATE gp_core)
  target_compile_options(${name} PRIVATE -fsanitize=fuzzer)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  target_compile_definitions(${name} PRIVATE GP_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data")
endforeach()
