#include "bitext/io/tmx.h"

#include <pugixml.hpp>

#include <cstdio>
#include <optional>
#include <ostream>
#include <utility>

#include "bitext/core/error.h"
#include "bitext/core/file_io.h"
#include "bitext/io/language.h"
#include "bitext/io/xml_text.h"
#include "bitext/version.h"

namespace bitext::io {
namespace {

std::string confidence(double c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.4f", c);
  return buffer;
}

class TmxBuilder {
 public:
  // zh_tag: the xml:lang of the Chinese side.
  TmxBuilder(AlignUnit unit, const TmxOptions& options, std::string zh_tag)
      : options_(options), zh_tag_(std::move(zh_tag)) {
    auto decl = doc_.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    doc_.append_child(pugi::node_doctype).set_value("tmx SYSTEM \"tmx14.dtd\"");
    auto tmx = doc_.append_child("tmx");
    tmx.append_attribute("version") = "1.4";
    auto header = tmx.append_child("header");
    header.append_attribute("creationtool") = "bitext";
    header.append_attribute("creationtoolversion") =
        options.tool_version.empty() ? BITEXT_VERSION : options.tool_version.c_str();
    header.append_attribute("segtype") = unit == AlignUnit::kParagraph ? "paragraph" : "sentence";
    header.append_attribute("o-tmf") = "bitext";
    header.append_attribute("adminlang") = "en";
    header.append_attribute("srclang") = tag(options.srclang).c_str();
    header.append_attribute("datatype") = "plaintext";
    header.append_attribute("creationdate") =
        (options.creation_date.empty() ? tmx_timestamp() : options.creation_date).c_str();
    header.append_attribute("o-encoding") = "UTF-8";
    header_ = header;
    body_ = tmx.append_child("body");
  }

  // Adds a tu; props are (type, value) pairs, empty values skipped.
  void add(const std::string& zh, const std::string& en,
           const std::vector<std::pair<const char*, std::string>>& props) {
    const std::string zh_safe = xml_safe(zh, result_.removed_chars);
    const std::string en_safe = xml_safe(en, result_.removed_chars);
    if (zh_safe.empty() || en_safe.empty()) return;
    auto tu = body_.append_child("tu");
    for (const auto& [type, value] : props) {
      if (value.empty()) continue;
      auto prop = tu.append_child("prop");
      prop.append_attribute("type") = type;
      std::size_t ignored = 0;
      prop.text().set(xml_safe(value, ignored).c_str());
    }
    const bool zh_first = options_.srclang == Lang::kZh;
    add_tuv(tu, tag(zh_first ? Lang::kZh : Lang::kEn), zh_first ? zh_safe : en_safe);
    add_tuv(tu, tag(zh_first ? Lang::kEn : Lang::kZh), zh_first ? en_safe : zh_safe);
    ++result_.units;
  }

  TmxWriteResult finish(std::ostream& out, std::size_t unaligned) {
    result_.unaligned = unaligned;
    if (unaligned > 0) {
      auto prop = header_.append_child("prop");
      prop.append_attribute("type") = "x-unaligned-segments";
      prop.text().set(std::to_string(unaligned).c_str());
    }
    doc_.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
    return result_;
  }

 private:
  std::string tag(Lang lang) const {
    return lang == Lang::kZh ? zh_tag_ : std::string(lang_tag(lang));
  }

  static void add_tuv(pugi::xml_node tu, const std::string& lang, const std::string& text) {
    auto tuv = tu.append_child("tuv");
    tuv.append_attribute("xml:lang") = lang.c_str();
    tuv.append_child("seg").text().set(text.c_str());
  }

  const TmxOptions& options_;
  std::string zh_tag_;
  pugi::xml_document doc_;
  pugi::xml_node header_, body_;
  TmxWriteResult result_;
};

// Text of a seg: its character data and that of hi/sub, without the native codes of
// bpt/ept/ph/it/ut.
void seg_text(pugi::xml_node node, std::string& out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out += child.value();
    } else if (child.type() == pugi::node_element) {
      const std::string name = child.name();
      if (name == "bpt" || name == "ept" || name == "ph" || name == "it" || name == "ut") continue;
      seg_text(child, out);
    }
  }
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Language of a tuv from xml:lang (or the TMX 1.1 lang attribute), by primary subtag.
std::optional<Lang> tuv_lang(pugi::xml_node tuv) {
  std::string tag = tuv.attribute("xml:lang").value();
  if (tag.empty()) tag = tuv.attribute("lang").value();
  tag = lower(tag);
  const auto cut = tag.find_first_of("-_");
  const std::string primary = tag.substr(0, cut);
  if (primary == "zh" || primary == "chi" || primary == "zho" || primary == "cmn") return Lang::kZh;
  if (primary == "en" || primary == "eng") return Lang::kEn;
  return std::nullopt;
}

}  // namespace

TmxWriteResult write_tmx(const std::vector<const Alignment*>& alignments, std::ostream& out,
                         const TmxOptions& options) {
  text::TraditionalSample zh;
  for (const Alignment* a : alignments) {
    for (const Segment& s : a->zh) zh.add(s.text);
  }
  TmxBuilder builder(alignments.empty() ? AlignUnit::kSentence : alignments.front()->unit, options,
                     chinese_tag(zh, options.zh_tag));
  std::size_t unaligned = 0, furniture = 0, page = 0;
  for (const Alignment* a : alignments) {
    const Alignment& alignment = *a;
    for (const Bead& b : alignment.beads) {
      // Two paginations' headers and page numbers paired by position: no translation unit.
      if (!b.zh.empty() && !b.en.empty() && alignment.page_furniture_only(b)) {
        page += b.zh.size() + b.en.size();
        continue;
      }
      if (b.zh.empty() || b.en.empty()) {
        unaligned += b.zh.size() + b.en.size();
        const std::vector<Segment>& side = b.zh.empty() ? alignment.en : alignment.zh;
        const IndexRange& range = b.zh.empty() ? b.en : b.zh;
        for (std::size_t k = range.begin; k < range.end; ++k) {
          furniture += is_furniture(side[k].kind);
        }
        continue;
      }
      std::string label = alignment.zh[b.zh.begin].label.text;
      if (label.empty()) label = alignment.en[b.en.begin].label.text;
      builder.add(alignment.zh_text(b), alignment.en_text(b),
                  {{"x-zh-file", alignment.zh_name},
                   {"x-en-file", alignment.en_name},
                   {"x-label", label},
                   {"x-bead", Alignment::shape(b)},
                   {"x-confidence", confidence(b.confidence)},
                   {"x-flagged", b.flagged ? "1" : ""}});
    }
  }
  TmxWriteResult result = builder.finish(out, unaligned);
  result.unaligned_furniture = furniture;
  result.page_furniture = page;
  return result;
}

TmxWriteResult write_tmx(const Alignment& alignment, std::ostream& out, const TmxOptions& options) {
  return write_tmx(std::vector<const Alignment*>{&alignment}, out, options);
}

TmxWriteResult write_tmx(const std::vector<SegmentPair>& pairs, AlignUnit unit, std::ostream& out,
                         const TmxOptions& options) {
  text::TraditionalSample zh;
  for (const SegmentPair& p : pairs) zh.add(p.zh);
  TmxBuilder builder(unit, options, chinese_tag(zh, options.zh_tag));
  std::size_t unaligned = 0;
  for (const SegmentPair& p : pairs) {
    if (p.zh.empty() || p.en.empty()) {
      ++unaligned;
      continue;
    }
    builder.add(p.zh, p.en,
                {{"x-source", p.source},
                 {"x-label", p.label},
                 {"x-confidence", p.confidence < 1.0 ? confidence(p.confidence) : ""}});
  }
  return builder.finish(out, unaligned);
}

PairsFile parse_tmx(const std::string& bytes, const std::string& name) {
  pugi::xml_document doc;
  parse_xml(doc, bytes, name);
  const pugi::xml_node tmx = doc.child("tmx");
  if (!tmx) throw InputError(name, "not a TMX file: the root element is not <tmx>");
  const pugi::xml_node header = tmx.child("header");
  if (!header) throw InputError(name, "TMX file without a <header>");
  if (std::string(header.attribute("srclang").value()).empty()) {
    throw InputError(name, "TMX header has no srclang attribute (required by TMX 1.4b)");
  }
  PairsFile file;
  file.name = name;
  std::size_t number = 0;
  for (pugi::xml_node tu : tmx.child("body").children("tu")) {
    ++number;
    SegmentPair pair;
    pair.source = name;
    pair.loc = std::to_string(number);
    for (pugi::xml_node tuv : tu.children("tuv")) {
      const auto lang = tuv_lang(tuv);
      if (!lang) continue;
      std::string text;
      seg_text(tuv.child("seg"), text);
      (*lang == Lang::kZh ? pair.zh : pair.en) = text;
    }
    for (pugi::xml_node prop : tu.children("prop")) {
      const std::string type = prop.attribute("type").value();
      if (type == "x-label") pair.label = prop.text().get();
      if (type == "x-confidence") pair.confidence = prop.text().as_double(1.0);
    }
    if (pair.zh.empty() || pair.en.empty()) {
      file.warnings.push_back(name + ": tu " + std::to_string(number) + " has no " +
                              (pair.zh.empty() ? "Chinese" : "English") + " text, skipped");
      continue;
    }
    file.pairs.push_back(std::move(pair));
  }
  return file;
}

PairsFile read_tmx(const std::string& path) { return parse_tmx(read_file_bytes(path), path); }

}  // namespace bitext::io
