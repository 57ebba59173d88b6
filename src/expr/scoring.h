#pragma once
// Indicator scoring and grades of the 项目支出绩效自评表 (财预〔2020〕10号
// 《项目支出绩效评价管理办法》 and its self-evaluation table). Results are exact and unrounded: templates round for
// display.
#include <string>

#include "util/decimal.h"

namespace formwork {

/// Score of a positive indicator (higher is better): `points` when
/// actual ≥ target, else actual ÷ target × points; never below 0 (a
/// negative actual scores 0). target = 0: `points` when actual ≥ 0, else 0.
/// The quotient is carried to 18 decimals (half away from zero).
/// Throws std::invalid_argument for a negative target or negative points.
Decimal score_positive(const Decimal& actual, const Decimal& target, const Decimal& points);

/// Score of a reverse indicator (lower is better): `points` when
/// actual ≤ target; (1 − (actual − target) ÷ target) × points when
/// target < actual < 2 × target; 0 when actual ≥ 2 × target. target = 0:
/// `points` when actual ≤ 0, else 0. Throws std::invalid_argument for a
/// negative target or negative points.
Decimal score_reverse(const Decimal& actual, const Decimal& target, const Decimal& points);

/// The four grades: "优" for score ≥ 90, "良" for 80 ≤ score < 90, "中" for
/// 60 ≤ score < 80, "差" below 60 (scores out of 100, compared exactly:
/// 89.999 is 良).
std::string grade4(const Decimal& score);

}  // namespace formwork
