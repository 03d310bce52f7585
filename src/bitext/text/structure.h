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

// Which line of a masthead boilerplate is, so that the two versions' mastheads pair line for line
// where one has lines the other lacks (the aligner reads it): the organ (United Nations, 大会),
// the document symbol, the distribution (Distr.: General), the original language, a date (of
// issue, or the meeting's dates and place), the session, the agenda item, the adoption line, the
// committee report line, the plenary meeting; kNone for anything else. A line laid out in
// columns is the last of its cells that is one ("United Nations   A/RES/74/173": the symbol).
enum class MastheadField : unsigned char {
  kNone,
  kOrgan,
  kSymbol,
  kDistribution,
  kOriginal,
  kDate,
  kSession,
  kAgenda,
  kAdoption,
  kReport,
  kPlenary,
  kFurniture,  // page and job numbers, the version's language line
};
MastheadField masthead_field(std::string_view text);

// Page furniture: page and job numbers, bar codes, the version's language line, table of
// contents entries, the rule above a page's footnotes ("__________________"), and lines laid
// out in columns that hold only such things ("2/2      18-22372", "18-22372 (E)    080119").
//
//   page_furniture("18-22372 (E)    080119") == true;  page_furniture("大会，") == false
bool page_furniture(std::string_view text);

// The cells of a line laid out in columns, as `pdftotext -layout` prints a masthead or a
// running header: the pieces of the trimmed text between gaps of four or more spaces (a tab
// counts four). One cell for ordinary text.
//
//   column_cells("United Nations      A/RES/73/187") == {"United Nations", "A/RES/73/187"}
std::vector<std::string_view> column_cells(std::string_view text);

// The cells of a line of at most 400 bytes laid out in two columns or more (a gap of four
// spaces or a tab inside it); none otherwise.
std::vector<std::string_view> layout_columns(std::string_view text);

// The rule printed above a page's footnotes: a line of five or more underscores.
bool footnote_rule(std::string_view text);

// A line laid out in columns as a running header is, a document symbol beside a title of
// several words (either side): the symbol, or "" ("A/RES/73/187      Countering the use of …"
// gives "A/RES/73/187"). A list of documents looks the same: document.cc takes the line for a
// header only when the symbol is the document's own (printed on another line too).
std::string symbol_beside_title(std::string_view text);

// The document symbol a line holds alone or as one of its cells ("United Nations      A/RES/73/187"
// gives "A/RES/73/187"), or "".
std::string line_symbol(std::string_view text);

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

// Footnote markers as `pdftotext -layout` prints a superscript, apart from the text: one or two
// digits after a comma, semicolon, full stop or closing bracket and a space, followed by a
// space and a lower-case word or by the end ("of 26 April 2013, 1 in which", "International
// Security, 2"). Not a list of numbers ("paragraphs 1, 2 and 3"). Only candidates, which the
// other version must confirm with a superscript.
std::vector<PlainMarker> spaced_footnote_markers(std::string_view text);

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
