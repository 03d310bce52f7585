#include "bitext/align/dictionary.h"

#include <zlib.h>

#include <memory>
#include <sstream>

#include "bitext/core/error.h"
#include "bitext/core/file_io.h"
#include "bitext/core/utf8.h"

namespace bitext::align {
namespace {

std::string read_maybe_gzip(const std::string& path) {
  const std::string raw = read_file_bytes(path);
  if (raw.size() < 2 || static_cast<unsigned char>(raw[0]) != 0x1F ||
      static_cast<unsigned char>(raw[1]) != 0x8B) {
    return raw;
  }
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) throw ResourceError("zlib initialisation failed");
  std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&zs, inflateEnd);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(raw.data()));
  zs.avail_in = static_cast<uInt>(raw.size());
  std::string out;
  char buffer[1 << 16];
  int status = Z_OK;
  while (status != Z_STREAM_END) {
    zs.next_out = reinterpret_cast<Bytef*>(buffer);
    zs.avail_out = sizeof buffer;
    status = inflate(&zs, Z_NO_FLUSH);
    if (status != Z_OK && status != Z_STREAM_END) {
      throw InputError(path, "corrupt gzip data", {0, zs.total_in});
    }
    out.append(buffer, sizeof buffer - zs.avail_out);
    if (status == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
      throw InputError(path, "truncated gzip data", {0, zs.total_in});
    }
  }
  return out;
}

// Drops parenthesised notes and classifier/see-also senses CEDICT writes ("CL:個|个[ge4]").
std::string clean_sense(std::string sense) {
  std::string out;
  int depth = 0;
  for (char c : sense) {
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      depth = depth > 0 ? depth - 1 : 0;
    } else if (depth == 0) {
      out += c;
    }
  }
  if (out.rfind("to ", 0) == 0) out = out.substr(3);
  return out;
}

}  // namespace

std::vector<DictionaryEntry> read_dictionary(const std::string& path) {
  const std::string data = read_maybe_gzip(path);
  if (const auto bad = utf8::find_invalid(data); bad != std::string::npos) {
    throw InputError(path, "ill-formed UTF-8 in dictionary", {0, bad});
  }
  std::vector<DictionaryEntry> entries;
  std::istringstream in(data);
  std::string line;
  std::size_t line_no = 0;
  auto add = [&](const std::string& zh, const std::string& en) {
    std::string sense = clean_sense(en);
    if (utf8::trim(zh).empty() || utf8::trim(sense).empty()) return;
    if (sense.find("CL:") != std::string::npos || sense.find("variant of") != std::string::npos ||
        sense.find("surname ") != std::string::npos) {
      return;
    }
    entries.push_back({zh, std::move(sense)});
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    if (tab != std::string::npos) {  // glossary TSV: zh, en (alternatives split by |)
      const std::string zh = line.substr(0, tab);
      std::string en = line.substr(tab + 1);
      if (const auto tab2 = en.find('\t'); tab2 != std::string::npos) en.resize(tab2);
      if (line_no == 1 && (zh == "zh" || zh == "zh-CN" || zh.rfind("zh", 0) == 0)) continue;
      std::size_t start = 0;
      while (start <= en.size()) {
        const auto bar = en.find('|', start);
        add(zh, en.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
        if (bar == std::string::npos) break;
        start = bar + 1;
      }
      continue;
    }
    // CC-CEDICT: TRAD SIMP [pin1 yin1] /sense 1/sense 2/
    const auto sp1 = line.find(' ');
    const auto sp2 = sp1 == std::string::npos ? sp1 : line.find(' ', sp1 + 1);
    const auto slash = line.find('/');
    if (sp2 == std::string::npos || slash == std::string::npos || slash < sp2) {
      throw InputError(path, "neither CC-CEDICT (TRAD SIMP [pinyin] /senses/) nor TSV (zh<TAB>en)",
                       {line_no});
    }
    const std::string simplified = line.substr(sp1 + 1, sp2 - sp1 - 1);
    std::size_t start = slash + 1;
    while (start < line.size()) {
      const auto next = line.find('/', start);
      if (next == std::string::npos) break;
      add(simplified, line.substr(start, next - start));
      start = next + 1;
    }
  }
  if (entries.empty()) throw InputError(path, "no dictionary entries found");
  return entries;
}

Dictionary Dictionary::load(const std::string& path, Vocabulary& zh_vocab, Vocabulary& en_vocab) {
  std::vector<Segment> zh_side, en_side;
  for (DictionaryEntry& entry : read_dictionary(path)) {
    Segment z, e;
    z.text = std::move(entry.zh);
    e.text = std::move(entry.en);
    zh_side.push_back(std::move(z));
    en_side.push_back(std::move(e));
  }
  Dictionary dictionary;
  const SideFeatures zf = extract_features(zh_side, Lang::kZh, zh_vocab, 1.0f);
  const SideFeatures ef = extract_features(en_side, Lang::kEn, en_vocab, 1.0f);
  for (std::size_t k = 0; k < zf.segments.size(); ++k) {
    if (zf.segments[k].tokens.empty() || ef.segments[k].tokens.empty()) continue;
    dictionary.entries_.push_back({zf.segments[k].tokens, ef.segments[k].tokens});
  }
  if (dictionary.entries_.empty()) throw InputError(path, "no dictionary entries found");
  return dictionary;
}

}  // namespace bitext::align
