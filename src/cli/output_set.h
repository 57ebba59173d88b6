#pragma once
// Writes one record's outputs in the requested formats under the output
// folder, all together or not at all.
#include <string>
#include <unordered_set>
#include <vector>

#include "docx/docx_writer.h"
#include "fonts/font_config.h"
#include "fonts/font_engine.h"
#include "layout/frame.h"
#include "model/document.h"
#include "xlsx/xlsx_writer.h"

namespace formwork {

/// The output folder and formats of one batch.
///
/// Every format of a record is made first, each into a private temporary
/// file beside its final path (unpredictable name, O_CREAT|O_EXCL|
/// O_NOFOLLOW, see AtomicFileSet); only when all are complete are they
/// renamed into place. A failure leaves none of the record's files and no
/// temporary behind. A planted symlink is never followed.
class OutputSet {
 public:
  /// Creates `dir` if needed and checks, before any record is rendered,
  /// that files can be created in it; removes temporaries of formwork's own
  /// naming that a killed run left there (remove_stale_temporaries).
  /// `fonts` gives DOCX and XLSX the user's face names. Throws IoError
  /// naming the folder and the reason ("read-only file system", …).
  OutputSet(std::string dir, std::vector<std::string> formats, const FontConfig& fonts);

  /// The record's file base name (no folder, no extension) made unique in
  /// the batch: a name given twice gets "-2", "-3"… Call in record order,
  /// so names are the same at any -j and on any shard layout. Not
  /// thread-safe.
  std::string reserve(const std::string& name);

  /// The final paths of `base` for every format, in the order of the
  /// formats given.
  std::vector<std::string> paths(const std::string& base) const;

  /// Writes every format of one record (the PDF is pdf_bytes(laid,
  /// engine); `laid` may be null when no PDF is asked for) and moves them
  /// into place together; returns paths(base). Safe to call from several
  /// threads at once for different bases. Throws what the writers throw
  /// (IoError, DataError, TemplateError, std::runtime_error); nothing of
  /// the record stays on disk then.
  std::vector<std::string> write(const Document& doc, const LaidOutDocument* laid,
                                 FontEngine* engine, const std::string& base) const;

  /// Whether the formats include "pdf".
  bool wants_pdf() const;

  const std::string& dir() const { return dir_; }

  /// What the constructor does to the folder, for a folder used on its own
  /// (a --merge file's): creates it if needed, checks that a file can be
  /// created and removed in it, and removes stale temporaries. Throws
  /// IoError "cannot write to output folder D: …".
  static void prepare_folder(const std::string& dir);

 private:
  std::string dir_;
  std::vector<std::string> formats_;
  DocxOptions docx_;
  XlsxOptions xlsx_;
  std::unordered_set<std::string> used_;  ///< names reserved so far (100,000s in a batch)
};

}  // namespace formwork
