#pragma once
// Length conversions for WordprocessingML (ECMA-376 Part 1 §17.18.105
// ST_TwipsMeasure, §17.18.11 ST_HpsMeasure) and DrawingML (§20.1.10.16
// ST_Coordinate, EMU). 1 twip = 1/20 pt = 1/1440 in; 1 in = 914400 EMU, so
// 1 mm = 36000 EMU and 1 twip = 635 EMU.
#include <cmath>

namespace formwork::docx_units {

/// Millimetres → twips, rounded (210 mm → 11906, 297 mm → 16838).
inline long mm_to_twips(double mm) { return std::lround(mm * 1440.0 / 25.4); }

/// Points → twips, rounded (12 pt → 240).
inline long pt_to_twips(double pt) { return std::lround(pt * 20.0); }

/// Points → half-points for w:sz, rounded, at least 1 (16 pt → 32).
inline long pt_to_half_points(double pt) {
  long hp = std::lround(pt * 2.0);
  return hp < 1 ? 1 : hp;
}

/// English Metric Units per twip (914400 / 1440).
inline constexpr long kEmuPerTwip = 635;

/// English Metric Units per millimetre (914400 / 25.4).
inline constexpr double kEmuPerMm = 36000;

}  // namespace formwork::docx_units
