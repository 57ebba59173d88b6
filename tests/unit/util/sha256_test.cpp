#include "util/sha256.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "util/errors.h"

namespace formwork {
namespace {

// FIPS 180-4 examples (NIST CSRC "SHA256.pdf").
TEST(Sha256, KnownVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, FileDigestEqualsBytesDigestAcrossBlocks) {
  const std::string bytes(200 * 1024 + 17, 'x');
  const std::string path = ::testing::TempDir() + "sha256_test.bin";
  std::ofstream(path, std::ios::binary) << bytes;
  EXPECT_EQ(sha256_file_hex(path), sha256_hex(bytes));
  std::remove(path.c_str());
  EXPECT_THROW(sha256_file_hex(path), IoError);
}

}  // namespace
}  // namespace formwork
