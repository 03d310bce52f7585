#include "align_support.h"

#include <cstdio>
#include <iostream>

#include "bitext/core/error.h"
#include "bitext/core/utf8.h"
#include "bitext/io/pairs.h"
#include "bitext/io/tmx.h"
#include "bitext/text/document.h"
#include "cli.h"

namespace bitext::cli {

void add_align_flags(CLI::App& app, AlignFlags& flags) {
  app.add_option("--unit", flags.unit,
                 "bead unit: sentence (default: paragraphs, then sentences inside them), "
                 "paragraph, or line (inputs are one segment per line)")
      ->check(CLI::IsMember({"paragraph", "sentence", "line"}));
  app.add_option("--srclang", flags.srclang, "source language of the TMX: en (default) or zh")
      ->check(CLI::IsMember({"en", "zh"}));
  add_zh_tag_flag(app, flags.zh_tag);
  app.add_option("--dict", flags.dict,
                 "bilingual dictionary to start the lexicon from: CC-CEDICT (plain or .gz) or "
                 "TSV zh<TAB>en");
  app.add_option("--method", flags.method, "bead scoring: lexical (default), length, gale-church")
      ->check(CLI::IsMember(align::method_names()));
  app.add_option("--flag-below", flags.flag_below,
                 "flag beads whose confidence is below this for review (default 0.5)")
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--threads", flags.threads, "threads (default 0: all cores); same result");
  app.add_flag("-q,--quiet", flags.quiet, "no summary on standard error");
  flags.input.mode = "auto";
  app.add_option("--encoding", flags.input.encoding,
                 "source encoding of both inputs (GB18030, Big5, UTF-16LE ...); default: detected");
  app.add_flag("--repair", flags.input.repair,
               "replace ill-formed UTF-8 bytes by U+FFFD instead of failing");
}

align::AlignOptions to_align_options(const AlignFlags& flags) {
  align::AlignOptions o;
  o.method = flags.method;
  o.dictionary = flags.dict;
  o.flag_below = flags.flag_below;
  o.threads = flags.threads;
  o.unit = flags.unit == "paragraph" ? AlignUnit::kParagraph : AlignUnit::kSentence;
  return o;
}

align::AlignResult align_files(const std::string& zh_path, const std::string& en_path,
                               const AlignFlags& flags, const char* command) {
  if (zh_path == "-" && en_path == "-") {
    throw ConfigError("only one of the two inputs can be standard input");
  }
  text::SegmentOptions options = to_segment_options(flags.input);
  const bool lines = flags.unit == "line";
  if (lines) options.mode = text::ParagraphMode::kLine;
  options.sentences = flags.unit == "sentence";
  options.keys = false;  // the aligner compares its own tokens, not match keys
  options.lang = Lang::kZh;
  Document zh = text::load_document(zh_path, options);
  options.lang = Lang::kEn;
  Document en = text::load_document(en_path, options);
  // Documents given the wrong way round are aligned the right way round, with a warning; a
  // document in the wrong language is only warned about.
  const auto chinese = [](const Document& d) {
    return utf8::looks_chinese(std::string_view(d.text).substr(0, 1 << 16));
  };
  if (!chinese(zh) && chinese(en)) {
    warn(command, zh.name + " looks English and " + en.name +
                      " Chinese: aligned the other way round (give the Chinese document first)");
    std::swap(zh, en);
    const auto resegment = [&](Document& d, Lang lang) {
      text::SegmentOptions o = options;
      o.lang = lang;
      Document again = text::segment_text(std::move(d.text), d.name, o);
      again.encoding = d.encoding;
      again.repairs = d.repairs;
      d = std::move(again);
    };
    resegment(zh, Lang::kZh);
    resegment(en, Lang::kEn);
  } else if (!chinese(zh)) {
    warn(command, zh.name + " does not look like Chinese");
  } else if (chinese(en)) {
    warn(command, en.name + " does not look like English");
  }
  for (const Document* d : {&zh, &en}) {
    if (d->repairs > 0) {
      warn(command, d->name + ": replaced " + std::to_string(d->repairs) +
                        " ill-formed UTF-8 bytes with U+FFFD");
    }
  }
  const align::AlignOptions align_options = to_align_options(flags);
  if (!lines) return align::align_documents(zh, en, align_options);
  return align::align_paragraphs_as_lines(zh, en, align_options);
}

void write_alignment(const Alignment& alignment, const std::string& format, const AlignFlags& flags,
                     std::ostream& out, const char* command) {
  io::TmxOptions options;
  options.srclang = flags.srclang == "zh" ? Lang::kZh : Lang::kEn;
  options.zh_tag = flags.zh_tag;
  const io::TmxWriteResult r = io::write_alignment_as(alignment, format, out, options);
  // One text's running headers, page numbers and boilerplate are expected to go unpaired.
  const std::size_t content = r.unaligned - r.unaligned_furniture;
  const std::size_t furniture_lines = r.unaligned_furniture + r.page_furniture;
  const std::string furniture =
      furniture_lines == 0
          ? ""
          : std::to_string(furniture_lines) + " lines of page furniture or boilerplate";
  if (content > 0) {
    warn(command, std::to_string(content) +
                      " segments without a counterpart (1-0/0-1 beads) are not in the TMX" +
                      (furniture.empty() ? "" : ", nor " + furniture) +
                      "; --format tsv or jsonl lists them");
  } else if (!furniture.empty()) {
    warn(command, furniture + " are not in the TMX; --format tsv or jsonl lists them");
  }
  if (r.removed_chars > 0) {
    warn(command, std::to_string(r.removed_chars) +
                      " control characters that XML cannot hold were left out of the TMX");
  }
}

void report_alignment(const align::AlignResult& result, const char* command, bool quiet) {
  const Alignment& a = result.alignment;
  for (const std::string& w : a.warnings) warn(command, w);
  if (quiet) return;
  std::size_t flagged = 0, null_beads = 0;
  double confidence = 0;
  for (const Bead& b : a.beads) {
    flagged += b.flagged;
    null_beads += b.zh.empty() || b.en.empty();
    confidence += b.confidence;
  }
  std::fprintf(stderr,
               "bitext %s: %zu zh and %zu en segments, %zu beads (%zu without a counterpart), "
               "%zu flagged for review, mean confidence %.3f, document score %.2f\n",
               command, a.zh.size(), a.en.size(), a.beads.size(), null_beads, flagged,
               a.beads.empty() ? 0.0 : confidence / a.beads.size(), a.document_score);
}

void check_document_pairs(const std::vector<std::string>& inputs,
                          const std::vector<std::string>& zh_docs,
                          const std::vector<std::string>& en_docs, bool parallel) {
  if (zh_docs.size() != en_docs.size()) {
    throw ConfigError("--zh and --en come in pairs: " + std::to_string(zh_docs.size()) +
                      " --zh and " + std::to_string(en_docs.size()) + " --en given");
  }
  if (parallel && zh_docs.empty()) throw ConfigError("--parallel needs --zh and --en");
  if (inputs.empty() && zh_docs.empty()) {
    throw ConfigError("give aligned pair files, or document pairs with --zh and --en");
  }
}

}  // namespace bitext::cli
