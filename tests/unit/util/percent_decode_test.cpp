#include "util/percent_decode.h"

#include <gtest/gtest.h>

using formwork::percent_decode;

TEST(PercentDecode, DecodesEscapes) {
  EXPECT_EQ(percent_decode("image%201.png"), "image 1.png");
  EXPECT_EQ(percent_decode("%2Fa%2fb"), "/a/b");
  EXPECT_EQ(percent_decode("%41"), "A");
  EXPECT_EQ(percent_decode("plain"), "plain");
  EXPECT_EQ(percent_decode(""), "");
}

TEST(PercentDecode, DecodesUtf8Bytes) {
  EXPECT_EQ(percent_decode("%E9%87%91"), "金");
  EXPECT_EQ(percent_decode("/definitions/%E9%87%91"), "/definitions/金");
}

TEST(PercentDecode, KeepsMalformedEscapes) {
  EXPECT_EQ(percent_decode("%G1"), "%G1");
  EXPECT_EQ(percent_decode("a%4"), "a%4");
  EXPECT_EQ(percent_decode("%"), "%");
  EXPECT_EQ(percent_decode("100%"), "100%");
  EXPECT_EQ(percent_decode("%%41"), "%A");
}
