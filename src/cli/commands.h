#pragma once
// The three subcommands. Each returns an ExitCode and prints results to
// `out` and problems to `err`.
#include <ostream>
#include <string>
#include <vector>

#include "cli/template_locator.h"
#include "data/data_options.h"

namespace formwork {

struct RenderOptions {
  std::string template_name;  ///< name in templates/ or a path
  std::string data_path;      ///< JSON object, array or JSON Lines
  std::string out_dir = "output";
  std::vector<std::string> formats = {"pdf", "docx", "xlsx", "txt"};
  std::string merge_path;  ///< one PDF of every valid record, "" for none
  std::string fonts_path;  ///< font roles file (docs/fonts.md), "" for defaults
  bool quiet = false;
  unsigned jobs = 0;          ///< worker threads; 0 = one per core
  int copies = 1;             ///< merged PDF: each record this many times (一式三份 = 3)
  bool duplex = false;        ///< merged PDF: each record starts on a front page
  bool strict = false;        ///< a character no font can draw is an error, not a warning
  std::string shard;          ///< "I/N": render only shard I of N ("" = all records)
  std::string manifest_path;  ///< JSON Lines manifest of the batch ("" = none)
  bool resume = false;        ///< keep records the manifest lists as complete
  std::string lang;           ///< "zh", "vi", "en" or "" (from the locale)
  DataOptions data;           ///< --encoding, --map, --sheet for CSV/TSV/XLSX data
};

/// `formwork render`: validates every record and writes one file per
/// format for each valid one; invalid records are reported with their
/// index and line and skipped (nothing written for them).
int run_render(const RenderOptions& opt, const TemplateLocator& locator, std::ostream& out,
               std::ostream& err);

/// `formwork validate`: schema and checks for every record, all problems
/// printed; nothing is written.
/// `lang` is --lang ("zh", "vi", "en", or "" for the locale's).
int run_validate(const std::string& template_name, const std::string& data_path,
                 const std::string& lang, const DataOptions& data, const TemplateLocator& locator,
                 std::ostream& out, std::ostream& err);

/// `formwork merge`: joins shard print files into `out_path`, in the order
/// given, with one bookmark per record (join_pdfs).
int run_merge(const std::string& out_path, const std::vector<std::string>& parts, std::ostream& out,
              std::ostream& err);

/// `formwork list`: the templates found, with their descriptions.
int run_list(const TemplateLocator& locator, std::ostream& out, std::ostream& err);

}  // namespace formwork
