#pragma once
// Tests that read outputs back with an external tool (LibreOffice) skip it
// when the tool is missing on a developer's machine, but fail under CI=true
// (scripts/test.sh sets it): a test that skips silently in CI is no test.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

namespace formwork::test {

/// Whether a missing tool must fail the test: CI=true in the environment.
inline bool tools_required() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && std::string(ci) == "true";
}

}  // namespace formwork::test

/// Skips the test (or fails it under CI=true) when `available` is false,
/// saying which tool is missing and which package provides it.
#define FORMWORK_REQUIRE_TOOL(available, message)                               \
  do {                                                                          \
    if (!(available)) {                                                         \
      if (::formwork::test::tools_required()) FAIL() << "missing: " << message; \
      GTEST_SKIP() << message;                                                  \
    }                                                                           \
  } while (0)
