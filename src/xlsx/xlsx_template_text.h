#pragma once
// The tags in one text of an XLSX template (a cell's text, a header or
// footer): found, parsed (ooxml/template_tag.h) and the text cut into
// literal pieces and text tags.
#include <string>
#include <vector>

#include "ooxml/template_tag.h"
#include "xlsx/xlsx_template_parts.h"

namespace formwork {

/// Cuts `text` at its tags "{{…}}". Each tag is parsed with `site` (its
/// text set to the tag) and appended to `tags`; text tags become pieces,
/// block tags ({{#each}}, {{/if}}, …) leave the text and their indices go
/// to `block_tags`, picture tags ({{%image}}, {{%qrcode}}) leave it too and
/// go to `picture_tags`. `pictures` reads a literal image name now
/// (parse_tag). Throws TemplateError (fail_at) for a "{{" without "}}", a
/// tag that does not parse, and a picture tag when `picture_tags` is null
/// (a header or footer: "pictures cannot stand in a header or footer").
std::vector<CellTextPiece> split_tags(const std::string& text, TagSite site, std::vector<Tag>& tags,
                                      std::vector<size_t>& block_tags,
                                      std::vector<size_t>* picture_tags,
                                      const PictureFiles* pictures);

/// Renders `pieces` for `scope`: literals as they are, text tags as
/// Tag::text renders them. `escape` is applied to each tag's text (the
/// header's "&" doubling); evaluation errors become TemplateError naming
/// the tag (DataError passes through).
std::string render_pieces(const std::vector<CellTextPiece>& pieces, const std::vector<Tag>& tags,
                          const Scope& scope, std::string (*escape)(std::string) = nullptr);

}  // namespace formwork
