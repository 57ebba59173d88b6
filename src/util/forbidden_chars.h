#pragma once
// The one policy for characters no formwork output may carry. DOCX and
// XLSX are XML 1.0 documents, and a character outside XML 1.0's Char
// production (XML 1.0 Fifth Edition §2.2) makes the whole part unreadable:
// python-docx, openpyxl, Word and Excel refuse the file. The policy:
//
//   * Data (JSON records) holding such a character is a data error naming
//     the JSON pointer and the code point (model/forbidden_text.h).
//   * Every writer (DOCX, XLSX, TXT, the PDF text) passes text through
//     clean_text() before it reaches its file, so text from any other path
//     (template literals, font names, a Document built in code) is
//     sanitised and no writer can emit an unreadable file.
//
// Forbidden (ForbiddenKind), in every writer alike:
//   Control       U+0000–U+001F except TAB, LF, CR (not XML Chars), and
//                 DEL and C1 controls U+007F–U+009F (XML 1.0 §2.2 discourages
//                 them; they mean nothing in a document and the template
//                 layer always dropped them)
//   Surrogate     U+D800–U+DFFF (not characters; never valid in UTF-8)
//   Noncharacter  U+FDD0–U+FDEF and U+nFFFE/U+nFFFF of every plane (Unicode
//                 §23.7, "not for interchange"; U+FFFE and U+FFFF are not XML
//                 Chars, the others are discouraged by XML 1.0 §2.2)
//   OutOfRange    above U+10FFFF
// TAB, LF and CR are text (writers turn them into tabs and line breaks).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace formwork {

/// Why a code point may not appear in an output (None: it may).
enum class ForbiddenKind { None, Control, Surrogate, Noncharacter, OutOfRange };

/// The class of `c` under the policy above.
ForbiddenKind forbidden_kind(char32_t c);

/// True when `c` may not appear in any output.
inline bool is_forbidden_char(char32_t c) { return forbidden_kind(c) != ForbiddenKind::None; }

/// "control character", "surrogate", "noncharacter", "code point beyond
/// U+10FFFF" ("" for None), for messages.
std::string_view forbidden_kind_name(ForbiddenKind kind);

/// "U+FFFE": the code point in the Unicode notation (at least 4 hex digits).
std::string code_point_label(char32_t c);

/// One forbidden character found in a text.
struct ForbiddenChar {
  size_t position = 0;  ///< 1-based, counted in code points
  char32_t code_point = 0;
};

/// The forbidden characters of UTF-8 `text` in order, at most `limit` of
/// them (malformed UTF-8 is skipped: data readers reject it before).
std::vector<ForbiddenChar> find_forbidden_chars(std::string_view text, size_t limit = 8);

/// `text` as every writer must write it: forbidden characters removed,
/// malformed UTF-8 replaced by U+FFFD. Returns `text` itself (no copy) when
/// it is clean, else a view of `storage`, which receives the cleaned text.
/// Linear in the length of `text`.
std::string_view clean_text(std::string_view text, std::string& storage);

/// clean_text into a new string.
std::string clean_text(std::string_view text);

/// Bidirectional formatting characters (UAX #9 §2.1–2.2): embeddings and
/// overrides U+202A–U+202E, isolates U+2066–U+2069, the marks U+200E,
/// U+200F and U+061C. Text may carry them, but names (files, worksheets)
/// drop them: in a name they reorder what a file manager shows
/// ("invoice\u202Efdp.exe" shows as "invoiceexe.pdf").
bool is_bidi_control(char32_t c);

/// Text from a template's data made fit for a run: CR LF and lone CR become
/// LF, a tab becomes a space when `tab_to_space` (writers without tab
/// stops) or stays, and the characters no output may carry are dropped.
/// Malformed UTF-8 is left for nfc() (util/utf8.h), which replaces it.
std::string normalize_run_text(std::string_view text, bool tab_to_space);

}  // namespace formwork
