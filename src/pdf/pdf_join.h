#pragma once
// Joining print files (the --merge PDFs of a batch's shards) into one, in
// the order given, with libqpdf: pages are copied as qpdf copies foreign
// objects, never re-parsed or re-painted by formwork.
#include <string>
#include <vector>

namespace formwork {

/// What join_pdfs made.
struct JoinResult {
  size_t pages = 0;      ///< pages in the joined file
  size_t bookmarks = 0;  ///< outline entries (one per record of formwork's print files)
};

/// Writes the pages of `parts`, in order, to `out_path` (atomically: the
/// file appears complete or not at all). Each part's top-level outline
/// entries (PDF 32000-1 §12.3.3; formwork's print files have one per
/// record) are carried over, pointing at the same pages, so the joined file
/// has one bookmark per record in part order. The document information
/// dictionary (§14.3.3) is the first part's. The file /ID is computed from
/// the content (qpdf's deterministic ID), so the same parts give the same
/// bytes.
///
/// Throws DataError naming the part when it is not a PDF or qpdf had to
/// repair it (a truncated or damaged shard must not be joined silently),
/// IoError naming the path when a part cannot be read or the output cannot
/// be written.
JoinResult join_pdfs(const std::string& out_path, const std::vector<std::string>& parts);

}  // namespace formwork
