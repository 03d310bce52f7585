#include "bitext/text/transliteration.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace bitext::text {
namespace {

bool alike(const std::string& zh, const std::string& en) {
  return sounds_alike(chinese_sound(zh), english_sound(en));
}

// Names as the news, the UN and the Bible transliterate them.
TEST(Transliteration, NamesMatchTheirTransliterations) {
  const std::vector<std::pair<std::string, std::string>> names = {
      {"特朗普", "Trump"},         {"卡瓦诺", "Kavanaugh"},  {"维也纳", "Vienna"},
      {"安哥拉", "Angola"},        {"华盛顿", "Washington"}, {"莫利纳里", "Molinari"},
      {"弗利特伍德", "Fleetwood"}, {"斯皮斯", "Spieth"},     {"托马斯", "Thomas"},
      {"史密斯", "Smith"},         {"萨尔瓦多", "Salvador"}, {"多哈", "Doha"},
      {"克林顿", "Clinton"},       {"乔治", "George"},       {"迈克尔", "Michael"},
      {"布赖顿", "Brighton"},      {"乌干达", "Uganda"},     {"查尔斯", "Charles"},
      {"霍华德", "Howard"},        {"卡特", "Carter"},       {"摩西", "Moses"},
      {"亚伦", "Aaron"},           {"科尔宾", "Corbyn"},     {"珍妮", "Janet"},
      {"肖恩", "Shawn"},           {"杰克逊", "Jackson"},    {"梅", "May"}};
  int matched = 0;
  for (const auto& [zh, en] : names) {
    const bool ok = alike(zh, en);
    matched += ok ? 1 : 0;
    EXPECT_TRUE(ok || zh == "梅") << zh << " / " << en;
  }
  EXPECT_GE(matched, 26);
}

TEST(Transliteration, TraditionalCharactersToo) {
  EXPECT_TRUE(alike("維也納", "Vienna"));
  EXPECT_TRUE(alike("華盛頓", "Washington"));
  EXPECT_TRUE(alike("薩爾瓦多", "Salvador"));
}

TEST(Transliteration, OtherWordsDoNot) {
  EXPECT_FALSE(alike("特朗普", "Clinton"));
  EXPECT_FALSE(alike("卡瓦诺", "Trump"));
  EXPECT_FALSE(alike("维也纳", "Geneva"));
  EXPECT_FALSE(alike("莫利纳里", "Fleetwood"));
  EXPECT_FALSE(alike("华盛顿", "Brighton"));
  EXPECT_TRUE(chinese_sound("联合国").empty());  // not transliteration characters
  EXPECT_TRUE(chinese_sound("国际").empty());
  EXPECT_TRUE(english_sound("UN-Habitat").empty());
}

}  // namespace
}  // namespace bitext::text
