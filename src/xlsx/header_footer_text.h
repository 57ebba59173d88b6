#pragma once
// A worksheet's printed header or footer (ECMA-376 Part 1 §18.3.1.46
// headerFooter; its formatting codes §18.3.1.36 oddHeader) as the one
// line the document model prints in a page margin.
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace formwork {

/// The MarginText of header/footer string `codes` (e.g. "&C第 &P 页 共 &N
/// 页", "&R&9 示例市财政局") printed on sheet `sheet`:
/// - &L &C &R open the left, centre and right sections; the one section
///   with text gives the line's alignment; several are joined, left to
///   right, with an ideographic space between, centred;
/// - &P → {page}, &N → {pages}, &A → the sheet's name, && → &;
/// - &"face,style", &B &I &U &E &S &X &Y &O &H, &K colour and a point size
///   (&12) are formatting: the size is kept, the rest dropped;
/// - &D, &T (print date and time), &F, &Z (file name and path) and &G (a
///   picture) cannot be printed the same way: they are dropped and named
///   in `not_shown` (once each).
/// Empty codes give an empty MarginText.
MarginText margin_text(std::string_view codes, std::string_view sheet,
                       std::vector<std::string>& not_shown);

}  // namespace formwork
