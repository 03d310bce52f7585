#pragma once

#include <string_view>

#include "bitext/core/types.h"

namespace bitext::text {

// Recognises the numbering label that opens a paragraph or line, in the forms UN documents and
// laws use in either language: 1.  1)  (1)  (a)  (i)  I.  A.  74/173.  [xx/xxx].  一.  一、  ㈠
// （一）  第十二条  Article 12  第一章  Chapter I  第一节  Section 1  ¹  [1]. Full-width forms
// (１．, （ａ）) count as their ASCII twins. Leading white space is skipped and counted in
// Label::length; the label must be followed by white space, the end, or (for labels that are
// not plain letters) a Chinese character.
//
//   Label l = parse_label("第十二条　国家...");  // kArticle, text "第十二条", number "12"
//   Label m = parse_label("I. Introduction");   // kRoman, text "I.", number "1"
//
// Ambiguous single letters (i) v. X. are read as Roman numerals here; the numbering pass
// (AssignNumbering) re-reads them as letters when the surrounding sequence says so.
Label parse_label(std::string_view text);

// Bytes of the list bullet opening `text` with the space after it ("- ", "* ", "• ", "· "), 0
// when none: before a label ("- (a) 会议开幕；"), or a bullet item of its own.
std::size_t list_bullet_length(std::string_view text);

// Whether two labels denote the same position in parallel documents: equal numbers and
// compatible styles (Chinese 一./㈠ pair with Roman I./(i), 一、 with Arabic 1. as in the
// paragraphs of a treaty's articles; everything else with itself).
bool labels_correspond(const Label& a, const Label& b);

// Whether a label is written in brackets: (a), a), （一）, ㈠, ⑴. A translation keeps the form
// ((1) / （一）, 1. / 一、), while two lists that merely share numbers often differ in it
// (operative paragraph 9. / the constitution's item （九）).
bool label_bracketed(const Label& label);

}  // namespace bitext::text
