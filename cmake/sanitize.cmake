# Builds for hunting memory and undefined-behaviour bugs (scripts/ci-sanitize.sh,
# scripts/ci-fuzz.sh). Included before the modules so every library is
# instrumented.
#   FORMWORK_SANITIZE  AddressSanitizer + UndefinedBehaviorSanitizer (gcc or clang);
#                      any UB report aborts the test that triggers it.
#   FORMWORK_FUZZ      libFuzzer harnesses of tests/fuzz (clang only), also
#                      with ASan + UBSan.
option(FORMWORK_SANITIZE "Build with AddressSanitizer and UBSan" OFF)
option(FORMWORK_FUZZ "Build the libFuzzer harnesses (clang)" OFF)
if(FORMWORK_SANITIZE OR FORMWORK_FUZZ)
  set(san -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  add_compile_options(${san})
  add_link_options(-fsanitize=address,undefined)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12's -Wmaybe-uninitialized misfires on std::variant and
    # std::optional once ASan instruments them (196 reports, none real).
    add_compile_options(-Wno-maybe-uninitialized)
  endif()
endif()
if(FORMWORK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "FORMWORK_FUZZ needs clang: -DCMAKE_CXX_COMPILER=clang++-14")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# tests/fuzz/fuzz_<name>.cpp → fuzz_<name>, linked against `deps`.
function(formwork_fuzzer name)
  add_executable(fuzz_${name} ${PROJECT_SOURCE_DIR}/tests/fuzz/fuzz_${name}.cpp)
  target_include_directories(fuzz_${name} PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(fuzz_${name} PRIVATE ${ARGN})
  target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer)
endfunction()
