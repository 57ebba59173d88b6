#pragma once
// Vietnamese number, percentage, date and amount-in-words formatting for
// administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I; amounts in
// words as banks write them on payment orders). Usable outside
// templates too; the template filters are vi_number, vi_percent, vi_words
// and vi_date.
#include <string>

#include "util/decimal.h"

namespace formwork {

/// vi-VN number: dot every three digits, comma before decimals, `places`
/// decimals rounded half away from zero: (1234567.891, 2) → "1.234.567,89",
/// (-1234, 0) → "-1.234". Throws std::invalid_argument for places < 0.
std::string format_number_vi(const Decimal& x, int places = 0);

/// A ratio as a vi-VN percentage, no space before the sign:
/// (0.68421, 2) → "68,42%", (12.5, 0) → "1.250%". Throws
/// std::invalid_argument for places < 0.
std::string format_percent_vi(const Decimal& ratio, int places = 2);

/// ISO date → "ngày 05 tháng 02 năm 2023" / "ngày 15 tháng 3 năm 2023":
/// days below 10 and the months 1 and 2 take a leading zero, other months
/// none (Nghị định 30/2020, Phụ lục I, mục II.5). Throws
/// std::invalid_argument for text that is not a valid ISO date.
std::string format_date_vi(const std::string& iso);

/// An amount of đồng in Vietnamese words, first letter capitalised, with
/// " đồng" appended when `dong`: 105000 → "Một trăm linh năm nghìn đồng",
/// 0 → "Không đồng". Rules (docs/templates.md, "vi_words"): groups of three
/// digits with the scales nghìn, triệu, tỷ (above tỷ the scales repeat:
/// nghìn tỷ, triệu tỷ); mười for 10–19, mươi for 20–99; mốt for a final 1
/// after a tens digit ≥ 2 (31 ba mươi mốt; 11 mười một); lăm for a final 5
/// after a tens digit ≥ 1 (15 mười lăm); bốn, not tư, for 4 (24 hai mươi
/// bốn; ViWordsStyle chooses the variants); linh for a zero tens digit after hundreds (505 năm trăm
/// linh năm); a group after a higher non-zero group is read in full with "không trăm" (1005 một
/// nghìn không trăm linh năm) and an all-zero group is skipped (1000005 một triệu không trăm linh
/// năm). The amount is first rounded to whole đồng (half away from zero). Throws std::domain_error
/// for negative amounts and amounts of 10^18 đồng or more.
std::string vi_words(const Decimal& amount, bool dong = true);

/// The regional or spoken variants of vi_words' words, each off by default
/// (the banks' style above). `tu`: "tư" for a final 4 after a tens digit ≥ 2
/// (24 hai mươi tư; 4 and 14 keep bốn). `le`: "lẻ" instead of "linh" (505
/// năm trăm lẻ năm). `ngan`: "ngàn" instead of "nghìn" (southern usage).
struct ViWordsStyle {
  bool tu = false;
  bool le = false;
  bool ngan = false;
};

/// vi_words with the variants of `style`.
std::string vi_words(const Decimal& amount, bool dong, const ViWordsStyle& style);

}  // namespace formwork
