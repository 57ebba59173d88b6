#pragma once
// Rounding the items of a table so that they add up to the rounded total
// (no 尾差 in a 万元 table).
#include <span>
#include <vector>

#include "util/decimal.h"

namespace formwork {

/// Rounds every part to `places` decimals (−30..30; negative rounds to
/// tens, hundreds…) so that the rounded parts add up exactly to
/// round(Σ parts, places), all rounding half away from zero.
///
/// Method (largest remainder, applied as a correction to plain rounding):
/// each part is first rounded on its own. If those add up to the rounded
/// total, they are the result. Otherwise the total is short (or over) by k
/// units u = 10^-places, and the k parts whose plain rounding lost the most
/// (gained the most) are moved up (down) by one unit. Among equal remainders
/// the earlier part is the one that ends up rounded away from zero, so
/// [1.005, 1.005, 1.005] at 2 places gives [1.01, 1.01, 1.00] (sum 3.02 =
/// round(3.015)), and negating every part negates the result. Every result
/// lies strictly within one unit of its part, a part already on the grid is
/// never changed, and the result never differs from plain rounding when
/// plain rounding already adds up.
///
/// Throws std::invalid_argument for `places` outside −30..30 and
/// std::overflow_error when the sum does not fit a Decimal.
std::vector<Decimal> round_parts(std::span<const Decimal> parts, int places);

}  // namespace formwork
