#include "bitext/core/types.h"

#include <algorithm>
#include <cctype>

namespace bitext {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  std::replace(out.begin(), out.end(), '_', '-');
  return out;
}

std::string join(const std::vector<Segment>& side, IndexRange range, std::string_view sep) {
  std::string out;
  for (std::size_t i = range.begin; i < range.end && i < side.size(); ++i) {
    if (i > range.begin && !out.empty()) out += sep;
    out += side[i].text;
  }
  return out;
}

}  // namespace

std::string_view lang_name(Lang lang) {
  switch (lang) {
    case Lang::kZh:
      return "zh";
    case Lang::kEn:
      return "en";
    default:
      return "und";
  }
}

std::string_view lang_tag(Lang lang) {
  switch (lang) {
    case Lang::kZh:
      return "zh-CN";
    case Lang::kEn:
      return "en";
    default:
      return "und";
  }
}

std::optional<Lang> parse_lang(std::string_view name) {
  const std::string s = lower(name);
  if (s == "zh" || s == "chi" || s == "zho" || s.rfind("zh-", 0) == 0) return Lang::kZh;
  if (s == "en" || s == "eng" || s.rfind("en-", 0) == 0) return Lang::kEn;
  return std::nullopt;
}

bool is_furniture(ParagraphKind kind) {
  return kind == ParagraphKind::kHeader || kind == ParagraphKind::kPage;
}

std::string_view kind_name(ParagraphKind kind) {
  switch (kind) {
    case ParagraphKind::kBody:
      return "body";
    case ParagraphKind::kHeading:
      return "heading";
    case ParagraphKind::kTitle:
      return "title";
    case ParagraphKind::kHeader:
      return "header";
    case ParagraphKind::kFootnote:
      return "footnote";
    case ParagraphKind::kPage:
      return "page";
  }
  return "body";
}

std::optional<ParagraphKind> parse_kind(std::string_view name) {
  for (ParagraphKind k : {ParagraphKind::kBody, ParagraphKind::kHeading, ParagraphKind::kTitle,
                          ParagraphKind::kHeader, ParagraphKind::kFootnote, ParagraphKind::kPage}) {
    if (kind_name(k) == name) return k;
  }
  return std::nullopt;
}

std::string_view label_style_name(LabelStyle style) {
  switch (style) {
    case LabelStyle::kNone:
      return "none";
    case LabelStyle::kArabic:
      return "arabic";
    case LabelStyle::kLetter:
      return "letter";
    case LabelStyle::kRoman:
      return "roman";
    case LabelStyle::kSection:
      return "section";
    case LabelStyle::kResolution:
      return "resolution";
    case LabelStyle::kChinese:
      return "chinese";
    case LabelStyle::kArticle:
      return "article";
    case LabelStyle::kChapter:
      return "chapter";
    case LabelStyle::kPart:
      return "part";
    case LabelStyle::kAnnex:
      return "annex";
    case LabelStyle::kFootnote:
      return "footnote";
  }
  return "none";
}

std::string_view align_unit_name(AlignUnit unit) {
  switch (unit) {
    case AlignUnit::kParagraph:
      return "paragraph";
    case AlignUnit::kSentence:
      return "sentence";
    case AlignUnit::kLine:
      return "line";
  }
  return "sentence";
}

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "warning";
}

std::optional<Severity> parse_severity(std::string_view name) {
  const std::string s = lower(name);
  if (s == "info" || s == "note") return Severity::kInfo;
  if (s == "warning" || s == "warn") return Severity::kWarning;
  if (s == "error") return Severity::kError;
  return std::nullopt;
}

std::string Alignment::zh_text(const Bead& bead) const { return join(zh, bead.zh, ""); }

std::string Alignment::en_text(const Bead& bead) const { return join(en, bead.en, " "); }

namespace {

// Whether the bead holds segments and every one of them, on both sides, is of a kind `wanted`.
bool every_segment(const Alignment& a, const Bead& bead, bool (*wanted)(ParagraphKind)) {
  if (bead.zh.empty() && bead.en.empty()) return false;
  for (std::size_t i = bead.zh.begin; i < bead.zh.end; ++i) {
    if (!wanted(a.zh[i].kind)) return false;
  }
  for (std::size_t j = bead.en.begin; j < bead.en.end; ++j) {
    if (!wanted(a.en[j].kind)) return false;
  }
  return true;
}

}  // namespace

bool Alignment::page_furniture_only(const Bead& bead) const {
  return every_segment(*this, bead, [](ParagraphKind k) { return k == ParagraphKind::kPage; });
}

bool Alignment::furniture_only(const Bead& bead) const {
  return every_segment(*this, bead, is_furniture);
}

std::string Alignment::shape(const Bead& bead) {
  return std::to_string(bead.zh.size()) + "-" + std::to_string(bead.en.size());
}

namespace {

// A bead's texts, source file and confidence; the caller sets label and loc.
SegmentPair pair_of(const Alignment& alignment, const Bead& bead) {
  SegmentPair pair;
  pair.zh = alignment.zh_text(bead);
  pair.en = alignment.en_text(bead);
  pair.source = alignment.zh_name;
  pair.confidence = bead.confidence;
  return pair;
}

}  // namespace

std::vector<SegmentPair> pairs_of(const Alignment& alignment) {
  std::vector<SegmentPair> pairs;
  pairs.reserve(alignment.beads.size());
  for (std::size_t b = 0; b < alignment.beads.size(); ++b) {
    const Bead& bead = alignment.beads[b];
    if (bead.zh.empty() || bead.en.empty() || alignment.page_furniture_only(bead)) continue;
    SegmentPair pair = pair_of(alignment, bead);
    pair.label = alignment.zh[bead.zh.begin].label.text;
    if (pair.label.empty()) pair.label = alignment.en[bead.en.begin].label.text;
    pair.loc = std::to_string(b + 1);
    pairs.push_back(std::move(pair));
  }
  return pairs;
}

std::vector<SegmentPair> pairs_for_check(const Alignment& alignment) {
  std::vector<SegmentPair> pairs;
  pairs.reserve(alignment.beads.size());
  for (const Bead& b : alignment.beads) {
    // The Chinese side names the place, or the English one of a 0-n bead.
    const std::vector<Segment>& side = b.zh.empty() ? alignment.en : alignment.zh;
    const IndexRange& range = b.zh.empty() ? b.en : b.zh;
    if (range.empty()) continue;
    // Pages break in different places in the two texts: their running headers and page numbers
    // paired are no translation to check ("3/7" / "2/5").
    if (alignment.page_furniture_only(b)) continue;
    const bool one_sided = b.zh.empty() || b.en.empty();
    if (one_sided && alignment.furniture_only(b)) continue;
    const Segment& first = side[range.begin];
    SegmentPair pair = pair_of(alignment, b);
    pair.label = first.label.text;
    // A bead of English only is placed in the English file, whose line it names.
    pair.loc = !pair.label.empty()
                   ? pair.label
                   : (b.zh.empty() ? "English line " : "line ") + std::to_string(first.line);
    pairs.push_back(std::move(pair));
  }
  return pairs;
}

}  // namespace bitext
