#pragma once
// The `formwork` command line (CLI11): list, validate, render.

namespace formwork {

/// Runs the CLI with the process arguments and returns the exit code:
/// 0 all done; 1 usage; 2 invalid data (some record failed); 3 template
/// error; 4 I/O error. `source_dir` is the checkout the binary was built
/// from, where templates/ and fonts.json are found by default.
int run_cli(int argc, char** argv, const char* source_dir);

}  // namespace formwork
