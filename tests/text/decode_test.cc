#include "bitext/text/decode.h"

#include <gtest/gtest.h>

#include <boost/locale/encoding.hpp>

#include "bitext/core/error.h"

namespace bitext::text {
namespace {

const std::string kChinese =
    "大会，回顾其 2010 年 12 月 21 日第 65/230 号决议，加强打击网络犯罪的国际合作。\n"
    "请联合国毒品和犯罪问题办公室继续提供技术援助和能力建设。\n";

TEST(Decode, Utf8WithAndWithoutBom) {
  EXPECT_EQ(decode(kChinese, "a.txt").text, kChinese);
  const Decoded d = decode("\xEF\xBB\xBF" + kChinese, "a.txt");
  EXPECT_EQ(d.text, kChinese);
  EXPECT_EQ(d.encoding, "UTF-8");
}

TEST(Decode, DetectsGbkAndUtf16) {
  const std::string gbk = boost::locale::conv::from_utf<char>(kChinese, "GBK");
  ASSERT_NE(gbk, kChinese);
  const Decoded g = decode(gbk, "gbk.txt");
  EXPECT_EQ(g.text, kChinese);
  EXPECT_NE(g.encoding.find("GB"), std::string::npos);

  const std::string utf16 = "\xFF\xFE" + boost::locale::conv::from_utf<char>(kChinese, "UTF-16LE");
  const Decoded u = decode(utf16, "u16.txt");
  EXPECT_EQ(u.text, kChinese);
  EXPECT_EQ(u.encoding, "UTF-16LE");

  const std::string big5 =
      boost::locale::conv::from_utf<char>("技術援助與能力建設，打擊網絡犯罪。\n", "Big5");
  EXPECT_EQ(decode(big5, "b5.txt", {"Big5", false}).text, "技術援助與能力建設，打擊網絡犯罪。\n");
}

TEST(Decode, IllFormedUtf8NamesTheByteOrIsRepaired) {
  std::string damaged = kChinese;
  damaged.insert(30, "\xFF");
  try {
    decode(damaged, "bad.txt");
    FAIL() << "no exception";
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "bad.txt");
    EXPECT_EQ(e.byte(), 30u);
  }
  const Decoded r = decode(damaged, "bad.txt", {"", true});
  EXPECT_EQ(r.repairs, 1u);
  EXPECT_NE(r.text.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(Decode, RejectsEmptyAndBinaryInput) {
  EXPECT_THROW(decode("", "e.txt"), InputError);
  EXPECT_THROW(decode(" \n\t\n", "e.txt"), InputError);
  static constexpr char kPng[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
  const std::string png(kPng, sizeof kPng - 1);  // the embedded NULs included
  EXPECT_THROW(decode(png, "x.png"), InputError);
  EXPECT_THROW(decode(std::string("text\x01\x02\x03\x04\x05\x06", 10), "c.txt"), InputError);
}

TEST(Decode, NormalizesLineEnds) { EXPECT_EQ(decode("a\r\nb\rc\n", "x").text, "a\nb\nc\n"); }

}  // namespace
}  // namespace bitext::text
