// <image> and <qrcode>: sizes, floating placement, files from the template
// and data folders, empty sources, and the errors for bad files and names.
#include <filesystem>

#include "picture/qr_code.h"
#include "template_test_util.h"

namespace formwork::test {
namespace {

class Pictures : public TemplateTest {
 protected:
  // A valid greyscale PNG: 29 modules of 9 pixels, 261 × 261 px.
  static std::string png() { return *make_qr_code("HELLO", 20)->data; }

  static const Picture& picture(const Document& d, size_t block, size_t run = 0) {
    static const Picture none;
    const auto& runs = para(d, block).runs;
    if (run >= runs.size() || !runs[run].picture) {
      ADD_FAILURE() << "no picture at block " << block << " run " << run;
      return none;
    }
    return *runs[run].picture;
  }

  DataError data_error(const Template& t, const std::string& json) {
    try {
      t.render(record(json));
    } catch (const DataError& e) {
      return e;
    }
    ADD_FAILURE() << "no DataError";
    return DataError("none");
  }
};

TEST_F(Pictures, ImageIsARunOfItsOwnSizedByTheAspectRatio) {
  dir_.write("seal.png", png());
  Document d =
      render(form("<p>甲<image src=\"seal.png\" width=\"40\" alt=\"印章\"/>乙</p>"
                  "<p><image src=\"seal.png\" height=\"10\"/></p>"
                  "<p><image src=\"seal.png\"/></p>"));
  const Paragraph& p = para(d, 0);
  ASSERT_EQ(p.runs.size(), 3u);
  EXPECT_EQ(p.runs[0].text, "甲");
  EXPECT_TRUE(p.runs[1].text.empty());
  EXPECT_EQ(p.runs[2].text, "乙");
  const Picture& a = picture(d, 0, 1);
  EXPECT_EQ(a.width_mm, 40);
  EXPECT_EQ(a.height_mm, 40);  // square pixels
  EXPECT_EQ(a.alt, "印章");
  EXPECT_FALSE(a.floating);
  EXPECT_EQ(picture(d, 1).width_mm, 10);
  EXPECT_NEAR(picture(d, 2).width_mm, 261 * 25.4 / 96, 1e-9);  // 96 dpi
  // One decoded file shared by every use.
  EXPECT_EQ(picture(d, 0, 1).data, picture(d, 1).data);
}

TEST_F(Pictures, FloatingOffsetsAndNamesFromData) {
  dir_.write("a.png", png());
  Template t =
      load(form("<signature>{{单位}}<image src=\"{{印章}}\" width=\"42\" height=\"42\" "
                "float=\"true\" dx=\"-38\" dy=\"-14\"/></signature>"));
  Document d = t.render(record(R"({"单位": "示例单位", "印章": "a.png"})"));
  const Picture& s = picture(d, 0, 1);
  EXPECT_TRUE(s.floating);
  EXPECT_EQ(s.offset_x_mm, -38);
  EXPECT_EQ(s.offset_y_mm, -14);
  // An empty name: no seal, the signature unchanged.
  Document none = t.render(record(R"({"单位": "示例单位", "印章": ""})"));
  ASSERT_EQ(para(none, 0).runs.size(), 1u);
  EXPECT_EQ(para(none, 0).text(), "示例单位");
}

TEST_F(Pictures, QrCodeCarriesItsValue) {
  Document d = render(
      form("<table widths=\"1,1\"><row><cell>码</cell><cell><qrcode value=\"{{编号}}|{{名}}\" "
           "size=\"25\" level=\"H\"/></cell></row></table>"),
      R"({"编号": "A-001", "名": "侯家塘街道"})");
  const Cell& c = table(d, 0).rows[0].cells[1];
  ASSERT_EQ(c.paragraphs.size(), 1u);
  ASSERT_EQ(c.paragraphs[0].runs.size(), 1u);
  const Picture& q = *c.paragraphs[0].runs[0].picture;
  EXPECT_TRUE(q.is_qr_code());
  EXPECT_EQ(q.alt, "A-001|侯家塘街道");
  EXPECT_EQ(q.width_mm, 25);
}

TEST_F(Pictures, NamesFromDataNeverLeaveTheAllowedFolders) {
  dir_.write("a.png", png());
  std::filesystem::create_directories(dir_.path() / "sub");
  std::filesystem::create_symlink("/etc/hostname", dir_.path() / "sub" / "link.png");
  Template t = load(form("<p><image src=\"{{f}}\" width=\"10\"/></p>"));
  for (const char* bad : {"../a.png", "/etc/passwd", "sub/link.png", "sub\\\\a.png", "x.png"}) {
    DataError e = data_error(t, std::string(R"({"f": ")") + bad + "\"}");
    EXPECT_NE(std::string(e.what()).find("<image src> gives"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("t.xml:2:"), std::string::npos) << e.what();
  }
  // A file of the data folder is found once that folder is allowed.
  TempDir data;
  data.write("b.png", png());
  EXPECT_THROW(t.render(record(R"({"f": "b.png"})")), DataError);
  t.add_picture_folder(data.path().string());
  EXPECT_NO_THROW(t.render(record(R"({"f": "b.png"})")));
}

TEST_F(Pictures, BrokenFilesAreDataErrorsNamingTheProblem) {
  std::string truncated = png();
  truncated.resize(truncated.size() / 2);
  dir_.write("half.png", truncated);
  dir_.write("fake.png", "GIF89a");
  Template t = load(form("<p><image src=\"{{f}}\" width=\"10\"/></p>"));
  EXPECT_NE(std::string(data_error(t, R"({"f": "fake.png"})").what()).find("not a PNG or JPEG"),
            std::string::npos);
  EXPECT_NE(std::string(data_error(t, R"({"f": "half.png"})").what()).find("PNG: "),
            std::string::npos);
  Template q = load(form("<p><qrcode value=\"{{v}}\" level=\"L\"/></p>"), "q.xml");
  std::string json = R"({"v": ")" + std::string(3000, '9') + "x" + std::string(3000, 'a') + "\"}";
  EXPECT_NE(std::string(data_error(q, json).what()).find("too long"), std::string::npos);
}

TEST_F(Pictures, FixedFilesAndBadAttributesFailWhenTheTemplateLoads) {
  TemplateError missing = load_error(form("<p><image src=\"nope.png\"/></p>"));
  EXPECT_NE(missing.message.find("'nope.png' is not a file in"), std::string::npos);
  EXPECT_EQ(missing.loc.line, 2);
  EXPECT_NE(load_error(form("<p><image/></p>")).message.find("src"), std::string::npos);
  EXPECT_NE(load_error(form("<p><qrcode value=\"x\" level=\"Z\"/></p>")).message.find("level"),
            std::string::npos);
  EXPECT_NE(load_error(form("<p><qrcode value=\"x\" dx=\"3\"/></p>")).message.find("float"),
            std::string::npos);
  EXPECT_NE(load_error(form("<p><image src=\"a.png\" width=\"0\"/></p>")).message.find("width"),
            std::string::npos);
  EXPECT_NE(load_error(form("<image src=\"a.png\"/>")).message.find("not allowed"),
            std::string::npos);
}

}  // namespace
}  // namespace formwork::test
