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

// Lines of a text file with 1-based numbers; BOM dropped, CR dropped, UTF-8 checked.
std::vector<std::string> text_lines(const std::string& path) {
  std::string bytes = read_file_bytes(path);
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
  if (utf8::trim(bytes).empty()) throw InputError(path, "empty file");
  std::vector<std::string> lines;
  std::istringstream in(bytes);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (const auto bad = utf8::find_invalid(line); bad != std::string::npos) {
      throw InputError(path, "ill-formed UTF-8 at column " + std::to_string(bad + 1),
                       {lines.size() + 1});
    }
    lines.push_back(std::move(line));
  }
  return lines;
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
    write_review_html(alignment, out, {});
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
  const std::vector<std::string> lines = text_lines(path);
  for (std::size_t n = 0; n < lines.size(); ++n) {
    const std::string& line = lines[n];
    if (utf8::trim(line).empty()) continue;
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
        if (t.find_first_not_of("0123456789") != std::string_view::npos) throw bad();
        const std::size_t v = std::stoul(std::string(t));
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

PairsFile read_pairs_tsv(const std::string& path) {
  PairsFile file;
  file.name = path;
  const std::vector<std::string> lines = text_lines(path);
  for (std::size_t n = 0; n < lines.size(); ++n) {
    const std::string& line = lines[n];
    if (utf8::trim(line).empty()) continue;
    if (line.find('\t') == std::string::npos) {
      throw InputError(path, "line has no tab (expected zh<TAB>en)", {n + 1});
    }
    const std::vector<std::string> f = split_tabs(line);
    if (n == 0 && parse_lang(f[0]) && parse_lang(f[1])) continue;  // header: zh-CN<TAB>en
    SegmentPair p;
    p.zh = std::string(utf8::trim(f[0]));
    p.en = std::string(utf8::trim(f[1]));
    p.source = path;
    p.loc = std::to_string(n + 1);
    if (f.size() > 2 && !utf8::trim(f[2]).empty()) {
      try {
        p.confidence = std::stod(f[2]);
      } catch (const std::exception&) {
        p.confidence = 1.0;
      }
    }
    if (f.size() > 3) p.label = std::string(utf8::trim(f[3]));
    file.pairs.push_back(std::move(p));
  }
  return file;
}

PairsFile read_pairs_jsonl(const std::string& path) {
  PairsFile file;
  file.name = path;
  const std::vector<std::string> lines = text_lines(path);
  for (std::size_t n = 0; n < lines.size(); ++n) {
    if (utf8::trim(lines[n]).empty()) continue;
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(lines[n]);
    } catch (const nlohmann::json::exception& e) {
      throw InputError(path, std::string("not JSON: ") + e.what(), {n + 1});
    }
    auto text = [&](const char* a, const char* b) -> std::string {
      if (j.contains(a) && j[a].is_string()) return j[a].get<std::string>();
      if (j.contains(b) && j[b].is_string()) return j[b].get<std::string>();
      return {};
    };
    if (!j.is_object() || (!j.contains("zh") && !j.contains("zh_text"))) {
      throw InputError(path, "expected an object with \"zh\" and \"en\"", {n + 1});
    }
    SegmentPair p;
    p.zh = text("zh", "zh_text");
    p.en = text("en", "en_text");
    p.source = path;
    p.loc = std::to_string(n + 1);
    if (j.contains("label") && j["label"].is_string()) p.label = j["label"];
    if (j.contains("confidence") && j["confidence"].is_number()) p.confidence = j["confidence"];
    file.pairs.push_back(std::move(p));
  }
  return file;
}

std::string pairs_format_of(const std::string& path) {
  const std::string ext = extension(path);
  if (ext == "tmx") return "tmx";
  if (ext == "tsv" || ext == "txt" || ext == "tab") return "tsv";
  if (ext == "jsonl" || ext == "json" || ext == "ndjson") return "jsonl";
  return {};
}

PairsFile read_pairs(const std::string& path, const std::string& format) {
  const std::string f = format.empty() ? pairs_format_of(path) : format;
  if (f == "tmx") return read_tmx(path);
  if (f == "tsv") return read_pairs_tsv(path);
  if (f == "jsonl") return read_pairs_jsonl(path);
  throw ConfigError(path + ": unknown pairs format" + (f.empty() ? "" : " '" + f + "'") +
                    " (expected tmx, tsv or jsonl; use --from)");
}

}  // namespace bitext::io
