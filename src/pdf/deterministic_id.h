#pragma once
// Same input, same bytes: fixed Info metadata and a content-derived /ID.
#include <string>
#include <string_view>

namespace PoDoFo {
class PdfDocument;
}

namespace formwork {

/// The fixed /CreationDate and /ModDate written to every PDF (PDF 32000-1
/// §7.9.4 date string): the output depends on its input only.
inline constexpr const char* kFixedPdfDate = "D:20000101000000Z";

/// Sets the document Info dictionary (PDF 32000-1 §14.3.3): /Title (UTF-8
/// `title`, omitted when empty), /Producer and /Creator "formwork", and the
/// fixed dates.
void stamp_info(PoDoFo::PdfDocument& doc, const std::string& title);

/// A 128-bit digest of `bytes` as 32 upper-case hex digits: PoDoFo's MD5
/// of a scratch Info dictionary holding `bytes` as a hex string. (PoDoFo
/// 0.9.8 does not export its MD5 helpers, but PdfWriter computes a file
/// identifier as the MD5 of the Info dictionary it writes.) Deterministic
/// and content-dependent; not for security.
std::string content_digest_hex(std::string_view bytes);

/// Overwrites both 32-digit strings of the trailer's /ID (PDF 32000-1
/// §14.4) in place with content_digest_hex() of everything before them, so the file
/// identifier follows the content and no byte offset moves. Throws
/// std::runtime_error when `pdf` has no such trailer /ID.
void replace_trailer_id(std::string& pdf);

}  // namespace formwork
