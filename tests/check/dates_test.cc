#include "bitext/check/dates.h"

#include <gtest/gtest.h>

#include <string>

namespace bitext::check {
namespace {

DateMention one(const std::string& text) {
  const auto found = extract_dates(text);
  EXPECT_EQ(found.size(), 1u) << text;
  return found.empty() ? DateMention{} : found[0];
}

std::string show(const DateMention& d) {
  std::string s = format_date(d.start);
  if (d.end) s += ".." + format_date(*d.end);
  return s;
}

TEST(Dates, SeedPatterns) {
  const DateMention zh = one("大会 2019 年 12 月 18 日第 74/173 号决议");
  EXPECT_EQ(show(zh), "2019-12-18");
  EXPECT_EQ(zh.text, "2019 年 12 月 18 日");
  EXPECT_EQ(show(one("on 18 December 2019")), "2019-12-18");
  EXPECT_EQ(show(one("on December 18, 2019,")), "2019-12-18");
  EXPECT_EQ(show(one("the 18th of December 2019")), "2019-12-18");
  EXPECT_EQ(show(one("2019-12-18")), "2019-12-18");
  EXPECT_EQ(show(one("一九八二年十二月四日")), "1982-12-04");
  EXPECT_EQ(show(one("2019年12月18日")), "2019-12-18");
  EXPECT_EQ(show(one("２０１９年１２月１８日")), "2019-12-18");
  // Footnote markers as a PDF copy prints them, glued to the year: not part of it.
  EXPECT_EQ(show(one("of 18 December 2019,2 and")), "2019-12-18");
  EXPECT_EQ(show(one("of 18 December 2019.2 The")), "2019-12-18");
  EXPECT_EQ(show(one("of 18 December 2019.12")), "2019-12-18");
}

TEST(Dates, Ranges) {
  EXPECT_EQ(show(one("2018 年 4 月 3 日至 5 日在维也纳")), "2018-04-03..2018-04-05");
  EXPECT_EQ(show(one("held in Vienna from 3 to 5 April 2018")), "2018-04-03..2018-04-05");
  EXPECT_EQ(show(one("3-5 April 2018")), "2018-04-03..2018-04-05");
  EXPECT_EQ(show(one("April 3-5, 2018")), "2018-04-03..2018-04-05");
  EXPECT_EQ(show(one("2018-2021 年期间")), "2018..2021");
  EXPECT_EQ(show(one("2018 年至 2021 年")), "2018..2021");
  EXPECT_EQ(show(one("for the period 2018–2021")), "2018..2021");
  EXPECT_EQ(show(one("2024年7月29日至8月9日")), "2024-07-29..2024-08-09");
  EXPECT_EQ(show(one("4月3-5日")), "--04-03..--04-05");
  EXPECT_EQ(show(one("4 月 3 日至 5 日")), "--04-03..--04-05");
  EXPECT_TRUE(extract_dates("于 3 日至 5 日举行").empty());  // days without a month: numbers
  EXPECT_EQ(show(one("April–June 2019")), "2019-04..2019-06");
}

std::string all(const std::string& text) {
  std::string s;
  for (const DateMention& d : extract_dates(text)) s += (s.empty() ? "" : " ") + show(d);
  return s;
}

TEST(Dates, DaysListedBeforeOrAfterTheirMonth) {
  EXPECT_EQ(all("held on 12 and 13 May 2020 in Vienna"), "2020-05-12 2020-05-13");
  EXPECT_EQ(all("on 12, 13 and 15 May 2020"), "2020-05-12 2020-05-13 2020-05-15");
  EXPECT_EQ(all("on 12, 13, and 15 May"), "--05-12 --05-13 --05-15");
  EXPECT_EQ(all("the 2nd and 3rd of May 2020"), "2020-05-02 2020-05-03");
  EXPECT_EQ(all("2020年5月12日和13日举行"), "2020-05-12 2020-05-13");
  EXPECT_EQ(all("2020 年 5 月 12 日、13 日和 15 日"), "2020-05-12 2020-05-13 2020-05-15");
  EXPECT_EQ(all("5月12日及13日"), "--05-12 --05-13");
  const auto listed = extract_dates("on 12 and 13 May 2020");
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].text, "12");
  EXPECT_EQ(listed[1].text, "13 May 2020");
  // Lists of other things stay numbers.
  EXPECT_EQ(all("paragraphs 12 and 13 of resolution 74/173"), "");
  EXPECT_EQ(all("the 2nd and 3rd meetings"), "");
  EXPECT_EQ(all("2020年5月12日和13个国家"), "2020-05-12");
}

TEST(Dates, MonthsAndYearsAlone) {
  EXPECT_EQ(show(one("六月份")), "--06");
  EXPECT_EQ(show(one("今年3月")), "--03");
  EXPECT_EQ(show(one("In June, the Commission")), "--06");
  EXPECT_EQ(show(one("at the end of March")), "--03");
  EXPECT_EQ(show(one("until Oct.")), "--10");
  EXPECT_EQ(show(one("in 1870")), "1870");
  EXPECT_EQ(show(one("1870 年")), "1870");
  EXPECT_EQ(show(one("December 2019")), "2019-12");
  EXPECT_EQ(show(one("2017 年 5 月")), "2017-05");
}

TEST(Dates, NotDates) {
  EXPECT_TRUE(extract_dates("Member States may wish to").empty());
  EXPECT_TRUE(extract_dates("March on").empty());
  EXPECT_TRUE(extract_dates("18 年前").empty());
  EXPECT_TRUE(extract_dates("三个月内").empty());
  EXPECT_TRUE(extract_dates("五年").empty());
  EXPECT_TRUE(extract_dates("2000人").empty());
  EXPECT_TRUE(extract_dates("2,019 people").empty());
  EXPECT_TRUE(extract_dates("2019.25 tonnes").empty());  // a decimal, not a year and a note
  EXPECT_TRUE(extract_dates("2019.5%").empty());
  EXPECT_TRUE(extract_dates("本月18日").empty());  // a day alone is left to the number check
  EXPECT_TRUE(extract_dates("in the 1990s").empty());
  EXPECT_TRUE(extract_dates("1990 年代").empty());  // a decade: the number check's
  EXPECT_TRUE(extract_dates("2 年级").empty());
  EXPECT_TRUE(extract_dates("2019 and 2020").size() == 2);  // two years, not a range
}

TEST(Dates, Compatible) {
  const Date full{2019, 12, 18};
  EXPECT_TRUE(dates_compatible(full, Date{2019, 12, 18}));
  EXPECT_TRUE(dates_compatible(full, Date{0, 12, 18}));  // 12月18日
  EXPECT_TRUE(dates_compatible(full, Date{2019, 0, 0}));
  EXPECT_FALSE(dates_compatible(full, Date{2019, 12, 19}));
  EXPECT_FALSE(dates_compatible(full, Date{2018, 0, 0}));
  EXPECT_FALSE(dates_compatible(Date{0, 0, 18}, Date{0, 12, 0}));  // nothing shared
}

TEST(Dates, SkipSpans) {
  const std::string text = "E/2017/30 of 2017";
  EXPECT_EQ(extract_dates(text).size(), 1u);
  EXPECT_EQ(extract_dates(text, {Span{0, 9}}).size(), 1u);
  EXPECT_TRUE(extract_dates(text, {Span{0, text.size()}}).empty());
}

TEST(Dates, Format) {
  EXPECT_EQ(format_date({2019, 12, 18}), "2019-12-18");
  EXPECT_EQ(format_date({2019, 12, 0}), "2019-12");
  EXPECT_EQ(format_date({2019, 0, 0}), "2019");
  EXPECT_EQ(format_date({0, 12, 18}), "--12-18");
  EXPECT_EQ(format_date({0, 6, 0}), "--06");
}

}  // namespace
}  // namespace bitext::check
