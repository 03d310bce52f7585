#pragma once

// Plain value types shared by every stage: documents and their paragraphs (text), beads and
// alignments (align), term pairs (terms) and findings (check). Copyable, no behaviour beyond
// small accessors; the stages own the algorithms.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bitext {

enum class Lang { kUnknown, kZh, kEn };

// "zh", "en" or "und".
std::string_view lang_name(Lang lang);
// BCP-47 tag used in exchange formats: "zh-CN", "en", "und".
std::string_view lang_tag(Lang lang);
// Accepts zh, zh-CN, zh_CN, zh-Hans, zh-TW, chi, en, en-US, eng ... (case-insensitive);
// nullopt for anything else.
std::optional<Lang> parse_lang(std::string_view name);

// Half-open byte range [begin, end) into a text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span& a, const Span& b) {
    return a.begin == b.begin && a.end == b.end;
  }
};

// What a paragraph is in a UN document. Only kBody and kHeading carry running text;
// headers and footnotes align among themselves.
enum class ParagraphKind {
  kBody,      // running text: preambular and operative paragraphs, articles
  kHeading,   // section headings: "一. 导言", "A. International cooperation", "第一章 总纲"
  kTitle,     // the document title: "74/173. Promoting technical assistance ..."
  kHeader,    // boilerplate: "Distr.: General", session and agenda lines, the committee note
  kFootnote,  // footnote bodies: "¹ See Official Records ..."
  kPage,      // page furniture: running headers and footers, page and job numbers ("2/5", "14"),
              // the version's language line (中文)
};

// Boilerplate or page furniture (kHeader, kPage): what a text carries besides its content, and
// what one text may well have where the other has nothing.
bool is_furniture(ParagraphKind kind);

// "body", "heading", "title", "header", "footnote", "page".
std::string_view kind_name(ParagraphKind kind);
std::optional<ParagraphKind> parse_kind(std::string_view name);

// How a numbering label is written. Labels of the same style and number anchor the aligner.
enum class LabelStyle {
  kNone,
  kArabic,      // 1.  1)  (1)
  kLetter,      // (a)  a)  a.
  kRoman,       // (i)  (iv)  I.  IV.
  kSection,     // A.  B.  (capital letter sections)
  kResolution,  // 74/173.  [xx/xxx].
  kChinese,     // 一.  一、  ㈠  （一）
  kArticle,     // 第十二条  Article 12
  kChapter,     // 第一章  Chapter I
  kPart,        // 第一节  Section 1 (sub-divisions of chapters), 第一部分  Part one, Part II
  kAnnex,       // 附件一  Annex I  (annexes and appendices: 附录一  Appendix I)
  kFootnote,    // ¹  [1]  (the marker that opens a footnote body)
};

std::string_view label_style_name(LabelStyle style);

// A numbering label at the start of a paragraph or line.
//
//   Label l = text::parse_label("第十二条　国家...");
//   // l.style == LabelStyle::kArticle, l.text == "第十二条", l.number == "12"
struct Label {
  LabelStyle style = LabelStyle::kNone;
  std::string text;    // as written, without the following space: "第十二条", "(a)", "74/173."
  std::string number;  // normalized: "12", "a", "1", "74/173"; empty when there is no label
  std::size_t length = 0;  // bytes from the paragraph start to the text after the label
  int level = 0;           // nesting depth in the document's list structure (0 = outermost)
  bool empty() const { return style == LabelStyle::kNone; }
};

// A piece of text with its byte span in the decoded document. Sentences are segments; so are
// the paragraphs or lines handed to the aligner.
struct Segment {
  std::string text;           // as written (hard-wrapped lines joined)
  Span span;                  // bytes in Document::text this segment was taken from
  std::size_t line = 0;       // 1-based line of its first character; 0 = unknown
  std::size_t paragraph = 0;  // index of the paragraph it belongs to
  ParagraphKind kind = ParagraphKind::kBody;
  Label label;      // the paragraph's label (first sentence only)
  std::string key;  // matching key (text::match_key); empty when not computed
};

// One paragraph of a document as found by the text stage.
struct Paragraph {
  std::size_t index = 0;
  ParagraphKind kind = ParagraphKind::kBody;
  Label label;
  std::string text;      // as written, hard-wrapped lines joined, label included
  Span span;             // from its first to its last byte in Document::text
  std::size_t line = 0;  // 1-based line of its first line
  std::string key;       // matching key of `text`
  std::vector<Segment> sentences;
  std::vector<std::string> footnote_refs;  // footnote markers cited in the text: "1", "*"
};

// A decoded, segmented input document.
struct Document {
  std::string name;  // file path as given, or "-" for stdin
  Lang lang = Lang::kUnknown;
  std::string encoding;     // detected or declared source encoding, e.g. "UTF-8", "GB18030"
  std::size_t repairs = 0;  // ill-formed sequences replaced by U+FFFD (with repair enabled)
  std::string text;         // the decoded text: UTF-8, LF line ends, BOM removed
  std::vector<Paragraph> paragraphs;
};

// Contiguous half-open range of segment indices on one side of a bead.
struct IndexRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const IndexRange& a, const IndexRange& b) {
    return a.begin == b.begin && a.end == b.end;
  }
};

// One unit of an alignment: zh segments [zh.begin, zh.end) correspond to en segments
// [en.begin, en.end). Either side may be empty (1-0 or 0-1).
struct Bead {
  IndexRange zh;
  IndexRange en;
  double confidence = 0.0;  // posterior probability that this bead is right, in [0, 1]
  bool flagged = false;     // set when confidence is below the review threshold, or for 1-0/0-1
};

enum class AlignUnit { kParagraph, kSentence, kLine };
std::string_view align_unit_name(AlignUnit unit);

// The result of aligning two documents: the segments of both sides and the beads over them.
// Every segment of both sides is in exactly one bead. Segments are in the order they were
// aligned in: running headers and masthead lines, then the main text, then footnotes, each in
// document order (line mode: the lines as given). Beads are in the Chinese document's order
// (a bead without Chinese after the bead before it in its stream), so in line mode, or for a
// document without headers and footnotes, both sides' ranges increase from bead to bead.
struct Alignment {
  std::string zh_name;  // source file names as given
  std::string en_name;
  AlignUnit unit = AlignUnit::kSentence;
  std::vector<Segment> zh;
  std::vector<Segment> en;
  std::vector<Bead> beads;
  double document_score = 0.0;        // how likely the two sides translate each other, [0, 1]
  std::vector<std::string> warnings;  // e.g. "the documents are probably not translations"

  // Text of one side of a bead; Chinese segments joined with nothing, English with a space.
  std::string zh_text(const Bead& bead) const;
  std::string en_text(const Bead& bead) const;
  // "1-1", "2-1", "0-1" ...
  static std::string shape(const Bead& bead);
  // Whether every segment of the bead, on both sides, is page furniture (running headers, page
  // and job numbers): two paginations paired by position, not a translation ("3/7" / "2/5").
  bool page_furniture_only(const Bead& bead) const;
  // Whether every segment of the bead is page furniture or boilerplate (is_furniture).
  bool furniture_only(const Bead& bead) const;
};

// A bilingual pair of texts with where it came from: the input of the terms and check stages,
// read from a TMX `tu`, a TSV line, or a bead of an Alignment.
struct SegmentPair {
  std::string zh;
  std::string en;
  std::string source;       // file it was read from
  std::string loc;          // "12" (TSV line, TMX tu number) or a paragraph label / bead number
  std::string label;        // paragraph label if known
  double confidence = 1.0;  // alignment confidence if known
};

// The pairs of an alignment, one per non-null bead (those a TMX holds: not page furniture
// paired across two paginations), loc = 1-based bead number or its label.
std::vector<SegmentPair> pairs_of(const Alignment& alignment);

// The pairs a translation check reads from an alignment of two documents: every bead, a
// one-sided one as a pair with an empty side (an omission the check reports), except a
// one-sided bead of header lines only (running headers and masthead lines such as 中文, which
// only the Chinese version prints). loc = the paragraph label, else "line N" of the file.
std::vector<SegmentPair> pairs_for_check(const Alignment& alignment);

// A glossary entry: a Chinese term with its English rendering(s) and the evidence for it.
struct TermPair {
  std::string zh;                         // the Chinese term as displayed
  std::string en;                         // the preferred English rendering
  std::vector<std::string> alternatives;  // other accepted renderings
  std::vector<std::string> forbidden;     // deprecated or forbidden renderings
  double score = 0.0;                     // association strength, higher is better
  std::size_t zh_frequency = 0;           // beads whose Chinese side contains zh
  std::size_t en_frequency = 0;           // beads whose English side contains en
  std::size_t joint_frequency = 0;        // beads containing both
  std::vector<std::string> examples;      // up to 3 bead ids or contexts
  std::string note;
};

enum class Severity { kInfo, kWarning, kError };
std::string_view severity_name(Severity severity);
std::optional<Severity> parse_severity(std::string_view name);

// One problem reported by a check: where, what, and the offending text on each side.
struct Finding {
  std::string file;  // input file
  std::string loc;   // TSV line, TMX tu number, or paragraph label / bead number
  Severity severity = Severity::kWarning;
  std::string check;    // check id: "term-missing", "number", ...
  std::string message;  // one line, human-readable
  std::string zh_span;  // offending text on the Chinese side (may be empty)
  std::string en_span;  // offending text on the English side (may be empty)
  std::string zh;       // the whole Chinese segment, for reports
  std::string en;       // the whole English segment
  std::string term;     // the glossary term or source text the finding is grouped under
};

}  // namespace bitext
