// FontConfig: roles → font faces through fontconfig, fonts.json overrides,
// collections, and the refusal of CFF outlines (PDF output embeds
// CIDFontType2 fonts, which hold TrueType outlines).
#include "fonts/font_config.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../test_support/font_collection.h"
#include "fonts/font_match.h"
#include "util/errors.h"

namespace formwork {
namespace {

namespace fs = std::filesystem;

const std::string kSung = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";
const std::string kLiberation = "/usr/share/fonts/truetype/liberation2/";

class FontConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(FORMWORK_TEST_TMP) / "fonts" /
           ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  std::string write(const std::string& name, const std::string& text) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
  fs::path dir_;
};

std::string error_of(const FontConfig& config) {
  try {
    config.resolve();
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

TEST_F(FontConfigTest, DefaultsCoverEveryRole) {
  const FontConfig config = FontConfig::defaults();
  const auto& roles = config.roles();
  for (const char* role : {"song", "fangsong", "kai", "hei", "xbs", "serif", "sans"}) {
    EXPECT_TRUE(roles.count(role)) << role;
  }
  EXPECT_EQ(roles.size(), 7u);
  EXPECT_EQ(roles.at("song"), "AR PL SungtiL GB");
}

TEST_F(FontConfigTest, FamilyOverridesNameOnlyChangedFamilies) {
  EXPECT_TRUE(FontConfig::defaults().family_overrides().empty());
  const std::string path = write("fonts.json",
                                 R"({"fangsong": "FangSong_GB2312", "xbs": "/opt/fonts/FZXBSJW.TTF",
          "song": "AR PL SungtiL GB", "kai": "kai.ttf"})");
  const auto overrides = FontConfig::load(path).family_overrides();
  // The default family and the two files are left out.
  EXPECT_EQ(overrides, (std::map<std::string, std::string>{{"fangsong", "FangSong_GB2312"}}));
}

TEST_F(FontConfigTest, DefaultsResolveToExistingTtfFiles) {
  const auto files = FontConfig::defaults().resolve();
  ASSERT_EQ(files.size(), 7u);
  for (const auto& [role, f] : files) {
    EXPECT_TRUE(fs::is_regular_file(f.regular)) << role << ": " << f.regular;
    EXPECT_EQ(fs::path(f.regular).extension(), ".ttf") << role;
  }
  EXPECT_EQ(files.at("song").regular, kSung);
  EXPECT_EQ(files.at("kai").regular, "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf");
  EXPECT_EQ(files.at("hei").regular, "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
}

TEST_F(FontConfigTest, LatinFamiliesGetRealVariants) {
  const auto files = FontConfig::defaults().resolve();
  const FontFiles& serif = files.at("serif");
  EXPECT_EQ(serif.regular, kLiberation + "LiberationSerif-Regular.ttf");
  EXPECT_EQ(serif.bold, kLiberation + "LiberationSerif-Bold.ttf");
  EXPECT_EQ(serif.italic, kLiberation + "LiberationSerif-Italic.ttf");
  EXPECT_EQ(serif.bold_italic, kLiberation + "LiberationSerif-BoldItalic.ttf");
  EXPECT_EQ(files.at("sans").bold, kLiberation + "LiberationSans-Bold.ttf");
}

TEST_F(FontConfigTest, CjkFamiliesWithoutBoldGetNoSyntheticVariant) {
  // fontconfig happily "matches" AR PL SungtiL GB:bold to the regular file
  // (to be emboldened); that is not a bold face, so the variant stays empty.
  const FontFiles song = FontConfig::defaults().resolve().at("song");
  EXPECT_EQ(song.bold, "");
  EXPECT_EQ(song.italic, "");
  EXPECT_EQ(song.bold_italic, "");
}

TEST_F(FontConfigTest, UnknownFamilyIsNamedInTheError) {
  const std::string path = write("fonts.json", R"({"fangsong": "FangSong_GB2312"})");
  const std::string err = error_of(FontConfig::load(path));
  EXPECT_NE(err.find("font role 'fangsong': family 'FangSong_GB2312' not found"), std::string::npos)
      << err;
  EXPECT_NE(err.find("docs/fonts.md"), std::string::npos) << err;
}

TEST_F(FontConfigTest, MissingDefaultFamilyNamesThePackage) {
  // A fonts.json cannot name a default family that is not installed here,
  // so check the message the resolver builds for one.
  try {
    match_family("song", "AR PL SungtiL GB Missing");
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(),
                 "font role 'song': family 'AR PL SungtiL GB Missing' not found (install the "
                 "font, or point the role at a .ttf file; see docs/fonts.md)");
  }
  EXPECT_NE(std::string(FontConfig::defaults().roles().at("song")), "");
}

TEST_F(FontConfigTest, FamilyMatchIgnoresCaseAndBlanks) {
  const FontFiles f = match_family("song", "ar pl sungtil gb");
  EXPECT_EQ(f.regular, kSung);
  const FontFiles zh = match_family("song", "文鼎ＰＬ简报宋");  // the face's Chinese name
  EXPECT_EQ(zh.regular, kSung);
}

TEST_F(FontConfigTest, TtfPathIsUsedDirectly) {
  const std::string path = write("fonts.json", R"({"xbs": ")" + kSung + R"("})");
  const auto files = FontConfig::load(path).resolve();
  EXPECT_EQ(files.at("xbs").regular, kSung);
  EXPECT_EQ(files.at("xbs").bold, "");
  EXPECT_EQ(files.at("song").regular, kSung);  // other roles keep their defaults
}

TEST_F(FontConfigTest, RelativePathIsRelativeToTheJsonFile) {
  fs::copy_file(kSung, dir_ / "FZXBSJW.ttf");
  const std::string path = write("fonts.json", R"({"xbs": "FZXBSJW.ttf"})");
  const auto files = FontConfig::load(path).resolve();
  EXPECT_EQ(files.at("xbs").regular, (dir_ / "FZXBSJW.ttf").string());
}

TEST_F(FontConfigTest, TtcPathIsUsed) {
  // A TrueType collection's first face: hb-subset writes the one face used.
  test::make_collection(
      {kLiberation + "LiberationSans-Regular.ttf", kLiberation + "LiberationSerif-Regular.ttf"},
      (dir_ / "pair.ttc").string());
  const std::string path = write("fonts.json", R"({"hei": "pair.ttc"})");
  const auto files = FontConfig::load(path).resolve();
  EXPECT_EQ(files.at("hei").regular, (dir_ / "pair.ttc").string());
}

TEST_F(FontConfigTest, CffOutlinesAreRefused) {
  FaceInfo cff;
  cff.file = "/fonts/NotoSansCJK-Regular.ttc";
  cff.format = "CFF";
  const std::string reason = unusable_reason(cff);
  EXPECT_NE(reason.find("CFF outlines"), std::string::npos) << reason;
  EXPECT_NE(reason.find("TrueType"), std::string::npos) << reason;
}

TEST_F(FontConfigTest, MissingFileIsNamed) {
  const std::string path = write("fonts.json", R"({"xbs": "/nonexistent/FZXBSJW.ttf"})");
  const std::string err = error_of(FontConfig::load(path));
  EXPECT_NE(err.find("font role 'xbs': font file '/nonexistent/FZXBSJW.ttf' not found"),
            std::string::npos)
      << err;
}

TEST_F(FontConfigTest, NonFontFileIsRefused) {
  const std::string fake = write("fake.ttf", "this is not a font");
  const std::string path = write("fonts.json", R"({"xbs": ")" + fake + R"("})");
  EXPECT_NE(error_of(FontConfig::load(path)).find("not a font file"), std::string::npos);
}

TEST_F(FontConfigTest, LoadRejectsUnknownRolesAndBadValues) {
  const std::string path = write("fonts.json", R"({"heading": "X", "song": 3})");
  try {
    FontConfig::load(path);
    FAIL() << "expected DataError";
  } catch (const DataError& e) {
    ASSERT_EQ(e.details.size(), 2u);
    EXPECT_NE(e.details[0].find("unknown font role 'heading'"), std::string::npos);
    EXPECT_NE(e.details[1].find("font role 'song'"), std::string::npos);
  }
}

TEST_F(FontConfigTest, LoadRejectsBadJsonAndMissingFile) {
  EXPECT_THROW(FontConfig::load(write("fonts.json", "{\"song\": ")), DataError);
  EXPECT_THROW(FontConfig::load(write("fonts.json", "[1]")), DataError);
  EXPECT_THROW(FontConfig::load((dir_ / "absent.json").string()), IoError);
}

TEST_F(FontConfigTest, QueryFaceFileReportsStyle) {
  const FaceInfo bold = query_face_file(kLiberation + "LiberationSerif-BoldItalic.ttf");
  EXPECT_TRUE(bold.bold());
  EXPECT_TRUE(bold.italic());
  EXPECT_TRUE(bold.has_family("Liberation Serif"));
  EXPECT_EQ(unusable_reason(bold), "");
  const FaceInfo sung = query_face_file(kSung);
  EXPECT_FALSE(sung.bold());
  EXPECT_FALSE(sung.italic());
  EXPECT_EQ(sung.face_count, 1);
}

}  // namespace
}  // namespace formwork
