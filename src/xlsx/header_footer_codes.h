#pragma once
// A worksheet's printed header or footer string (ECMA-376 Part 1
// §18.3.1.46 headerFooter, its codes §18.3.1.36 oddHeader) read as the one
// line the document model prints in a page margin (MarginText).
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace formwork::xlsx_read {

/// What a header/footer string became, and the codes it could not print.
struct HeaderFooterLine {
  MarginText text;  ///< empty pattern when the string prints nothing
  /// Several of &L, &C, &R hold text: they were joined into one line.
  bool joined_sections = false;
  /// Codes printed as nothing, named for the user, once each: "the print
  /// date or time (&D, &T)", "the file name or path (&F, &Z)", "a picture (&G)".
  std::vector<std::string> not_shown;
};

/// Reads header/footer string `codes` printed on worksheet `sheet`:
/// - &L, &C, &R start the left, centre and right sections (text before any
///   is centred); the one section with text gives MarginText::align; when
///   several have text they are joined left to right with two ideographic
///   spaces and centred (joined_sections set);
/// - &P → {page}, &N → {pages}, &A → `sheet`, && → &; &P+1 / &P-1 offsets
///   are dropped (the page number is printed as counted);
/// - font and formatting codes are dropped: &"face,style", &B &I &U &E &S
///   &X &Y &O &H, &K colour (&KRRGGBB or &KttSnnn); a point size (&12)
///   becomes MarginText::size_pt (default 10.5 pt when none is given);
/// - &D, &T, &F, &Z, &G print nothing and are listed in not_shown.
HeaderFooterLine read_header_footer(std::string_view codes, std::string_view sheet);

}  // namespace formwork::xlsx_read
