#pragma once
// Pictures ({{%image}}, {{%qrcode}}) in the cells of an XLSX template
// (xlsx_template.h): each picture a tag gives, anchored at the tag's cell of
// the filled sheet in the sheet's drawing (ECMA-376 Part 1 §20.5
// SpreadsheetML drawing), with the parts, relationships and content types
// that drawing needs added to the package.
#include <map>
#include <memory>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "expr/expression.h"
#include "model/picture.h"
#include "ooxml/template_tag.h"
#include "ooxml/zip_package.h"
#include "picture/picture_files.h"

namespace formwork {

struct XlsxTemplateParts;
struct TemplateSheet;

/// A picture placed while a sheet's rows were filled.
struct FilledPicture {
  int row = 0;                             ///< of the filled sheet, 1-based
  int col = 0;                             ///< 0-based
  std::shared_ptr<const Picture> picture;  ///< printed size set
};

/// EMU per millimetre (§20.1.2.1: 914,400 EMU an inch).
inline constexpr double kEmuPerMm = 36000;

/// The picture picture tag `tag` gives for `scope`, as the DOCX templates
/// make it: {{%image expr}} the file the value names (PictureFiles::load),
/// or the file a literal name read at load (Tag::fixed); {{%qrcode expr}}
/// a QR code of the value's text (make_qr_code, size= and level=). Sized
/// by width=/height= (set_printed_size: the pixels at 96 dpi when neither
/// is given); alt text cleaned (NFC, forbidden characters dropped). nullptr
/// when the value is empty (an optional seal the record does not have).
/// Throws DataError "<template>: Sheet1!B5: {{%image 印章}} gives 'x.png':
/// <problem>" for a file that is missing, outside the picture folders
/// ("../x.png") or not a PNG/JPEG, and for a value no QR code holds;
/// TemplateError naming the tag for evaluation errors and when no picture
/// folder was given.
std::shared_ptr<const Picture> cell_picture(const Tag& tag, const Scope& scope,
                                            const PictureFiles* pictures);

/// The pictures added to one filled workbook: each distinct picture (by
/// its bytes) stored once as xl/media/imageK.png|jpeg, K the first number
/// no part of the package uses; per worksheet one drawing part. One per
/// fill() call; equal input gives equal parts.
class WorkbookPictures {
 public:
  explicit WorkbookPictures(const XlsxTemplateParts& t);

  /// Anchors `placed` on worksheet `sheet`, whose filled part is
  /// `sheet_doc`: each a §20.5.2.24 oneCellAnchor at its cell (offsets 0),
  /// its extent the printed size in EMU (kEmuPerMm), holding a §20.5.2.25
  /// pic whose cNvPr id is unique in the drawing and whose descr is the
  /// alt text. A sheet with a drawing (§18.3.1.36) gets the anchors added
  /// to that drawing part (its bytes taken from `replaced` when the rows
  /// moved it); a sheet without one gets xl/drawings/drawingN.xml (N
  /// unused), its relationship in the sheet's relationships part (created
  /// or extended with an unused rIdN) and a <drawing r:id> in `sheet_doc`
  /// before legacyDrawing, legacyDrawingHF, drawingHF, picture, oleObjects,
  /// controls, webPublishItems, tableParts and extLst (§18.3.1.99
  /// CT_Worksheet order). Changed parts go to `replaced`, new ones to
  /// added(). Does nothing when `placed` is empty. Throws TemplateError
  /// when a part it extends is not well-formed XML.
  void add_sheet(const TemplateSheet& sheet, pugi::xml_document& sheet_doc,
                 const std::vector<FilledPicture>& placed,
                 std::map<std::string, std::string>& replaced);

  /// Stores the images and updates [Content_Types].xml (Part 2 §10.1.2):
  /// a Default for png and jpeg when used and missing, an Override
  /// (application/vnd.openxmlformats-officedocument.drawing+xml) per new
  /// drawing part; the content types' current bytes are `replaced`'s when
  /// there. Call once, after the last add_sheet().
  void finish(std::map<std::string, std::string>& replaced);

  /// The new parts, in the order they were made.
  const std::vector<ZipEntry>& added() const { return added_; }

 private:
  std::string free_name(const std::string& stem, const std::string& extension);
  size_t media_index(const Picture& picture);

  const XlsxTemplateParts& t_;
  std::set<std::string> taken_;  ///< part names in use, ASCII lower case
  struct Media {
    std::string name;
    const char* extension;
    std::shared_ptr<const std::string> data;
  };
  std::vector<Media> media_;
  std::map<std::string_view, size_t> by_content_;  ///< views into media_ data
  std::vector<std::string> new_drawings_;
  std::vector<ZipEntry> added_;
};

}  // namespace formwork
