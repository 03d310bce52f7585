#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace bitext::text {

// The matching key later stages compare on, never shown to users: NFKC, case-folded,
// Traditional Chinese mapped to Simplified (ICU's Hant-Hans transliterator), ideographic spaces
// (U+3000) removed, other white space runs collapsed to one ASCII space, ends trimmed.
//
//   match_key("網絡犯罪　Cyber-Crime") == "网络犯罪cyber-crime"
//   match_key("ＵＮＯＤＣ") == "unodc"
std::string match_key(std::string_view text);

// Traditional -> Simplified only (ICU Hant-Hans); text without Traditional characters is
// returned unchanged without calling the transliterator.
std::string to_simplified(std::string_view text);

// Whether a Chinese text is written in Traditional characters: a tenth or more of its Han
// characters are ones the Hant-Hans mapping changes (a quarter to a third of a Traditional
// text's characters are; a Simplified text has next to none). False without Han characters.
//
//   is_traditional("網絡犯罪問題") == true;  is_traditional("网络犯罪问题") == false
bool is_traditional(std::string_view text);

// The same for texts given piece by piece (a document's segments, a glossary's terms), judged
// on their first megabyte: enough to tell, and no copy of a long document.
class TraditionalSample {
 public:
  void add(std::string_view text) {
    if (sample_.size() < kBytes) sample_.append(text.substr(0, kBytes - sample_.size()));
  }
  bool traditional() const { return is_traditional(sample_); }

 private:
  static constexpr std::size_t kBytes = std::size_t{1} << 20;
  std::string sample_;
};

// The text with every run of spaces and tabs as one space: how a segment is shown and exported,
// without the gaps a layout leaves ("1.     Requests" at a tab stop in pdftotext -layout
// output, a justified line's stretched spaces, a Word tab after a label).
//
//   single_spaced("1.     Requests\tthe  report") == "1. Requests the report"
std::string single_spaced(std::string_view text);

// A segment's text as it is shown and exported: single_spaced, without a list bullet opening
// it ("- (a) Opening of the meeting;", as pandoc writes a list item; • · *), which CAT tools
// leave out of segments, and with Han characters spaced out one by one joined again (three or
// more: "欢 迎 秘 书 长", a PDF's letter-spaced title or justified line). Labels stay.
//
//   display_text("- (a)  Opening of the meeting;") == "(a) Opening of the meeting;"
//   display_text("决 议 草 案") == "决议草案"
std::string display_text(std::string_view text);

// NFKC only (full-width digits and letters to ASCII, compatibility ideographs to unified).
std::string nfkc(std::string_view text);

}  // namespace bitext::text
