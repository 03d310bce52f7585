#pragma once

// A small alignment for the io tests: escaping-prone text, a 2-1 bead, a 0-1 bead.

#include "bitext/core/types.h"

namespace bitext::io {

inline Alignment sample_alignment() {
  Alignment a;
  a.zh_name = "a.zh.txt";
  a.en_name = "a.en.txt";
  a.unit = AlignUnit::kSentence;
  auto seg = [](const char* text, const char* label = "") {
    Segment s;
    s.text = text;
    s.label.text = label;
    s.line = 1;
    return s;
  };
  a.zh = {seg("1. 欢迎 <专家组> & “报告”；", "1."), seg("第一句。"), seg("第二句。"),
          seg("控制\x01字符。")};
  a.en = {seg("1. Welcomes the <Expert Group> & \"report\" it's;", "1."),
          seg("First and second sentence."), seg("An English-only sentence."),
          seg("Control character.")};
  a.beads = {Bead{{0, 1}, {0, 1}, 0.9912, false}, Bead{{1, 3}, {1, 2}, 0.71, false},
             Bead{{3, 3}, {2, 3}, 0.2, true}, Bead{{3, 4}, {3, 4}, 0.4, true}};
  return a;
}

// The same alignment with its Chinese written in Traditional characters.
inline Alignment traditional_alignment() {
  Alignment a = sample_alignment();
  a.zh[0].text = "1. 歡迎 <專家組> & “報告”；";
  return a;
}

}  // namespace bitext::io
