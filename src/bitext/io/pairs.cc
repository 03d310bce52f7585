#include "bitext/io/pairs.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <ostream>
#include <sstream>

#include "bitext/core/error.h"
#include "bitext/core/file_io.h"
#include "bitext/core/utf8.h"
#include "bitext/io/html_review.h"

namespace bitext::io {
namespace {

std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

std::string fixed4(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", x);
  return buffer;
}

std::string dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string extension(const std::string& path) {
  const auto slash = path.find_last_of('/');
  const auto dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  std::string ext = path.substr(dot + 1);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (;;) {
    const auto tab = line.find('\t', start);
    fields.push_back(
        line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return fields;
}

}  // namespace

void write_pairs_tsv(const Alignment& alignment, std::ostream& out) {
  for (const Bead& b : alignment.beads) {
    std::string label;
    if (!b.zh.empty()) label = alignment.zh[b.zh.begin].label.text;
    if (label.empty() && !b.en.empty()) label = alignment.en[b.en.begin].label.text;
    out << one_line(alignment.zh_text(b)) << '\t' << one_line(alignment.en_text(b)) << '\t'
        << fixed4(b.confidence) << '\t' << one_line(label) << '\n';
  }
}

void write_pairs_tsv(const std::vector<SegmentPair>& pairs, std::ostream& out) {
  for (const SegmentPair& p : pairs) {
    out << one_line(p.zh) << '\t' << one_line(p.en) << '\t' << fixed4(p.confidence) << '\t'
        << one_line(p.label) << '\n';
  }
}

void write_alignment_jsonl(const Alignment& alignment, std::ostream& out) {
  for (std::size_t k = 0; k < alignment.beads.size(); ++k) {
    const Bead& b = alignment.beads[k];
    nlohmann::json j;
    j["bead"] = k + 1;
    auto indices = [](IndexRange r) {
      auto a = nlohmann::json::array();
      for (std::size_t i = r.begin; i < r.end; ++i) a.push_back(i);
      return a;
    };
    auto lines = [](const std::vector<Segment>& side, IndexRange r) {
      auto a = nlohmann::json::array();
      for (std::size_t i = r.begin; i < r.end; ++i) a.push_back(side[i].line);
      return a;
    };
    j["zh"] = indices(b.zh);
    j["en"] = indices(b.en);
    j["zh_text"] = alignment.zh_text(b);
    j["en_text"] = alignment.en_text(b);
    j["zh_label"] = b.zh.empty() ? "" : alignment.zh[b.zh.begin].label.text;
    j["en_label"] = b.en.empty() ? "" : alignment.en[b.en.begin].label.text;
    j["kind"] = std::string(
        kind_name(!b.zh.empty() ? alignment.zh[b.zh.begin].kind : alignment.en[b.en.begin].kind));
    j["type"] = Alignment::shape(b);
    j["confidence"] = std::round(b.confidence * 10000) / 10000;
    j["flagged"] = b.flagged;
    j["zh_lines"] = lines(alignment.zh, b.zh);
    j["en_lines"] = lines(alignment.en, b.en);
    out << dump(j) << '\n';
  }
}

void write_pairs_jsonl(const std::vector<SegmentPair>& pairs, std::ostream& out) {
  for (const SegmentPair& p : pairs) {
    nlohmann::json j;
    j["zh"] = p.zh;
    j["en"] = p.en;
    j["loc"] = p.loc;
    if (!p.label.empty()) j["label"] = p.label;
    j["confidence"] = p.confidence;
    out << dump(j) << '\n';
  }
}

bool is_alignment_format(const std::string& format) {
  return format == "tmx" || format == "tsv" || format == "jsonl" || format == "beads" ||
         format == "html";
}

TmxWriteResult write_alignment_as(const Alignment& alignment, const std::string& format,
                                  std::ostream& out, const TmxOptions& tmx) {
  if (format == "tmx") return write_tmx(alignment, out, tmx);
  if (format == "tsv") {
    write_pairs_tsv(alignment, out);
  } else if (format == "jsonl") {
    write_alignment_jsonl(alignment, out);
  } else if (format == "beads") {
    write_beads(alignment, out);
  } else if (format == "html") {
    ReviewOptions review;
    review.zh_tag = tmx.zh_tag;
    write_review_html(alignment, out, review);
  } else {
    throw ConfigError("unknown output format '" + format + "' (tmx, tsv, jsonl, beads, html)");
  }
  return {};
}

void write_beads(const Alignment& alignment, std::ostream& out) {
  for (const Bead& b : alignment.beads) {
    out << '[';
    for (std::size_t i = b.zh.begin; i < b.zh.end; ++i) out << (i > b.zh.begin ? "," : "") << i;
    out << "]:[";
    for (std::size_t j = b.en.begin; j < b.en.end; ++j) out << (j > b.en.begin ? "," : "") << j;
    out << "]:" << fixed4(b.confidence) << '\n';
  }
}

std::vector<Bead> read_beads(const std::string& path) {
  std::vector<Bead> beads;
  LineReader in(path);
  std::string line;
  while (in.next(line)) {
    if (utf8::trim(line).empty()) continue;
    const std::size_t n = in.line_number() - 1;
    auto bad = [&]() { return InputError(path, "not a bead line '[i,j]:[k]:score'", {n + 1}); };
    const auto mid = line.find("]:[");
    if (line.empty() || line[0] != '[' || mid == std::string::npos) throw bad();
    const auto close = line.find(']', mid + 3);
    if (close == std::string::npos) throw bad();
    auto side = [&](const std::string& s) {
      IndexRange r{0, 0};
      bool first = true;
      std::stringstream items(s);
      std::string item;
      while (std::getline(items, item, ',')) {
        const std::string_view t = utf8::trim(item);
        if (t.empty()) continue;
        // Digits only, and few enough that the index and index + 1 fit (a line index).
        if (t.find_first_not_of("0123456789") != std::string_view::npos || t.size() > 15) {
          throw bad();
        }
        const std::size_t v = std::stoull(std::string(t));
        if (first) {
          r = {v, v + 1};
          first = false;
        } else if (v == r.end) {
          r.end = v + 1;
        } else {
          throw InputError(path, "bead indices are not consecutive", {n + 1});
        }
      }
      return r;
    };
    Bead b;
    b.zh = side(line.substr(1, mid - 1));
    b.en = side(line.substr(mid + 3, close - mid - 3));
    if (close + 1 < line.size() && line[close + 1] == ':') {
      try {
        b.confidence = std::stod(line.substr(close + 2));
      } catch (const std::exception&) {
        throw bad();
      }
    }
    beads.push_back(b);
  }
  return beads;
}

namespace {

// A text file with one pair per non-blank line: the loop, the file:line and the empty-file check
// once; each format parses its lines. A file with no non-blank line is an InputError.
class LinePairsReader : public PairsReader {
 public:
  explicit LinePairsReader(const std::string& path) : in_(path) {}
  const std::string& name() const override { return in_.path(); }
  bool next(SegmentPair& pair) override {
    std::string line;
    while (in_.next(line)) {
      if (utf8::trim(line).empty()) continue;
      text_seen_ = true;
      pair = {};
      if (!parse(line, in_.line_number(), pair)) continue;
      pair.source = name();
      pair.loc = std::to_string(in_.line_number());
      return true;
    }
    if (!text_seen_) throw InputError(name(), "empty file");
    return false;
  }

 protected:
  // Fills `pair` from line n (1-based); false for a line that holds no pair (a header).
  virtual bool parse(const std::string& line, std::size_t n, SegmentPair& pair) const = 0;

 private:
  LineReader in_;
  bool text_seen_ = false;
};

// zh<TAB>en[<TAB>confidence[<TAB>label]] per line; a first line of language codes is a header.
class TsvPairsReader : public LinePairsReader {
 public:
  using LinePairsReader::LinePairsReader;

 protected:
  bool parse(const std::string& line, std::size_t n, SegmentPair& pair) const override {
    if (line.find('\t') == std::string::npos) {
      throw InputError(name(), "line has no tab (expected zh<TAB>en)", {n});
    }
    const std::vector<std::string> f = split_tabs(line);
    if (n == 1 && parse_lang(f[0]) && parse_lang(f[1])) return false;  // header: zh-CN<TAB>en
    pair.zh = std::string(utf8::trim(f[0]));
    pair.en = std::string(utf8::trim(f[1]));
    if (f.size() > 2 && !utf8::trim(f[2]).empty()) {
      try {
        pair.confidence = std::stod(f[2]);
      } catch (const std::exception&) {
        pair.confidence = 1.0;
      }
    }
    if (f.size() > 3) pair.label = std::string(utf8::trim(f[3]));
    return true;
  }
};

// One JSON object per line with "zh" and "en" (or "zh_text"/"en_text") strings.
class JsonlPairsReader : public LinePairsReader {
 public:
  using LinePairsReader::LinePairsReader;

 protected:
  bool parse(const std::string& line, std::size_t n, SegmentPair& pair) const override {
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      throw InputError(name(), std::string("not JSON: ") + e.what(), {n});
    }
    auto text = [&](const char* a, const char* b) -> std::string {
      if (j.contains(a) && j[a].is_string()) return j[a].get<std::string>();
      if (j.contains(b) && j[b].is_string()) return j[b].get<std::string>();
      return {};
    };
    if (!j.is_object() || (!j.contains("zh") && !j.contains("zh_text"))) {
      throw InputError(name(), "expected an object with \"zh\" and \"en\"", {n});
    }
    pair.zh = text("zh", "zh_text");
    pair.en = text("en", "en_text");
    if (j.contains("label") && j["label"].is_string()) pair.label = j["label"];
    if (j.contains("confidence") && j["confidence"].is_number()) pair.confidence = j["confidence"];
    return true;
  }
};

// A TMX file: pugixml loads it whole (the bound read_tmx states), pairs are handed out one by one.
class TmxPairsReader : public PairsReader {
 public:
  explicit TmxPairsReader(const std::string& path) : file_(read_tmx(path)) {}
  const std::string& name() const override { return file_.name; }
  const std::vector<std::string>& warnings() const override { return file_.warnings; }
  bool next(SegmentPair& pair) override {
    if (next_ >= file_.pairs.size()) return false;
    pair = std::move(file_.pairs[next_++]);
    return true;
  }

 private:
  PairsFile file_;
  std::size_t next_ = 0;
};

// Line k of one file translates line k of the other.
class ParallelPairsReader : public PairsReader {
 public:
  ParallelPairsReader(const std::string& zh_path, const std::string& en_path)
      : zh_(zh_path), en_(en_path) {}
  const std::string& name() const override { return zh_.path(); }
  bool next(SegmentPair& pair) override {
    std::string zh, en;
    for (;;) {
      const bool more_zh = zh_.next(zh);
      const bool more_en = en_.next(en);
      if (more_zh != more_en) {
        const LineReader& longer = more_zh ? zh_ : en_;
        const LineReader& shorter = more_zh ? en_ : zh_;
        throw InputError(longer.path(),
                         "has more lines than " + shorter.path() + ", which ends at line " +
                             std::to_string(shorter.line_number()) +
                             " (line-parallel files need the same number of lines)",
                         {longer.line_number()});
      }
      if (!more_zh) {
        if (!seen_) throw InputError(zh_.path(), "empty file (and so is " + en_.path() + ")");
        return false;
      }
      if (utf8::trim(zh).empty() && utf8::trim(en).empty()) continue;
      pair = {};
      pair.zh = std::string(utf8::trim(zh));
      pair.en = std::string(utf8::trim(en));
      pair.source = zh_.path();
      pair.loc = std::to_string(zh_.line_number());
      seen_ = true;
      return true;
    }
  }

 private:
  LineReader zh_, en_;
  bool seen_ = false;
};

PairsFile drain(PairsReader& reader) {
  PairsFile file;
  file.name = reader.name();
  SegmentPair pair;
  while (reader.next(pair)) file.pairs.push_back(std::move(pair));
  file.warnings = reader.warnings();
  return file;
}

}  // namespace

const std::vector<std::string>& PairsReader::warnings() const {
  static const std::vector<std::string> none;
  return none;
}

std::unique_ptr<PairsReader> open_pairs(const std::string& path, const std::string& format) {
  const std::string f = format.empty() ? pairs_format_of(path) : format;
  if (f == "tmx") return std::make_unique<TmxPairsReader>(path);
  if (f == "tsv") return std::make_unique<TsvPairsReader>(path);
  if (f == "jsonl") return std::make_unique<JsonlPairsReader>(path);
  throw ConfigError(path + ": unknown pairs format" + (f.empty() ? "" : " '" + f + "'") +
                    " (expected tmx, tsv or jsonl; use --from)");
}

std::unique_ptr<PairsReader> open_parallel(const std::string& zh_path, const std::string& en_path) {
  return std::make_unique<ParallelPairsReader>(zh_path, en_path);
}

PairsFile read_pairs_tsv(const std::string& path) {
  TsvPairsReader reader(path);
  return drain(reader);
}

PairsFile read_pairs_jsonl(const std::string& path) {
  JsonlPairsReader reader(path);
  return drain(reader);
}

PairsFile read_parallel(const std::string& zh_path, const std::string& en_path) {
  ParallelPairsReader reader(zh_path, en_path);
  return drain(reader);
}

std::string pairs_format_of(const std::string& path) {
  const std::string ext = extension(path);
  if (ext == "tmx") return "tmx";
  if (ext == "tsv" || ext == "txt" || ext == "tab") return "tsv";
  if (ext == "jsonl" || ext == "json" || ext == "ndjson") return "jsonl";
  return {};
}

PairsFile read_pairs(const std::string& path, const std::string& format) {
  const std::unique_ptr<PairsReader> reader = open_pairs(path, format);
  return drain(*reader);
}

}  // namespace bitext::io
