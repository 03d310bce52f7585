#include "bitext/text/pinyin.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace bitext::text {
namespace {

TEST(Pinyin, ToneLessLowerCaseAsciiOfHanOnly) {
  EXPECT_EQ(pinyin(U'北'), "bei");
  EXPECT_EQ(pinyin(U'京'), "jing");
  EXPECT_EQ(pinyin(U'绿'), "lu");  // ü written u
  EXPECT_EQ(pinyin(U'習'), "xi");  // Traditional too
  EXPECT_EQ(pinyin(U'A'), "");
  EXPECT_EQ(pinyin(U'，'), "");
  EXPECT_EQ(pinyin(U'\u3400'), "qiu");   // the table's first character (Extension A)
  EXPECT_EQ(pinyin(U'\U00020000'), "");  // outside it (Extension B)
}

TEST(Pinyin, SafeFromSeveralThreads) {
  const std::u32string text = U"林黛玉贾宝玉薛宝钗王熙凤北京上海杭州";
  std::vector<std::string> first(text.size()), second(text.size());
  std::thread a([&] {
    for (std::size_t k = 0; k < text.size(); ++k) first[k] = std::string(pinyin(text[k]));
  });
  std::thread b([&] {
    for (std::size_t k = text.size(); k-- > 0;) second[k] = std::string(pinyin(text[k]));
  });
  a.join();
  b.join();
  EXPECT_EQ(first, second);
  EXPECT_EQ(first[0] + first[1] + first[2], "lindaiyu");
}

}  // namespace
}  // namespace bitext::text
