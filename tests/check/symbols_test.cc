#include "bitext/check/symbols.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bitext::check {
namespace {

std::vector<std::string> Symbols(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& s : ExtractSymbols(text)) out.push_back(s.symbol);
  return out;
}

TEST(Symbols, UnDocumentSymbols) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Symbols("the report of the Secretary-General (A/74/400)."), V{"A/74/400"});
  EXPECT_EQ(Symbols("第 65/230 号决议"), V{"65/230"});
  EXPECT_EQ(Symbols("resolution 65/230."), V{"65/230"});
  EXPECT_EQ(Symbols("(E/2017/30), chap. I"), V{"E/2017/30"});
  EXPECT_EQ(Symbols("UNODC/CCPCJ/EG.4/2020/1"), V{"UNODC/CCPCJ/EG.4/2020/1"});
  EXPECT_EQ(Symbols("A/RES/74/173 and E/CN.15/2011/19"), (V{"A/RES/74/173", "E/CN.15/2011/19"}));
  EXPECT_EQ(Symbols("A/C.3/74/L.5/Rev.1"), V{"A/C.3/74/L.5/REV.1"});
  EXPECT_EQ(Symbols("Ａ/７４/４００号文件"), V{"A/74/400"});  // full-width forms
  EXPECT_EQ(Symbols("decision 2019/235"), V{"2019/235"});
}

TEST(Symbols, NotSymbols) {
  EXPECT_TRUE(Symbols("and/or").empty());
  EXPECT_TRUE(Symbols("HIV/AIDS").empty());
  EXPECT_TRUE(Symbols("1/3 of the members").empty());
  EXPECT_TRUE(Symbols("on 18/12/2019").empty());
  EXPECT_TRUE(Symbols("24/7").empty());
  EXPECT_TRUE(Symbols("no slash here").empty());
}

TEST(Symbols, SpanAndText) {
  const std::string text = "见Ａ/７４/４００。";
  const auto found = ExtractSymbols(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "Ａ/７４/４００");
  EXPECT_EQ(text.substr(found[0].span.begin, found[0].span.size()), found[0].text);
}

TEST(Symbols, Same) {
  EXPECT_TRUE(SameSymbol("A/RES/65/230", "65/230"));
  EXPECT_TRUE(SameSymbol("65/230", "A/RES/65/230"));
  EXPECT_TRUE(SameSymbol("A/74/400", "A/74/400"));
  EXPECT_FALSE(SameSymbol("A/74/400", "A/74/401"));
  EXPECT_FALSE(SameSymbol("A/RES/65/230", "5/230"));  // not at a slash
  EXPECT_FALSE(SameSymbol("A/RES/65/230", "230"));    // one part is not a symbol
}

}  // namespace
}  // namespace bitext::check
