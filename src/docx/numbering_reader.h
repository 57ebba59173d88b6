#pragma once
// Lists: the numbering definitions part, word/numbering.xml (ECMA-376 Part 1
// §17.9), and the counters that turn a paragraph's w:numPr into the label
// Word prints before it ("1.", "（一）", "第一章", "•"). The model has no
// lists, so the label becomes the paragraph's first text.
#include <array>
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "docx/text_properties.h"

namespace formwork {

/// One level of a list (§17.9.6 w:lvl).
struct ListLevel {
  int start = 1;                   ///< w:start
  std::string format = "decimal";  ///< w:numFmt (ST_NumberFormat)
  std::string text;                ///< w:lvlText, "%1." with %1…%9 for levels 1…9
  std::string suffix = "tab";      ///< w:suff: "tab", "space" or "nothing"
  bool legal = false;              ///< w:isLgl: every level's number in decimal
  int restart = -1;                ///< w:lvlRestart (-1: after any higher level)
  std::string style_id;            ///< w:pStyle: the paragraph style using this level
  ParaProps para;                  ///< w:pPr (indents of the list's paragraphs)
  RunProps run;                    ///< w:rPr (the label's formatting)
  bool defined = false;
};

/// A paragraph's list label.
struct ListLabel {
  std::string text;                 ///< number text and suffix, e.g. "1.\t" with the tab as U+3000
  RunProps run;                     ///< the level's w:rPr for the label
  bool unsupported_format = false;  ///< a number was printed as decimal
  bool rough_bullet = false;        ///< a symbol-font bullet became "•"
};

/// The numbering of one document, with its running counters.
class Numbering {
 public:
  Numbering() = default;

  /// Reads w:numbering (the root of word/numbering.xml): w:abstractNum
  /// levels and w:num instances with their w:lvlOverride (w:startOverride,
  /// w:lvl).
  explicit Numbering(const pugi::xml_node& numbering);

  /// The level definition for list `num_id` at `level` (w:ilvl 0–8), or
  /// nullptr when the list or level is not defined (numId 0 is no list).
  const ListLevel* level(int num_id, int level) const;

  /// The level of list `num_id` whose w:pStyle is `style_id` (a heading
  /// style numbered through its style), or -1.
  int level_for_style(int num_id, std::string_view style_id) const;

  /// Counts one more paragraph of list `num_id` at `level` and returns its
  /// label. Counters belong to the abstract definition, so lists sharing
  /// one continue each other, as in Word, unless a w:num restarts with
  /// w:startOverride (at its first paragraph). Deeper levels restart.
  /// `tab` is what a tab suffix becomes (the reader's tab character).
  ListLabel next_label(int num_id, int level, std::string_view tab);

 private:
  struct Instance {
    std::string abstract_id;
    std::map<int, int> start_override;
    std::map<int, ListLevel> level_override;
    bool used = false;
  };
  struct Counters {
    std::array<int, 9> value{};
    std::array<bool, 9> started{};
  };
  std::map<std::string, std::array<ListLevel, 9>> abstract_;
  std::map<int, Instance> instances_;
  std::map<std::string, Counters> counters_;
};

}  // namespace formwork
