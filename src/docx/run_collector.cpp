#include "docx/run_collector.h"

#include <unicode/unistr.h>

#include "docx/run_style.h"
#include "util/forbidden_chars.h"
#include "util/utf8.h"

namespace formwork {

namespace {

std::string upper(std::string_view text) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toUpper()
      .toUTF8String(out);
  return out;
}

// Text of only spaces and line breaks: its face does not show, so it joins
// a neighbouring run that differs from it only in font (a w:br or w:tab
// between two Han runs would otherwise split them into three).
bool is_blank(std::string_view text) {
  for (std::string_view blank : {" ", "\n", "\u3000", "\u00A0"}) {
    for (size_t at; (at = text.find(blank)) == 0;) text.remove_prefix(blank.size());
  }
  return text.empty();
}

bool same_but_font(const TextStyle& a, const TextStyle& b) {
  return a.size_pt == b.size_pt && a.bold == b.bold && a.italic == b.italic &&
         a.underline == b.underline && a.color == b.color;
}

void warn_lost_formatting(const RunProps& props, ReaderWarnings& warnings,
                          const std::string& part) {
  if (props.strike.value_or(false)) warnings.note(DocxLoss::Strike, part);
  if (props.raised.value_or(false)) warnings.note(DocxLoss::VerticalAlign, part);
  if (props.highlight.value_or(false)) warnings.note(DocxLoss::Highlight, part);
}

}  // namespace

void RunCollector::text(std::string_view text, const RunProps& props) {
  if (text.empty() || props.vanish.value_or(false)) return;
  warn_lost_formatting(props, *ctx_.warnings, part_.name);
  std::string shown = props.caps.value_or(false) ? upper(text) : std::string(text);
  TextStyle style = text_style(props, shown, ctx_.theme, *ctx_.warnings);
  std::vector<Run>& runs = segments_.back().runs;
  Run* last = runs.empty() || runs.back().picture ? nullptr : &runs.back();
  if (last != nullptr && same_style(last->style, style)) {
    last->text += shown;
  } else if (last != nullptr && same_but_font(last->style, style) && is_blank(shown)) {
    last->text += shown;
  } else if (last != nullptr && same_but_font(last->style, style) && is_blank(last->text)) {
    last->text += shown;
    last->style = style;
  } else {
    runs.push_back({std::move(shown), style, nullptr});
  }
  printed_ = true;
}

void RunCollector::picture(const DrawingPicture& drawing, const RunProps& props) {
  if (!drawing.picture || props.vanish.value_or(false)) return;
  Segment& seg = segments_.back();
  TextStyle line = text_style(props, "", ctx_.theme, *ctx_.warnings);
  if (drawing.picture->floating) {
    seg.floating.push_back({seg.runs.size(), drawing.h_from, drawing.v_from, drawing.h_align,
                            drawing.v_align, !printed_});
  }
  seg.runs.push_back({"", line, drawing.picture});
  printed_ = true;
}

void RunCollector::page_break() {
  segments_.emplace_back();
  printed_ = false;
}

std::vector<Segment> RunCollector::take() {
  for (Segment& seg : segments_) {
    for (Run& run : seg.runs) {
      if (!run.picture) run.text = nfc(clean_text(run.text));
    }
  }
  return std::move(segments_);
}

}  // namespace formwork
