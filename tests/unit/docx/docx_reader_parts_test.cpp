// The DOCX reader's small pure parts: list number formats, font names to
// roles, numbers in table cells, measures, field codes.
#include <gtest/gtest.h>

#include "docx/cell_number.h"
#include "docx/field_state.h"
#include "ooxml/font_role_names.h"
#include "docx/number_formats.h"
#include "docx/reader_xml.h"

namespace formwork {
namespace {

std::string number(int n, const char* format) {
  bool supported = false;
  std::string out = format_list_number(n, format, &supported);
  return supported ? out : "unsupported:" + out;
}

TEST(DocxReaderParts, ListNumberFormats) {
  EXPECT_EQ(number(3, "decimal"), "3");
  EXPECT_EQ(number(3, "decimalZero"), "03");
  EXPECT_EQ(number(14, "upperRoman"), "XIV");
  EXPECT_EQ(number(4, "lowerRoman"), "iv");
  EXPECT_EQ(number(28, "upperLetter"), "BB");
  EXPECT_EQ(number(3, "lowerLetter"), "c");
  EXPECT_EQ(number(10, "chineseCounting"), "十");
  EXPECT_EQ(number(11, "chineseCounting"), "十一");
  EXPECT_EQ(number(23, "chineseCountingThousand"), "二十三");
  EXPECT_EQ(number(105, "chineseCounting"), "一百零五");
  EXPECT_EQ(number(1010, "chineseCounting"), "一千零一十");
  EXPECT_EQ(number(13, "chineseLegalSimplified"), "壹拾叁");
  EXPECT_EQ(number(3, "ideographTraditional"), "丙");
  EXPECT_EQ(number(3, "ideographZodiac"), "寅");
  EXPECT_EQ(number(105, "ideographDigital"), "一〇五");
  EXPECT_EQ(number(3, "decimalEnclosedCircle"), "③");
  EXPECT_EQ(number(3, "decimalEnclosedParen"), "⑶");
  EXPECT_EQ(number(3, "decimalEnclosedFullstop"), "⒊");
  EXPECT_EQ(number(12, "decimalFullWidth"), "１２");
  EXPECT_EQ(number(21, "decimalEnclosedCircle"), "unsupported:21");
  EXPECT_EQ(number(2, "ordinalText"), "unsupported:2");
  EXPECT_EQ(number(5, "none"), "");
}

TEST(DocxReaderParts, SymbolBulletsBecomeUnicode) {
  bool rough = false;
  EXPECT_EQ(bullet_text("\uF0B7", &rough), "•");
  EXPECT_FALSE(rough);
  EXPECT_EQ(bullet_text("\uF0D8", &rough), "➢");
  EXPECT_EQ(bullet_text("\uF0A3", &rough), "•");
  EXPECT_TRUE(rough);
  EXPECT_EQ(bullet_text("●", &rough), "●");
  EXPECT_FALSE(rough);
}

TEST(DocxReaderParts, FontNamesMapToRoles) {
  auto role = [](const char* name) { return font_role_for_name(name).value_or("none"); };
  EXPECT_EQ(role("宋体"), "song");
  EXPECT_EQ(role("SimSun"), "song");
  EXPECT_EQ(role("NSimSun"), "song");
  EXPECT_EQ(role("新宋体"), "song");
  EXPECT_EQ(role("@宋体"), "song");
  EXPECT_EQ(role("仿宋"), "fangsong");
  EXPECT_EQ(role("仿宋_GB2312"), "fangsong");
  EXPECT_EQ(role("FangSong"), "fangsong");
  EXPECT_EQ(role("楷体_GB2312"), "kai");
  EXPECT_EQ(role("KaiTi"), "kai");
  EXPECT_EQ(role("黑体"), "hei");
  EXPECT_EQ(role("微软雅黑"), "hei");
  EXPECT_EQ(role("Microsoft YaHei"), "hei");
  EXPECT_EQ(role("等线"), "hei");
  EXPECT_EQ(role("方正小标宋简体"), "xbs");
  EXPECT_EQ(role("方正小标宋_GBK"), "xbs");
  EXPECT_EQ(role("Times New Roman"), "serif");
  EXPECT_EQ(role("cambria"), "serif");
  EXPECT_EQ(role("Arial"), "sans");
  EXPECT_EQ(role("Calibri Light"), "sans");
  EXPECT_EQ(role("Liberation Sans Unicode MS"), "sans");
  EXPECT_EQ(role("AR PL KaitiM GB"), "kai");
  EXPECT_EQ(role("Comic Sans MS"), "none");
  EXPECT_EQ(role(""), "none");
}

TEST(DocxReaderParts, ThemeReferencesPickMajorOrMinorFaces) {
  ThemeFonts theme;
  theme.major_latin = "Calibri Light";
  theme.minor_east_asia = "等线";
  EXPECT_EQ(theme_font_name(theme, "majorHAnsi"), "Calibri Light");
  EXPECT_EQ(theme_font_name(theme, "minorEastAsia"), "等线");
  EXPECT_EQ(theme_font_name(theme, "minorBidi"), "Times New Roman");
}

TEST(DocxReaderParts, NumbersInCellsOnlyWhenUnmistakable) {
  auto value = [](const char* text) {
    CellValue v = cell_value_from_text(text);
    return v.number ? v.number->to_string() + " " + v.number_format : std::string("text");
  };
  EXPECT_EQ(value("12,000.00"), "12000 #,##0.00");
  EXPECT_EQ(value(" -1,234 "), "-1234 #,##0");
  EXPECT_EQ(value("7.5"), "7.5 0.0");
  EXPECT_EQ(value("0.10"), "0.1 0.00");
  EXPECT_EQ(value("95%"), "0.95 0%");
  EXPECT_EQ(value("34.50%"), "0.345 0.00%");
  EXPECT_EQ(value("2016001"), "text");        // a code
  EXPECT_EQ(value("0531-88597980"), "text");  // a telephone number
  EXPECT_EQ(value("007.5"), "text");
  EXPECT_EQ(value("1,23"), "text");
  EXPECT_EQ(value("12,000.00元"), "text");
  EXPECT_EQ(value("1234567890123456.7"), "text");  // more than XLSX keeps
}

TEST(DocxReaderParts, MeasuresInTwipsWithUnits) {
  EXPECT_DOUBLE_EQ(*docx_read::parse_twips("1440"), 1440);
  EXPECT_DOUBLE_EQ(*docx_read::parse_twips("-120"), -120);
  EXPECT_DOUBLE_EQ(*docx_read::parse_twips("1in"), 1440);
  EXPECT_DOUBLE_EQ(*docx_read::parse_twips("12pt"), 240);
  EXPECT_NEAR(*docx_read::parse_twips("2.54cm"), 1440, 1e-9);
  EXPECT_FALSE(docx_read::parse_twips("12 furlongs").has_value());
  EXPECT_FALSE(docx_read::parse_twips("").has_value());
}

TEST(DocxReaderParts, FieldCodesNamePageFields) {
  EXPECT_EQ(field_kind(" PAGE   \\* MERGEFORMAT "), FieldKind::Page);
  EXPECT_EQ(field_kind("page"), FieldKind::Page);
  EXPECT_EQ(field_kind(" NUMPAGES "), FieldKind::Pages);
  EXPECT_EQ(field_kind("SECTIONPAGES"), FieldKind::Pages);
  EXPECT_EQ(field_kind(" PAGEREF _Toc1 \\h "), FieldKind::Other);
  EXPECT_EQ(field_kind(""), FieldKind::Other);
}

}  // namespace
}  // namespace formwork
