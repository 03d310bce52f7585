#pragma once

// Dates by meaning, in Chinese and English text: the building block of the `date` check.
//
//   auto zh = extract_dates("2018 年 4 月 3 日至 5 日");  // 2018-04-03 .. 2018-04-05
//   auto en = extract_dates("3 to 5 April 2018");         // the same range
//   bool same = dates_compatible(zh[0].start, en[0].start);  // true

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bitext/core/types.h"

namespace bitext::check {

// A calendar date, any part of which may be absent (0): a year alone, a month alone
// (六月, June), a month and day without year (12月18日).
struct Date {
  int year = 0;   // 1000..2999, or 0
  int month = 0;  // 1..12, or 0
  int day = 0;    // 1..31, or 0
  bool empty() const { return year == 0 && month == 0 && day == 0; }
  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
};

// "2019-12-18", "2019-12", "2019", "12-18" (month-day), "12" (month alone: "--12").
std::string format_date(const Date& date);

// A date or a date range as written in a text. Range ends inherit what they leave out:
// 2018 年 4 月 3 日至 5 日 ends on 2018-04-05; 3 to 5 April 2018 starts on 2018-04-03.
struct DateMention {
  Date start;
  std::optional<Date> end;  // set for ranges: 2018-2021, 3 to 5 April
  Span span;                // bytes in the text, the whole range included
  std::string text;         // as written
};

// Every date in `text`, in order, ignoring the bytes inside `skip`.
//
//   format_date(extract_dates("2019 年 12 月 18 日")[0].start) == "2019-12-18"
// Chinese: 2019年12月18日,
// 一九八二年十二月四日, 12月18日, 六月, 七月份, 2019年, 2018-2021年, 3日至5日 after a month.
// English: 18 December 2019, December 18, 2019, 18th December, December 2019, June, 3 to 5
// April 2018, April 3-5, 2018, 2018-2021, 2019-12-18, a year alone (1000..2999 written without a
// separator). A day alone (18日, the 18th) is not a date: the number check compares it.
std::vector<DateMention> extract_dates(std::string_view text, const std::vector<Span>& skip = {});

// Whether two dates can denote the same day, month or year: every part present in both is
// equal, and they share at least one part.
bool dates_compatible(const Date& a, const Date& b);

}  // namespace bitext::check
