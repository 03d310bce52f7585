#include "bitext/io/glossary.h"

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <map>
#include <ostream>
#include <sstream>
#include <string_view>
#include <type_traits>

#include "bitext/core/error.h"
#include "bitext/core/file_io.h"
#include "bitext/core/utf8.h"
#include "bitext/io/language.h"
#include "bitext/io/xml_text.h"
#include "bitext/text/office_xml.h"

namespace bitext::io {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string extension(const std::string& path) {
  const auto slash = path.find_last_of('/');
  const auto dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  return lower(path.substr(dot + 1));
}

std::string number(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4g", x);
  return buffer;
}

std::string join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (std::size_t k = 0; k < items.size(); ++k) out += (k ? sep : "") + items[k];
  return out;
}

std::vector<std::string> split_bars(const std::string& cell) {
  std::vector<std::string> out;
  std::stringstream in(cell);
  std::string item;
  while (std::getline(in, item, '|')) {
    const std::string_view t = utf8::trim(item);
    if (!t.empty()) out.emplace_back(t);
  }
  return out;
}

std::string one_line(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

std::vector<std::string> cells_of(const TermPair& t) {
  std::vector<std::string> en = {t.en};
  en.insert(en.end(), t.alternatives.begin(), t.alternatives.end());
  return {t.zh,
          join(en, "|"),
          number(t.score),
          std::to_string(t.joint_frequency),
          std::to_string(t.zh_frequency),
          std::to_string(t.en_frequency),
          join(t.forbidden, "|"),
          t.note,
          join(t.examples, " | ")};
}

const std::vector<std::string> kHeader = {"zh-CN",     "en",           "score",
                                          "frequency", "zh_frequency", "en_frequency",
                                          "forbidden", "note",         "examples"};

std::string csv_cell(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// The language tag of the terms' Chinese: zh_tag if given, else zh-TW for Traditional terms.
std::string terms_tag(const std::vector<TermPair>& terms, std::string_view zh_tag) {
  text::TraditionalSample zh;
  if (zh_tag.empty()) {
    for (const TermPair& t : terms) zh.add(t.zh);
  }
  return chinese_tag(zh, zh_tag);
}

void write_tbx(const std::vector<TermPair>& terms, std::ostream& out, std::string_view zh_tag) {
  if (terms.empty()) throw ConfigError("a TBX glossary needs at least one entry");
  const std::string zh_lang = terms_tag(terms, zh_tag);
  pugi::xml_document doc;
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  auto martif = doc.append_child("martif");
  martif.append_attribute("type") = "TBX";
  martif.append_attribute("xml:lang") = "en";
  martif.append_child("martifHeader")
      .append_child("fileDesc")
      .append_child("sourceDesc")
      .append_child("p")
      .text()
      .set("Glossary mined by bitext from aligned Chinese-English texts");
  auto body = martif.append_child("text").append_child("body");
  std::size_t removed = 0;
  std::size_t id = 0;
  for (const TermPair& t : terms) {
    auto entry = body.append_child("termEntry");
    entry.append_attribute("id") = ("t" + std::to_string(++id)).c_str();
    auto descrip = [&](const char* type, const std::string& value) {
      auto d = entry.append_child("descrip");
      d.append_attribute("type") = type;
      d.text().set(xml_safe(value, removed).c_str());
    };
    descrip("x-score", number(t.score));
    descrip("x-frequency", std::to_string(t.joint_frequency));
    descrip("x-zh-frequency", std::to_string(t.zh_frequency));
    descrip("x-en-frequency", std::to_string(t.en_frequency));
    if (!t.note.empty()) entry.append_child("note").text().set(xml_safe(t.note, removed).c_str());
    for (const std::string& e : t.examples) {
      entry.append_child("note").text().set(xml_safe("example: " + e, removed).c_str());
    }
    auto zh = entry.append_child("langSet");
    zh.append_attribute("xml:lang") = zh_lang.c_str();
    zh.append_child("tig").append_child("term").text().set(xml_safe(t.zh, removed).c_str());
    auto en = entry.append_child("langSet");
    en.append_attribute("xml:lang") = "en";
    auto tig = [&](const std::string& term, const char* status) {
      auto node = en.append_child("tig");
      node.append_child("term").text().set(xml_safe(term, removed).c_str());
      auto note = node.append_child("termNote");
      note.append_attribute("type") = "administrativeStatus";
      note.text().set(status);
    };
    tig(t.en, "preferredTerm-admn-sts");
    for (const std::string& a : t.alternatives) tig(a, "admittedTerm-admn-sts");
    for (const std::string& f : t.forbidden) tig(f, "deprecatedTerm-admn-sts");
  }
  doc.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
}

using text::office::child;
using text::office::local;

// The children of `node` whose local name (namespace prefix aside: TBX 2019 files may declare
// one) is one of `names`.
template <class F>
void each_child(pugi::xml_node node, std::initializer_list<std::string_view> names, F&& f) {
  for (pugi::xml_node c : node.children()) {
    if (std::find(names.begin(), names.end(), local(c)) != names.end()) f(c);
  }
}

// TBX as bitext writes it and as other tools do: TBX 2008 (<martif>, termEntry, langSet,
// tig or ntig/termGrp) and TBX 2019 (<tbx>, conceptEntry, langSec, termSec); a term's
// administrativeStatus "deprecated…" or "superseded…" makes an English term forbidden.
std::vector<TermPair> read_tbx(const std::string& path) {
  const std::string bytes = read_file_bytes(path);
  pugi::xml_document doc;
  parse_xml(doc, bytes, path);
  const pugi::xml_node root = doc.document_element();
  if (local(root) != "martif" && local(root) != "tbx") {
    throw InputError(path, "not a TBX file: the root element is neither <martif> nor <tbx>");
  }
  std::vector<TermPair> terms;
  const pugi::xml_node body = child(child(root, "text"), "body");
  each_child(body, {"termEntry", "conceptEntry"}, [&](pugi::xml_node entry) {
    TermPair t;
    each_child(entry, {"descrip"}, [&](pugi::xml_node descrip) {
      const std::string type = descrip.attribute("type").value();
      if (type == "x-score") t.score = descrip.text().as_double();
      if (type == "x-frequency") t.joint_frequency = descrip.text().as_ullong();
      if (type == "x-zh-frequency") t.zh_frequency = descrip.text().as_ullong();
      if (type == "x-en-frequency") t.en_frequency = descrip.text().as_ullong();
    });
    each_child(entry, {"note"}, [&](pugi::xml_node note) {
      const std::string text = note.text().get();
      if (text.rfind("example: ", 0) == 0) {
        t.examples.push_back(text.substr(9));
      } else {
        t.note = text;
      }
    });
    each_child(entry, {"langSet", "langSec"}, [&](pugi::xml_node lang_set) {
      const std::string lang = lower(lang_set.attribute("xml:lang").value());
      const bool zh = lang.rfind("zh", 0) == 0;
      each_child(lang_set, {"tig", "ntig", "termSec"}, [&](pugi::xml_node holder) {
        // ntig keeps its term and notes in a termGrp.
        const pugi::xml_node group = local(holder) == "ntig" ? child(holder, "termGrp") : holder;
        const std::string term = child(group, "term").text().get();
        if (term.empty()) return;
        std::string status;
        each_child(group, {"termNote"}, [&](pugi::xml_node note) {
          if (std::string(note.attribute("type").value()) == "administrativeStatus") {
            status = note.text().get();
          }
        });
        if (zh) {
          if (t.zh.empty()) t.zh = term;
        } else if (status.rfind("deprecated", 0) == 0 || status.rfind("superseded", 0) == 0) {
          t.forbidden.push_back(term);
        } else if (t.en.empty()) {
          t.en = term;
        } else {
          t.alternatives.push_back(term);
        }
      });
    });
    if (!t.zh.empty() && (!t.en.empty() || !t.forbidden.empty())) terms.push_back(std::move(t));
  });
  if (terms.empty()) throw InputError(path, "no term entry with Chinese and English terms");
  return terms;
}

// RFC 4180 records (quoted fields may hold separators and line breaks); `lines` receives the
// 1-based line each record starts on.
std::vector<std::vector<std::string>> parse_delimited(const std::string& text, char sep,
                                                      bool quotes, std::vector<std::size_t>& lines,
                                                      const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string cell;
  bool in_quotes = false, any = false;
  std::size_t line = 1, row_line = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        in_quotes = false;
      } else {
        if (c == '\n') ++line;
        cell += c;
      }
      continue;
    }
    if (quotes && c == '"' && cell.empty()) {
      in_quotes = true;
      any = true;
    } else if (c == sep) {
      row.push_back(cell);
      cell.clear();
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      row.push_back(cell);
      cell.clear();
      if (any || !row[0].empty()) {
        rows.push_back(row);
        lines.push_back(row_line);
      }
      row.clear();
      any = false;
      row_line = ++line;
    } else {
      cell += c;
      any = true;
    }
  }
  if (in_quotes) throw InputError(path, "unterminated quoted field", {row_line});
  if (any || !cell.empty()) {
    row.push_back(cell);
    rows.push_back(row);
    lines.push_back(row_line);
  }
  return rows;
}

int find_column(const std::vector<std::string>& header, std::initializer_list<const char*> names) {
  for (std::size_t k = 0; k < header.size(); ++k) {
    const std::string h = lower(std::string(utf8::trim(header[k])));
    for (const char* n : names) {
      if (h == n) return static_cast<int>(k);
    }
  }
  return -1;
}

std::vector<TermPair> read_table(const std::string& path, char sep) {
  std::string bytes = read_file_bytes(path);
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
  if (utf8::trim(bytes).empty()) throw InputError(path, "empty file");
  if (const auto bad = utf8::find_invalid(bytes); bad != std::string::npos) {
    throw InputError(path, "ill-formed UTF-8", {line_of_offset(bytes, bad)});
  }
  std::vector<std::size_t> lines;
  const auto rows = parse_delimited(bytes, sep, sep == ',', lines, path);
  const auto& header = rows.front();
  const int zh = find_column(
      header, {"zh", "zh-cn", "zh_cn", "zh-hans", "zh-tw", "chinese", "source", "中文", "term"});
  const int en =
      find_column(header, {"en", "en-us", "en-gb", "english", "target", "英文", "translation"});
  if (zh < 0 || en < 0) {
    throw InputError(path, "no header row: expected zh-CN and en columns in the first line", {1});
  }
  const int forbidden = find_column(header, {"forbidden", "deprecated", "do not use"});
  const int status = find_column(header, {"status", "usage"});
  const int score = find_column(header, {"score"});
  const int frequency = find_column(header, {"frequency", "freq", "joint_frequency"});
  const int zh_freq = find_column(header, {"zh_frequency"});
  const int en_freq = find_column(header, {"en_frequency"});
  const int note = find_column(header, {"note", "notes", "comment", "evidence"});
  const int examples = find_column(header, {"examples"});
  std::vector<TermPair> terms;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    auto cell = [&](int k) -> std::string {
      return k >= 0 && static_cast<std::size_t>(k) < row.size()
                 ? std::string(utf8::trim(row[static_cast<std::size_t>(k)]))
                 : std::string();
    };
    TermPair t;
    t.zh = cell(zh);
    std::vector<std::string> renderings = split_bars(cell(en));
    if (t.zh.empty() && renderings.empty()) continue;
    if (t.zh.empty()) throw InputError(path, "row has no Chinese term", {lines[r]});
    const std::string s = lower(cell(status));
    if (s == "forbidden" || s == "deprecated" || s == "do not use" || s == "superseded") {
      t.forbidden = renderings;
    } else {
      if (!renderings.empty()) {
        t.en = renderings.front();
        t.alternatives.assign(renderings.begin() + 1, renderings.end());
      }
      t.forbidden = split_bars(cell(forbidden));
    }
    if (t.en.empty() && t.forbidden.empty()) {
      throw InputError(path, "row has no English rendering", {lines[r]});
    }
    auto number = [&](int k, auto& into) {
      const std::string v = cell(k);
      if (v.empty()) return;
      using Into = std::decay_t<decltype(into)>;
      double d = 0;
      try {
        d = std::stod(v);
      } catch (const std::exception&) {
        throw InputError(path, "not a number: '" + v + "'", {lines[r]});
      }
      // Counts are whole and not negative; no value may be infinite (casting one is undefined).
      if (!std::isfinite(d) || (std::is_integral_v<Into> && (d < 0 || d > 1e15))) {
        throw InputError(path, "number out of range: '" + v + "'", {lines[r]});
      }
      into = static_cast<Into>(d);
    };
    number(score, t.score);
    number(frequency, t.joint_frequency);
    number(zh_freq, t.zh_frequency);
    number(en_freq, t.en_frequency);
    t.note = cell(note);
    if (examples >= 0) {
      std::string e = cell(examples);
      for (std::size_t pos; (pos = e.find(" | ")) != std::string::npos;) {
        t.examples.push_back(e.substr(0, pos));
        e.erase(0, pos + 3);
      }
      if (!e.empty()) t.examples.push_back(e);
    }
    terms.push_back(std::move(t));
  }
  return terms;
}

std::vector<TermPair> read_jsonl(const std::string& path) {
  std::istringstream in(read_file_bytes(path));
  std::vector<TermPair> terms;
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (utf8::trim(line).empty()) continue;
    try {
      const auto j = nlohmann::json::parse(line);
      TermPair t;
      t.zh = j.at("zh").get<std::string>();
      t.en = j.value("en", "");
      t.alternatives = j.value("alternatives", std::vector<std::string>{});
      t.forbidden = j.value("forbidden", std::vector<std::string>{});
      t.score = j.value("score", 0.0);
      t.zh_frequency = j.value("zh_frequency", std::size_t{0});
      t.en_frequency = j.value("en_frequency", std::size_t{0});
      t.joint_frequency = j.value("frequency", std::size_t{0});
      t.examples = j.value("examples", std::vector<std::string>{});
      t.note = j.value("note", "");
      terms.push_back(std::move(t));
    } catch (const nlohmann::json::exception& e) {
      throw InputError(path, std::string("bad glossary entry: ") + e.what(), {n});
    }
  }
  if (terms.empty()) throw InputError(path, "empty glossary");
  return terms;
}

}  // namespace

bool is_glossary_format(const std::string& name) {
  return name == "tsv" || name == "csv" || name == "tbx" || name == "jsonl";
}

GlossaryFormat glossary_format_named(const std::string& name) {
  const std::string n = lower(name);
  if (n == "tsv" || n == "txt") return GlossaryFormat::kTsv;
  if (n == "csv") return GlossaryFormat::kCsv;
  if (n == "tbx" || n == "xml") return GlossaryFormat::kTbx;
  if (n == "jsonl" || n == "json") return GlossaryFormat::kJsonl;
  throw ConfigError("unknown glossary format '" + name + "' (expected tsv, csv, tbx or jsonl)");
}

GlossaryFormat glossary_format_of(const std::string& path) {
  const std::string ext = extension(path);
  if (ext.empty()) throw ConfigError(path + ": cannot tell the glossary format; name it");
  return glossary_format_named(ext);
}

void write_glossary(const std::vector<TermPair>& terms, GlossaryFormat format, std::ostream& out,
                    std::string_view zh_tag) {
  switch (format) {
    case GlossaryFormat::kTbx:
      write_tbx(terms, out, zh_tag);
      return;
    case GlossaryFormat::kJsonl:
      for (const TermPair& t : terms) {
        nlohmann::json j = {{"zh", t.zh},
                            {"en", t.en},
                            {"alternatives", t.alternatives},
                            {"forbidden", t.forbidden},
                            {"score", t.score},
                            {"frequency", t.joint_frequency},
                            {"zh_frequency", t.zh_frequency},
                            {"en_frequency", t.en_frequency},
                            {"examples", t.examples},
                            {"note", t.note}};
        out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
      }
      return;
    case GlossaryFormat::kCsv:
      out << "\xEF\xBB\xBF";
      for (std::size_t k = 0; k < kHeader.size(); ++k) {
        out << (k ? "," : "") << (k == 0 ? terms_tag(terms, zh_tag) : kHeader[k]);
      }
      out << "\r\n";
      for (const TermPair& t : terms) {
        const auto row = cells_of(t);
        for (std::size_t k = 0; k < row.size(); ++k) out << (k ? "," : "") << csv_cell(row[k]);
        out << "\r\n";
      }
      return;
    case GlossaryFormat::kTsv:
      out << terms_tag(terms, zh_tag) << '\t'
          << join(std::vector<std::string>(kHeader.begin() + 1, kHeader.end()), "\t") << '\n';
      for (const TermPair& t : terms) {
        auto row = cells_of(t);
        for (auto& cell : row) cell = one_line(cell);
        out << join(row, "\t") << '\n';
      }
      return;
  }
}

std::vector<TermPair> read_glossary(const std::string& path, const std::string& format) {
  switch (format.empty() ? glossary_format_of(path) : glossary_format_named(format)) {
    case GlossaryFormat::kTbx:
      return read_tbx(path);
    case GlossaryFormat::kJsonl:
      return read_jsonl(path);
    case GlossaryFormat::kCsv:
      return read_table(path, ',');
    case GlossaryFormat::kTsv:
      return read_table(path, '\t');
  }
  return {};
}

}  // namespace bitext::io
