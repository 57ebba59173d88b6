#pragma once
// A TrueType collection (.ttc) made for a test from single-face fonts with
// fontTools (Debian python3-fonttools): no .ttc with TrueType outlines is
// among the fonts the tests otherwise need.
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

namespace formwork::test {

/// Writes `faces` (.ttf paths) as one collection to `out`, face i being
/// faces[i]. Throws std::runtime_error when fontTools fails.
inline void make_collection(const std::vector<std::string>& faces, const std::string& out) {
  std::string list;
  for (const std::string& f : faces) list += "'" + f + "',";
  const std::string script =
      "from fontTools.ttLib import TTFont\n"
      "from fontTools.ttLib.ttCollection import TTCollection\n"
      "c = TTCollection()\n"
      "c.fonts = [TTFont(f) for f in [" +
      list +
      "]]\n"
      "c.save('" +
      out + "')\n";
  const std::string command = "/usr/bin/python3 -c \"" + script + "\"";
  if (std::system(command.c_str()) != 0) {
    throw std::runtime_error("fontTools could not write " + out + " (python3-fonttools)");
  }
}

}  // namespace formwork::test
