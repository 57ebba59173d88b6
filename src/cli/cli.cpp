#include "cli/cli.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace formwork {

namespace {

struct Args {
  std::string templates_dir;
  std::string template_name, data_path;
  RenderOptions render;
  std::string lang;  ///< validate --lang
  DataOptions data;  ///< --encoding, --map, --sheet
  std::string merge_out;
  std::vector<std::string> merge_parts;
};

/// --lang for the messages about data problems.
void add_lang(CLI::App* cmd, std::string& lang) {
  cmd->add_option("--lang", lang,
                  "language of the data-problem messages: zh, vi or en (default: from the "
                  "locale, LC_ALL/LC_MESSAGES/LANG)")
      ->check(CLI::IsMember({"zh", "vi", "en"}));
}

void add_template_and_data(CLI::App* cmd, Args& a) {
  cmd->add_option("TEMPLATE", a.template_name,
                  "template name from templates/ (see `formwork list`) or path to a .xml, .docx or "
                  ".xlsx file")
      ->required();
  cmd->add_option("DATA", a.data_path,
                  "JSON object, JSON array of objects, JSON Lines, or a .csv/.tsv/.xlsx table "
                  "(docs/data-input.md)")
      ->required();
  cmd->add_option("--encoding", a.data.encoding,
                  "encoding of CSV/TSV data, e.g. gb18030 (default: UTF-8)");
  cmd->add_option("--map", a.data.map_path,
                  "JSON object renaming CSV/XLSX header texts to fields: {\"header\": \"field\"}")
      ->check(CLI::ExistingFile);
  cmd->add_option("--sheet", a.data.sheet, "worksheet of XLSX data (default: the first)");
  cmd->add_option("--rows", a.data.rows,
                  "list field from another sheet or file: FIELD=SHEET:KEY or FIELD=FILE:KEY, "
                  "e.g. 费用=Sheet2:编号 (rows whose KEY matches the record's)");
}

void add_batch_options(CLI::App* cmd, RenderOptions& r);

CLI::App* add_render(CLI::App& app, Args& a) {
  auto* cmd = app.add_subcommand("render", "validate DATA and write one document set per record");
  add_template_and_data(cmd, a);
  cmd->add_option("-o,--output", a.render.out_dir, "output folder (created if missing)")
      ->capture_default_str();
  cmd->add_option("-f,--formats", a.render.formats, "comma-separated formats: pdf,docx,xlsx,txt")
      ->delimiter(',')
      ->check(CLI::IsMember({"pdf", "docx", "xlsx", "txt"}))
      ->capture_default_str();
  cmd->add_option("--merge", a.render.merge_path,
                  "also write every valid record into this one PDF for batch printing");
  cmd->add_option("--fonts", a.render.fonts_path, "font roles file (docs/fonts.md)")
      ->check(CLI::ExistingFile);
  cmd->add_flag("-q,--quiet", a.render.quiet, "print only problems (and no progress line)");
  cmd->add_option("-j,--jobs", a.render.jobs,
                  "worker threads (default: one per core); files are the same at any -j")
      ->check(CLI::Range(1u, 1024u));
  cmd->add_option("--copies", a.render.copies,
                  "merged PDF: print each record this many times (一式三份 = 3)")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  cmd->add_flag(
      "--duplex", a.render.duplex,
      "merged PDF: start each record (and copy) on a front page, padding with a blank page");
  cmd->add_flag("--strict", a.render.strict,
                "a warning is an error for its record: a character no installed font can draw, a "
                "check of level \"warning\" that fails");
  add_batch_options(cmd, a.render);
  add_lang(cmd, a.render.lang);
  return cmd;
}

/// --shard, --manifest, --resume (docs/scale.md).
void add_batch_options(CLI::App* cmd, RenderOptions& r) {
  cmd->add_option("--shard", r.shard,
                  "render only shard I of N (0-based, e.g. $SLURM_ARRAY_TASK_ID/4): one "
                  "contiguous block of the records, named as in a whole run");
  cmd->add_option("--manifest", r.manifest_path,
                  "JSON Lines file: one line per record (status, files with size and SHA-256)");
  cmd->add_flag("--resume", r.resume,
                "keep records the --manifest lists as written whose files are unchanged; "
                "render the rest (finishes a killed batch)");
}

CLI::App* add_merge(CLI::App& app, std::string& out, std::vector<std::string>& parts) {
  auto* cmd = app.add_subcommand(
      "merge", "join shard print files (render --merge) into one PDF, in the order given");
  cmd->add_option("OUT", out, "the joined PDF")->required();
  cmd->add_option("PARTS", parts, "the shards' PDF files, in shard order")
      ->required()
      ->check(CLI::ExistingFile);
  return cmd;
}

}  // namespace

int run_cli(int argc, char** argv, const char* source_dir) {
  CLI::App app{"formwork: JSON data → validated, typeset forms (PDF, DOCX, XLSX, TXT)"};
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 all done; 1 usage; 2 invalid data (every problem printed, nothing written "
      "for that record); 3 template error (file:line:column); 4 I/O error.");
  Args a;
  app.add_option("--templates", a.templates_dir, "folder of templates (default ./templates)");
  // Global options are accepted after the subcommand too
  // (`formwork render --templates T …`), as users type them.
  app.fallthrough();
  auto* list = app.add_subcommand("list", "list the templates with their descriptions");
  auto* validate =
      app.add_subcommand("validate", "check DATA against TEMPLATE's schema and checks");
  add_template_and_data(validate, a);
  add_lang(validate, a.lang);
  auto* render = add_render(app, a);
  auto* merge = add_merge(app, a.merge_out, a.merge_parts);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kOk : kUsage;
  }
  if (merge->parsed()) return run_merge(a.merge_out, a.merge_parts, std::cout, std::cerr);
  TemplateLocator locator(a.templates_dir, source_dir);
  if (list->parsed()) return run_list(locator, std::cout, std::cerr);
  if (validate->parsed()) {
    return run_validate(a.template_name, a.data_path, a.lang, a.data, locator, std::cout,
                        std::cerr);
  }
  a.render.template_name = a.template_name;
  a.render.data_path = a.data_path;
  a.render.data = a.data;
  (void)render;
  return run_render(a.render, locator, std::cout, std::cerr);
}

}  // namespace formwork
