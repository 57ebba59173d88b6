#pragma once
// Length units shared by every stage: the model's lengths are mm and pt,
// with 1 in = 25.4 mm = 72 pt (the PostScript/PDF point, PDF 32000-1 §8.3.2.3).

namespace formwork {

/// Points per millimetre: 72 / 25.4.
inline constexpr double kPtPerMm = 72.0 / 25.4;

/// Points for a length in millimetres.
inline constexpr double mm_to_pt(double mm) { return mm * kPtPerMm; }

/// Millimetres for a length in points.
inline constexpr double pt_to_mm(double pt) { return pt / kPtPerMm; }

}  // namespace formwork
