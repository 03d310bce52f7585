#include "bitext/core/utf8.h"

#include <gtest/gtest.h>

namespace bitext::utf8 {
namespace {

TEST(Utf8, DecodesAndEncodesRoundTrip) {
  const std::string s = "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80";  // a é 中 😀
  std::size_t i = 0;
  EXPECT_EQ(next(s, i), U'a');
  EXPECT_EQ(next(s, i), U'é');
  EXPECT_EQ(next(s, i), U'中');
  EXPECT_EQ(next(s, i), U'\U0001F600');
  EXPECT_EQ(i, s.size());
  EXPECT_EQ(encode(U'中') + encode(U'\U0001F600'), "\xE4\xB8\xAD\xF0\x9F\x98\x80");
}

TEST(Utf8, FindsFirstInvalidByte) {
  EXPECT_EQ(find_invalid("plain ascii"), std::string_view::npos);
  EXPECT_EQ(find_invalid("中文"), std::string_view::npos);
  EXPECT_EQ(find_invalid("ab\xFFz"), 2u);
  EXPECT_EQ(find_invalid("\xC0\xAF"), 0u);            // overlong
  EXPECT_EQ(find_invalid("x\xED\xA0\x80"), 1u);       // surrogate
  EXPECT_EQ(find_invalid("\xE4\xB8"), 0u);            // truncated at end
  EXPECT_EQ(find_invalid("ok\xF4\x90\x80\x80"), 2u);  // above U+10FFFF
}

TEST(Utf8, IllFormedBytesAdvanceOneByteAndYieldReplacement) {
  const std::string s =
      "\xFF\xFE"
      "a";
  std::size_t i = 0;
  EXPECT_EQ(next(s, i), kReplacement);
  EXPECT_EQ(i, 1u);
  EXPECT_EQ(next(s, i), kReplacement);
  EXPECT_EQ(next(s, i), U'a');
}

TEST(Utf8, DecodesBackwards) {
  const std::string s = "a第¹";  // 1, 3 and 2 bytes
  std::size_t at = 0;
  EXPECT_EQ(utf8::previous(s, s.size(), at), U'¹');
  EXPECT_EQ(at, 4u);
  EXPECT_EQ(utf8::previous(s, at, at), U'第');
  EXPECT_EQ(at, 1u);
  EXPECT_EQ(utf8::previous(s, at, at), U'a');
  EXPECT_EQ(at, 0u);
}

TEST(Utf8, ClassifiesCharacters) {
  EXPECT_TRUE(is_han(U'网'));
  EXPECT_TRUE(is_han(U'〇'));
  EXPECT_FALSE(is_han(U'。'));
  EXPECT_TRUE(is_cjk_punct(U'。'));
  EXPECT_TRUE(is_cjk_punct(U'，'));
  EXPECT_TRUE(is_space(0x3000));
  EXPECT_EQ(superscript_digit_value(U'¹'), 1);
  EXPECT_EQ(superscript_digit_value(U'⁹'), 9);
  EXPECT_EQ(superscript_digit_value(U'9'), -1);
}

TEST(Utf8, TrimsUnicodeSpace) {
  EXPECT_EQ(trim("\xE3\x80\x80\xE3\x80\x80中文 \t"), "中文");
  EXPECT_EQ(trim("   "), "");
  EXPECT_EQ(length("中文ab"), 4u);
}

TEST(Utf8, LooksChinese) {
  EXPECT_TRUE(looks_chinese("大会，回顾其第 65/230 号决议"));
  EXPECT_FALSE(looks_chinese("The General Assembly, recalling resolution 65/230"));
}

}  // namespace
}  // namespace bitext::utf8
