#pragma once
// SHA-256 (FIPS 180-4) through libqpdf's crypto provider, for the batch
// manifest's file and record digests.
#include <string>
#include <string_view>

namespace formwork {

/// Lower-case hex SHA-256 of `bytes` (64 characters). Throws nothing
/// beyond std::bad_alloc.
std::string sha256_hex(std::string_view bytes);

/// Lower-case hex SHA-256 of the file at `path`, read in 64 KiB blocks.
/// Throws IoError naming the path when it cannot be read.
std::string sha256_file_hex(const std::string& path);

}  // namespace formwork
