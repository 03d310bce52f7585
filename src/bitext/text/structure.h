#pragma once

// The UN document structure the text stage recognises: boilerplate and running headers,
// headings and titles, footnotes and their markers, and the nesting of numbered lists.
// Internal to the text stage (document.cc calls these in order); rules are in docs/text.md.

#include <string>
#include <string_view>
#include <vector>

#include "bitext/core/types.h"

namespace bitext::text {

// A line or paragraph that is document boilerplate on its own: "Distr.: General",
// "Original: English", a date of issue, "第七十四届会议" / "Seventy-fourth session",
// "议程项目 106" / "Agenda item 106", a document symbol, "[根据第三委员会的报告(A/74/400)通过]",
// "2019 年 12 月 18 日大会决议", "第50次全体会议" / "50th plenary meeting", page and job numbers.
//
//   is_boilerplate("Distr.: General") == true;  is_boilerplate("大会，") == false
bool is_boilerplate(std::string_view text);

// Display width: Han characters and full-width forms count 2, others 1.
std::size_t display_width(std::string_view text);

// Whether the text ends a sentence or clause: 。！？；：，.!?;:, possibly followed by closing
// quotes or brackets.
bool ends_with_punctuation(std::string_view text);

// Footnote markers cited in running text: superscript digit runs (¹, ²³ → "23"), as numbers.
std::vector<std::string> footnote_markers(std::string_view text);

// Footnote markers as text copied from a PDF prints them, in plain digits: a run of one or two
// digits glued to the word or punctuation before it and followed by a space, punctuation or
// the end ("thirtieth session,1", "Organized Crime3 in"), or after the full stop that follows a
// year ("of 18 December 2019.2"). Only candidates: one is a marker when
// the document says so (a body "1 Official Records ..." further on, the next number in the
// sequence of notes) or the other version prints ¹ there.
struct PlainMarker {
  Span span;           // the digits, in bytes
  std::string number;  // "1"
};
std::vector<PlainMarker> plain_footnote_markers(std::string_view text);

// The same in Chinese text: a run of one or two digits glued to a Han character or a closing
// mark (》” ）) and followed by no digit, decimal point, comma, percent sign or Latin letter
// ("《公约》3及其议定书", "第74/247号决议2，"). A count looks the same (第3条): only candidates,
// which the other version must confirm.
std::vector<PlainMarker> chinese_plain_footnote_markers(std::string_view text);

// Sets Paragraph::kind for every paragraph (labels must be parsed). Footnote bodies are linked
// to markers seen before them.
void assign_kinds(std::vector<Paragraph>& paragraphs);

// Sets Label::level by following the numbered lists: a list restarting at 1 inside another is
// nested; the outer list resumes when its next number comes. Re-reads (i), (v), (x) and I., V.,
// X. as letters where the surrounding letter sequence calls for them.
void assign_levels(std::vector<Paragraph>& paragraphs);

}  // namespace bitext::text
