#pragma once
// Finding the {{…}} tags of one paragraph (ECMA-376 Part 1 §17.3.1.22 w:p)
// and gathering each tag's text, which Word, WPS and LibreOffice split over
// several runs (§17.3.2.25 w:r) for spell-check marks, revision ids or
// formatting, into a w:t (§17.3.3.31) of its own.
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace formwork {

/// One tag of a paragraph after scan_paragraph: its text ("{{ 姓名 }}") and
/// the w:t that now holds exactly that text.
struct FoundTag {
  std::string text;
  pugi::xml_node t;
};

/// The tags of a paragraph, or the text from a "{{" that has no "}}".
struct ParagraphTags {
  std::vector<FoundTag> tags;
  std::string unclosed;  ///< non-empty: "{{姓名" to the paragraph's end; nothing was changed
};

/// Finds the tags in the text of `p`'s runs: the w:t of every w:r that is
/// a child of `p` or of a w:hyperlink, w:ins, w:smartTag, w:fldSimple,
/// w:customXml, inline w:sdt, w:moveTo, w:dir or w:bdo in it, joined in
/// document order. Deleted text (w:del, w:moveFrom, w:delText), field
/// codes (w:instrText) and the paragraphs of text boxes are not part of it;
/// w:proofErr and bookmarks between runs do not interrupt a tag.
///
/// Then rewrites the runs so that each tag's whole text is one w:t in the
/// run where the tag starts (taking that run's formatting, w:rPr), removed
/// from the runs it ran on into; text around the tags stays in its runs
/// (a run's w:t split in up to three). Runs left with nothing but w:rPr are
/// removed. New w:t elements carry xml:space="preserve".
ParagraphTags scan_paragraph(pugi::xml_node p);

}  // namespace formwork
