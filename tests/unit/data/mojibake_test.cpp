// Tests for mojibake detection: a corpus of Chinese and Vietnamese phrases
// is turned into mojibake with ICU the way real pipelines do it (GB18030 or
// UTF-8 bytes read as windows-1252 or Latin-1); every one must be flagged
// with its text recovered, and none of the legitimate strings may be.
#include "data/mojibake.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

namespace formwork {
namespace {

// UTF-8 text converted to `charset` with ICU.
std::string encode(const std::string& text, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(text.size() * 4 + 16, '\0');
  const int32_t len =
      ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), text.data(),
                   static_cast<int32_t>(text.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<size_t>(len));
  return out;
}

// Bytes as a program decoding them with `charset` ("windows-1252" or
// "ISO-8859-1") shows them, in UTF-8. Bytes the charset leaves undefined
// (0x81 0x8D 0x8F 0x90 0x9D in cp1252) come through as their Latin-1 code
// point, as Windows' MultiByteToWideChar gives them.
std::string misread(const std::string& bytes, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset, &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  icu::UnicodeString u;
  for (char byte : bytes) {
    UChar buf[4];
    UErrorCode s = U_ZERO_ERROR;
    ucnv_reset(conv);
    const int32_t n = ucnv_toUChars(conv, buf, 4, &byte, 1, &s);
    if (U_FAILURE(s) || n != 1 || buf[0] == 0xFFFD || buf[0] == 0x1A) {
      u.append(static_cast<UChar>(static_cast<uint8_t>(byte)));
    } else {
      u.append(buf[0]);
    }
  }
  ucnv_close(conv);
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string nfd(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
  std::string out;
  n->normalize(icu::UnicodeString::fromUTF8(text), status).toUTF8String(out);
  EXPECT_TRUE(U_SUCCESS(status));
  return out;
}

const std::vector<std::string> kChinese = {
    "侯家塘街道",
    "灰霾天气的防控与干预",
    "山东省人力资源和社会保障厅",
    "岳阳市城市管理和综合执法局",
    "湖南城陵矶新港区分局",
    "长沙市雨花区人民政府",
    "北京市海淀区中关村大街",
    "上海市浦东新区张江镇",
    "广州市天河区珠江新城",
    "深圳市南山区科技园",
    "成都市武侯区",
    "重庆市渝中区解放碑",
    "杭州市西湖区文三路",
    "南京市鼓楼区",
    "武汉市洪山区珞喻路",
    "西安市雁塔区",
    "天津市滨海新区",
    "郑州市金水区",
    "济南市历下区",
    "青岛市市南区",
    "国家自然科学基金委员会",
    "中国科学院大气物理研究所",
    "北京大学环境科学与工程学院",
    "清华大学",
    "复旦大学公共卫生学院",
    "财政部",
    "生态环境部",
    "国家发展和改革委员会",
    "湖南省财政厅",
    "市场监督管理局",
    "城市管理工作",
    "年度主要工作内容",
    "职能职责概述",
    "项目名称",
    "单位名称",
    "经费预算",
    "专项资金",
    "基本支出",
    "城市道路养护",
    "农村饮水安全工程",
    "大气污染防治行动计划",
    "重点研发计划",
    "2016年度部门预算",
    "第一季度工作总结",
    "合同编号（2016）第12号",
    "张伟",
    "王芳",
    "李娜",
    "刘洋",
    "陈静",
    "服务外包单位维护管理提质",
    "优化审批服务",
};

const std::vector<std::string> kVietnamese = {
    "Quang Khải",
    "Ủy ban nhân dân xã",
    "Nông thôn mới",
    "báo cáo kết quả thực hiện",
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Độc lập - Tự do - Hạnh phúc",
    "Hà Nội",
    "Thành phố Hồ Chí Minh",
    "Đà Nẵng",
    "Hải Phòng",
    "Cần Thơ",
    "Thừa Thiên Huế",
    "Nghệ An",
    "Quảng Ninh",
    "Bà Rịa - Vũng Tàu",
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "Lê Hoàng Long",
    "Phạm Minh Đức",
    "Hoàng Thị Thu Hương",
    "Vũ Đình Khôi",
    "Đặng Thùy Dương",
    "Bùi Quốc Việt",
    "Ngô Bảo Châu",
    "Dương Thị Yến",
    "Sở Kế hoạch và Đầu tư",
    "Bộ Tài chính",
    "Kho bạc Nhà nước",
    "Sở Tài nguyên và Môi trường",
    "Phòng Giáo dục và Đào tạo",
    "Trường Tiểu học Lê Lợi",
    "Bệnh viện Đa khoa tỉnh",
    "nguồn vốn ngân sách trung ương",
    "số tiền",
    "kế hoạch năm 2016",
    "đầu tư xây dựng cơ bản",
    "chương trình mục tiêu quốc gia",
    "giảm nghèo bền vững",
    "xây dựng nông thôn mới",
    "Ý kiến của người dân",
    "Ông Nguyễn Văn Tường",
    "Điều chỉnh dự toán",
    "Quyết định phê duyệt",
    "Công văn số 123/UBND",
    "người lao động",
    "Tổng cộng",
    "Đơn vị tính: đồng",
    "Chủ tịch Ủy ban",
    "Phó Giám đốc Sở",
    "thực hiện nhiệm vụ được giao",
};

// Legitimate text that holds Latin-1 or cp1252 characters (and some that
// does not): none of it may be flagged.
const std::vector<std::string> kLegitimate = {
    // French
    "Les élèves étaient très fatigués après l’été.",
    "« Bonjour », dit-elle.",
    "\u00AB\u00A0texte\u00A0\u00BB",
    "Ça coûte 20\u00A0€ à peu près.",
    "Où est la bibliothèque ?",
    "L’œuvre d’Émile Zola",
    "Société Générale",
    "créée, créées, agréé",
    "Noël à Évreux",
    "naïve, Citroën, Boëldieu",
    "Hélène Müller-Lüdenscheid",
    "déjà vu",
    "Cœur de l’Île-de-France",
    "Ministère de l’Économie et des Finances",
    "Fête de la musique — 21 juin",
    "à côté",
    "Réalisé à Besançon",
    "la mère, le père, le frère",
    "Procès-verbal de l’assemblée générale",
    "Préfecture de l’Hérault",
    "élaboré, évalué, étudié",
    "ÉTÉ ÉCOLE ÉLÈVE",
    "Forêt, hôpital, île",
    "Garçon, façade, reçu",
    // German
    "Grüße aus München",
    "Straße",
    "süß",
    "Öffentliche Ausschreibung",
    "Äpfel und Birnen",
    "Übergrößenträger",
    "Gemüsehändler in Köln",
    "Bundesministerium für Bildung und Forschung",
    "Zürich, Genève, Lugano",
    "Fußgängerübergänge",
    "Schöne Grüße, Jürgen",
    "ÄÖÜ äöü ß",
    "Prüfungsausschuss",
    "Änderungsantrag Nr. 3",
    "Weißwürste",
    // Spanish, Portuguese, Nordic
    "¿Dónde está la estación?",
    "¡Feliz cumpleaños!",
    "Año nuevo en Málaga",
    "niño, señor, mañana",
    "Peña Nieto",
    "Informe técnico de la Dirección General",
    "São Paulo",
    "Ação e reação",
    "AÇÃO E REAÇÃO",
    "SÃO PAULO, CONCEIÇÃO",
    "INFORMAÇÕES PÚBLICAS",
    "não, coração, lição",
    "Conceição das Alagoas",
    "één, geëxporteerd, ÉÉN",
    "Lleó, l’àvia, Perpinyà",
    "Ísland þjóð",
    // Latin-1 letters listed with separators; a listing without any (a run
    // of four or more Latin-1 letters and signs) pairs into Han in GB18030
    // as real mojibake does, and is flagged.
    "À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï",
    "Ð, Ñ, Ò, Ó, Ô, Õ, Ö, Ø, Ù, Ú, Û, Ü, Ý, Þ, ß",
    "à á â ã ä å æ ç è é ê ë ì í î ï",
    "ð ñ ò ó ô õ ö ø ù ú û ü ý þ ÿ",
    "informação pública",
    "Ærøskøbing",
    "Åse Øvrebø",
    "Smørrebrød",
    "Ísafjörður",
    "Þingvellir",
    "Kraków",
    // pinyin with tone marks
    "Zhōngguó",
    "Běijīng",
    "Xiàmén",
    "Hóu jiā táng jiēdào",
    "Shāndōng Shěng",
    "Guǎngzhōu",
    "lǜsè",
    "nǚ’ér",
    "Chóngqìng",
    "Nánjīng dàxué",
    "mā má mǎ mà ma",
    "ē é ě è",
    "Lǐ Nà",
    "Wáng Fāng",
    "Xī’ān",
    "Húnán Shěng Yuèyáng Shì",
    "Tiānjīn",
    "Hángzhōu Xīhú",
    "Chéngdū",
    "Sūzhōu",
    // English typography
    "“Quoted” text",
    "‘single’ quotes",
    "It’s fine — really.",
    "pages 10–20",
    "Wait…",
    "Naïveté’s “déjà vu” — clichés…",
    "‚low‘ and „double“ quotes",
    "Œuvres complètes, tome Ⅱ",
    "Straße“",
    "ÄRGER‘",
    "• bullet point",
    "Brand™ and Name®",
    "© 2016 Example Ltd.",
    "„Anführungszeichen“",
    "‹guillemets›",
    "Section § 3, ¶ 2",
    "He said, “I’ll be there — soon…”",
    "x – y — z",
    "2016–2017 report",
    "Don’t stop",
    "†deceased ‡footnote",
    "café au lait",
    "résumé",
    "naïve coöperation",
    "Beyoncé",
    // numbers and symbols
    "¥1,200.00",
    "£350",
    "€20",
    "25 °C",
    "3 × 4 = 12",
    "10 ÷ 2 = 5",
    "± 0.5 mm",
    "100 m²",
    "3 m³",
    "½ ¼ ¾",
    "x² + y² = z²",
    "¹²³",
    "° ± ² ³ ´ µ ¶ · ¸ ¹ º » ¼ ½ ¾ ¿",
    "¡ ¢ £ ¤ ¥ ¦ § ¨ © ª « ¬ ® ¯",
    "Température : 25 °C ± 0,5",
    "Fläche: 120 m² à 15 €/m²",
    "µg/m³",
    "PM2.5 浓度 75 µg/m³",
    "45° 30′",
    "¤ 100",
    "¢50",
    "ª º",
    "© ® ™",
    "12 ‰",
    "¬ ¦ ¨ ¯ ´ ¸",
    "100 ¥ = 14 €",
    "¥100 £100 €100",
    "±10%",
    "1.5×10³",
    // mixed CJK and Latin-1
    "PM2.5 年均浓度 ≤ 35 µg/m³",
    "温度 25 °C",
    "金额 ¥1,200",
    "面积 100 m²",
    "比例 ±5%",
    "Zhōngguó 中国",
    "侯家塘街道 (Hóu jiā táng)",
    "项目名称 — 说明",
    "“项目” 名称",
    "第 3 × 4 页",
    // Vietnamese, NFD variants are added below
    "Tiếng Việt",
    "Ăn cơm chưa?",
    "Đường Lê Duẩn",
    "Ơn giời, cậu đây rồi!",
    "Ưu tiên",
    // ASCII
    "plain ASCII text",
    "2016-01-01",
    "ID-00123",
    "",
    "a",
};

TEST(Mojibake, CorpusSizes) {
  EXPECT_GE(kChinese.size(), 50u);
  EXPECT_GE(kVietnamese.size(), 50u);
  EXPECT_GE(kLegitimate.size(), 150u);
}

void expect_flagged(const std::string& mojibake, const std::string& meant, const char* encoding) {
  const std::optional<MojibakeFinding> f = find_mojibake(mojibake);
  ASSERT_TRUE(f.has_value()) << "not flagged: \"" << mojibake << "\" for \"" << meant << "\"";
  EXPECT_EQ(f->recovered, meant) << "from \"" << mojibake << "\"";
  EXPECT_EQ(f->encoding, encoding) << "\"" << mojibake << "\" for \"" << meant << "\"";
  EXPECT_EQ(f->mojibake, mojibake);
}

TEST(Mojibake, Gb18030ReadAsCp1252) {
  for (const std::string& s : kChinese) {
    expect_flagged(misread(encode(s, "GB18030"), "windows-1252"), s, "GB18030");
  }
}

TEST(Mojibake, Gb18030ReadAsLatin1) {
  for (const std::string& s : kChinese) {
    expect_flagged(misread(encode(s, "GB18030"), "ISO-8859-1"), s, "GB18030");
  }
}

TEST(Mojibake, ChineseUtf8ReadAsCp1252) {
  for (const std::string& s : kChinese) {
    expect_flagged(misread(s, "windows-1252"), s, "UTF-8");
  }
}

TEST(Mojibake, VietnameseUtf8ReadAsCp1252) {
  for (const std::string& s : kVietnamese) {
    expect_flagged(misread(s, "windows-1252"), s, "UTF-8");
  }
}

TEST(Mojibake, VietnameseUtf8ReadAsLatin1) {
  for (const std::string& s : kVietnamese) {
    expect_flagged(misread(s, "ISO-8859-1"), s, "UTF-8");
  }
}

TEST(Mojibake, DecomposedVietnameseReadAsCp1252) {
  for (const std::string& s : kVietnamese) {
    const std::string d = nfd(s);
    expect_flagged(misread(d, "windows-1252"), d, "UTF-8");
  }
}

TEST(Mojibake, TheIssuesExamples) {
  expect_flagged("ºî¼ÒÌÁ½ÖµÀ", "侯家塘街道", "GB18030");
  expect_flagged("Quang Kháº£i", "Quang Khải", "UTF-8");
}

TEST(Mojibake, PassageInsideCorrectText) {
  // Part of a value typed correctly, part pasted from a misread file.
  const std::optional<MojibakeFinding> f =
      find_mojibake("2016年 " + misread(encode("侯家塘街道", "GB18030"), "windows-1252") + " 项目");
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->mojibake, "ºî¼ÒÌÁ½ÖµÀ");
  EXPECT_EQ(f->recovered, "侯家塘街道");
}

TEST(Mojibake, LegitimateTextIsNotFlagged) {
  std::vector<std::string> all = kLegitimate;
  all.insert(all.end(), kChinese.begin(), kChinese.end());
  all.insert(all.end(), kVietnamese.begin(), kVietnamese.end());
  for (const std::string& s : kVietnamese) all.push_back(nfd(s));
  for (const std::string& s : kLegitimate) all.push_back(nfd(s));
  EXPECT_GE(all.size(), 400u);
  size_t flagged = 0;
  for (const std::string& s : all) {
    const std::optional<MojibakeFinding> f = find_mojibake(s);
    if (f) {
      ++flagged;
      ADD_FAILURE() << "flagged: \"" << s << "\" as \"" << f->recovered << "\" in "
                    << f->encoding;
    }
  }
  EXPECT_EQ(flagged, 0u);
}

TEST(Mojibake, ProblemsNameThePointerAndShowBothTexts) {
  Object row;
  row.set("姓名", Value("Quang Kháº£i"));
  Object o;
  o.set("项目名称", Value("ºî¼ÒÌÁ½ÖµÀ"));
  o.set("说明", Value("Les élèves étaient « ravis »"));
  o.set("成员", Value(Array{Value(std::move(row))}));
  o.set("µ¥Î»", Value("单位"));
  const std::vector<std::string> p = mojibake_problems(Value(std::move(o)));
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0],
            "/项目名称: looks like mojibake (text decoded with the wrong encoding): "
            "\"ºî¼ÒÌÁ½ÖµÀ\" reads as \"侯家塘街道\" in GB18030; fix the data's encoding");
  EXPECT_EQ(p[1],
            "/成员/0/姓名: looks like mojibake (text decoded with the wrong encoding): "
            "\"Quang Kháº£i\" reads as \"Quang Khải\" in UTF-8; fix the data's encoding");
  EXPECT_EQ(p[2],
            "/µ¥Î»: member name: looks like mojibake (text decoded with the wrong encoding): "
            "\"µ¥Î»\" reads as \"单位\" in GB18030; fix the data's encoding");
}

TEST(Mojibake, LongTextsAreCutAndControlsShown) {
  std::string meant;
  for (int i = 0; i < 10; ++i) meant += "灰霾天气的防控与干预";
  const std::vector<std::string> p =
      mojibake_problems(Value(misread(encode(meant, "GB18030"), "windows-1252")));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].find("…\" reads as \"灰霾天气的防控与干预灰霾天气的防控与干预灰霾天气的防控与干预灰霾"
                      "天气的防控与干预…\" in GB18030"),
            std::string::npos)
      << p[0];
  // "Ý" is C3 9D in UTF-8; cp1252 has no 0x9D, so it shows as U+009D.
  const std::vector<std::string> q = mojibake_problems(Value(misread("Ý kiến", "windows-1252")));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].find("\"Ã\\u009D kiáº¿n\" reads as \"Ý kiến\" in UTF-8"), std::string::npos)
      << q[0];
}

TEST(Mojibake, CleanRecord) {
  Object o;
  o.set("项目名称", Value("灰霾天气的防控与干预"));
  o.set("负责人", Value("Quang Khải"));
  o.set("金额", Value(Decimal(12)));
  o.set("备注", Value("“Quoted” — 25 °C, ±0.5, ¥1,200"));
  EXPECT_TRUE(mojibake_problems(Value(std::move(o))).empty());
}

}  // namespace
}  // namespace formwork
