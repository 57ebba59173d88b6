#pragma once
// The sections of a document (ECMA-376 Part 1 §17.6): the blocks between
// SectionBreaks, each with its page setup.
#include <cstddef>
#include <vector>

#include "model/document.h"

namespace formwork {

/// One section: its page setup and its blocks [begin, end) of
/// Document::blocks (the SectionBreak that starts it excluded).
struct SectionRange {
  const PageSetup* page = nullptr;
  size_t begin = 0;
  size_t end = 0;
};

/// The document's sections in order: the first has Document::page, each
/// SectionBreak starts another with its own page. Sections without blocks
/// are left out (they would print a blank page), unless all are empty:
/// then the result is the first section alone.
std::vector<SectionRange> split_sections(const Document& doc);

/// The page setups of `sections`, in order.
std::vector<const PageSetup*> section_pages(const std::vector<SectionRange>& sections);

}  // namespace formwork
