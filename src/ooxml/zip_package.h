#pragma once
// An OPC package's ZIP container (ECMA-376 Part 2 Annex C) built in memory
// with libzip.
#include <string>
#include <vector>

namespace formwork {

/// One package part: its ZIP entry name (no leading slash) and bytes.
struct ZipEntry {
  std::string name;
  std::string data;
};

/// A ZIP archive holding `entries` in the given order, deflated, every
/// entry stamped 2000-01-01 00:00:00 (DOS time), so equal input gives
/// byte-identical archives. Throws IoError when libzip fails.
std::string build_zip(const std::vector<ZipEntry>& entries);

}  // namespace formwork
