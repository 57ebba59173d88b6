#pragma once
// Private to the layout engine: page footers, placed once all pages exist.
#include <string>
#include <vector>

#include "layout/frame.h"
#include "layout/text_context.h"
#include "model/document.h"

namespace formwork {

/// `pattern` with every "{page}" replaced by `page` and "{pages}" by `pages`.
std::string footer_text(const std::string& pattern, int page, int pages);

/// When setup.footer is non-empty, adds its text (宋体 "song", 10.5 pt = 五号)
/// to every page, centred between the side margins with its baseline half
/// the bottom margin above the page's bottom edge.
void place_footers(const PageSetup& setup, std::vector<Page>& pages, TextContext& ctx);

}  // namespace formwork
