#include "bitext/check/symbols.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bitext::check {
namespace {

std::vector<std::string> symbols(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& s : extract_symbols(text)) out.push_back(s.symbol);
  return out;
}

TEST(Symbols, UnDocumentSymbols) {
  using V = std::vector<std::string>;
  EXPECT_EQ(symbols("the report of the Secretary-General (A/74/400)."), V{"A/74/400"});
  EXPECT_EQ(symbols("第 65/230 号决议"), V{"65/230"});
  EXPECT_EQ(symbols("resolution 65/230."), V{"65/230"});
  EXPECT_EQ(symbols("(E/2017/30), chap. I"), V{"E/2017/30"});
  EXPECT_EQ(symbols("UNODC/CCPCJ/EG.4/2020/1"), V{"UNODC/CCPCJ/EG.4/2020/1"});
  EXPECT_EQ(symbols("A/RES/74/173 and E/CN.15/2011/19"), (V{"A/RES/74/173", "E/CN.15/2011/19"}));
  EXPECT_EQ(symbols("A/C.3/74/L.5/Rev.1"), V{"A/C.3/74/L.5/REV.1"});
  EXPECT_EQ(symbols("Ａ/７４/４００号文件"), V{"A/74/400"});  // full-width forms
  EXPECT_EQ(symbols("decision 2019/235"), V{"2019/235"});
}

TEST(Symbols, NotSymbols) {
  EXPECT_TRUE(symbols("and/or").empty());
  EXPECT_TRUE(symbols("HIV/AIDS").empty());
  EXPECT_TRUE(symbols("1/3 of the members").empty());
  EXPECT_TRUE(symbols("on 18/12/2019").empty());
  EXPECT_TRUE(symbols("24/7").empty());
  EXPECT_TRUE(symbols("no slash here").empty());
}

TEST(Symbols, SpanAndText) {
  const std::string text = "见Ａ/７４/４００。";
  const auto found = extract_symbols(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "Ａ/７４/４００");
  EXPECT_EQ(text.substr(found[0].span.begin, found[0].span.size()), found[0].text);
}

TEST(Symbols, Same) {
  EXPECT_TRUE(same_symbol("A/RES/65/230", "65/230"));
  EXPECT_TRUE(same_symbol("65/230", "A/RES/65/230"));
  EXPECT_TRUE(same_symbol("A/74/400", "A/74/400"));
  EXPECT_FALSE(same_symbol("A/74/400", "A/74/401"));
  EXPECT_FALSE(same_symbol("A/RES/65/230", "5/230"));  // not at a slash
  EXPECT_FALSE(same_symbol("A/RES/65/230", "230"));    // one part is not a symbol
}

}  // namespace
}  // namespace bitext::check
