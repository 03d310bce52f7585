#include "bitext/text/document.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "bitext/core/error.h"
#include "bitext/core/file_io.h"
#include "bitext/core/utf8.h"
#include "bitext/text/label.h"
#include "bitext/text/normalize.h"
#include "bitext/text/structure.h"

namespace bitext::text {
namespace {

struct Line {
  std::string_view text;  // without the newline
  std::size_t offset;     // byte offset in the document
  std::size_t number;     // 1-based
  bool blank;
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0, number = 1;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    lines.push_back({line, start, number++, utf8::space_prefix(line) == line.size()});
    start = end + 1;
  }
  return lines;
}

// Maps byte offsets of a rewritten paragraph text back to the document: piecewise, one anchor
// where each verbatim run of document bytes starts.
class OffsetMap {
 public:
  void anchor(std::size_t text_offset, std::size_t document_offset) {
    anchors_.push_back({text_offset, document_offset});
  }
  // Appends another map's anchors, its text starting at `text_offset` of this one.
  void append(const OffsetMap& other, std::size_t text_offset) {
    for (const Pair& a : other.anchors_) anchors_.push_back({a.text + text_offset, a.document});
  }
  std::size_t to_document(std::size_t text_offset) const {
    auto it = std::upper_bound(anchors_.begin(), anchors_.end(), text_offset,
                               [](std::size_t t, const Pair& a) { return t < a.text; });
    if (it == anchors_.begin()) return anchors_.empty() ? 0 : anchors_.front().document;
    --it;
    return it->document + (text_offset - it->text);
  }

 private:
  struct Pair {
    std::size_t text;
    std::size_t document;
  };
  std::vector<Pair> anchors_;
};

// A paragraph under construction: its text, where its bytes came from, its first line.
struct Builder {
  std::string text;
  OffsetMap map;
  std::size_t line = 0;
  std::size_t begin = 0, end = 0;          // document byte range
  std::size_t widest = 0, last_width = 0;  // display widths of the lines added

  bool empty() const { return text.empty(); }

  // The last line reaches the right margin the others set (or is the only line): text that a
  // page break cut off mid-paragraph. A short last line ends its paragraph.
  bool ends_full_line() const { return last_width * 4 >= widest * 3; }

  // Appends a piece of the document, reducing the markdown a converter leaves (pandoc, or the
  // links of the seeds) to the text it marks up: links [65/230](#) to their text, footnote
  // references [^1] to superscripts (¹) and a note's opening "[^1]:" to "¹", escapes (1\. →
  // 1.), bold (**Distr.: General**) and a heading's opening hashes (# 一. 导言). Single * and
  // _ stay: a bar code (*1822372*) or a bullet uses them.
  void append_verbatim(std::string_view piece, std::size_t offset) {
    std::size_t i = 0;
    if (text.empty()) {
      std::size_t h = 0;
      while (h < piece.size() && h < 6 && piece[h] == '#') ++h;
      if (h > 0 && h < piece.size() && piece[h] == ' ') i = h + 1;
    }
    auto copy = [&](std::size_t from, std::size_t to) {
      if (to <= from) return;
      map.anchor(text.size(), offset + from);
      text.append(piece.substr(from, to - from));
    };
    while (i < piece.size()) {
      const std::size_t stop = piece.find_first_of("[\\*", i);
      if (stop == std::string_view::npos) {
        copy(i, piece.size());
        break;
      }
      copy(i, stop);
      i = stop;
      const char c = piece[i];
      if (c == '\\') {
        const bool escape =
            i + 1 < piece.size() && std::ispunct(static_cast<unsigned char>(piece[i + 1])) != 0;
        copy(escape ? i + 1 : i, i + 2 <= piece.size() ? i + 2 : piece.size());
        i += 2;
        continue;
      }
      if (c == '*') {
        // A run of asterisks standing alone ("** Reissued for technical reasons", the marks of
        // a masthead's notes) is text; "**" opening or closing a word is bold.
        std::size_t run = i;
        while (run < piece.size() && piece[run] == '*') ++run;
        const bool alone =
            (i == 0 || piece[i - 1] == ' ') && (run == piece.size() || piece[run] == ' ');
        const bool bold = !alone && piece.compare(i, 2, "**") == 0;
        if (alone) {
          copy(i, run);
          i = run;
          continue;
        }
        if (!bold) copy(i, i + 1);
        i += bold ? 2 : 1;
        continue;
      }
      // "[^12]": a footnote reference; "[^12]:" opening a paragraph: the note's body.
      if (i + 2 < piece.size() && piece[i + 1] == '^') {
        std::size_t d = i + 2;
        while (d < piece.size() && d < i + 5 && piece[d] >= '0' && piece[d] <= '9') ++d;
        if (d > i + 2 && d < piece.size() && piece[d] == ']') {
          const bool opening = text.empty();
          map.anchor(text.size(), offset + i);
          text += utf8::superscript_digits(piece.substr(i + 2, d - i - 2));
          i = d + 1;
          if (opening && i < piece.size() && piece[i] == ':') ++i;
          continue;
        }
      }
      const std::size_t close = piece.find("](", i);
      const std::size_t paren_end =
          close == std::string_view::npos ? close : piece.find(')', close + 2);
      const bool link = paren_end != std::string_view::npos &&
                        piece.substr(i + 1, close - i - 1).find('[') == std::string_view::npos;
      if (!link) {
        copy(i, i + 1);
        ++i;
        continue;
      }
      copy(i + 1, close);
      i = paren_end + 1;
    }
  }

  void add_line(const Line& l) {
    // Leading ideographic (and other) indentation and trailing spaces are not text.
    const std::size_t lead = utf8::space_prefix(l.text);
    const std::string_view body = utf8::trim(l.text);
    if (body.empty()) return;
    if (text.empty()) {
      line = l.number;
      begin = l.offset + lead;
    } else {
      // English lines join with a space, Chinese with nothing; a hyphen at a line end stays, and
      // so does a slash, where a symbol or an address breaks (A/RES/ + 73/187, and/ + or).
      std::size_t last_start = 0;
      const char32_t last = utf8::previous(text, text.size(), last_start);
      std::size_t q = 0;
      const char32_t next = utf8::next(body, q);
      // Full-width punctuation holds its own space: "第一章，" + "D 节" joins as 第一章，D 节.
      const auto full_width = [](char32_t c) {
        return c >= 0x3000 && (utf8::is_cjk_punct(c) || utf8::is_fullwidth_form(c));
      };
      const bool cjk_join = ((utf8::is_han(last) || utf8::is_cjk_punct(last)) &&
                             (utf8::is_han(next) || utf8::is_cjk_punct(next))) ||
                            full_width(last) || full_width(next);
      if (!cjk_join && last != '-' && last != '/') {
        map.anchor(text.size(), l.offset - 1);  // the space stands for the line break
        text += ' ';
      }
    }
    append_verbatim(body, l.offset + lead);
    end = l.offset + lead + body.size();
    last_width = display_width(body);
    widest = std::max(widest, last_width);
  }
};

bool starts_with_label_or_bullet(std::string_view line) {
  std::string_view t = utf8::trim(line);
  return list_bullet_length(t) > 0 || !parse_label(t).empty();
}

// Lines are "hard-wrapped" when a block of several lines fills up to a common width: the file
// was wrapped at a fixed column, so a line end is not a paragraph end.
bool hard_wrapped(const std::vector<Line>& lines) {
  std::vector<std::size_t> width(lines.size());
  std::size_t widest = 0;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    // Widths of long lines do not matter beyond "too wide to be wrapped".
    width[k] = lines[k].text.size() > 400 ? 400 : display_width(lines[k].text);
    widest = std::max(widest, width[k]);
  }
  if (widest > 110 || widest < 40) return false;
  std::size_t wrapped = 0, long_lines = 0, multi = 0;
  for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
    if (lines[k].blank || lines[k + 1].blank) continue;
    ++multi;
    if (width[k] * 4 >= widest * 3) ++wrapped;
  }
  for (std::size_t w : width) long_lines += w * 4 >= widest * 3 ? 1 : 0;
  return multi >= 2 && wrapped * 2 >= multi && long_lines >= 2;
}

// The last code point of a line is a letter, digit or Han character: the text runs on.
bool runs_on(std::string_view text) {
  text = utf8::trim(text);
  if (text.empty()) return false;
  std::size_t start = 0;
  const char32_t c = utf8::previous(text, text.size(), start);
  return utf8::is_han(c) || utf8::is_ascii_alpha(c) || utf8::is_ascii_digit(c) || c == '-';
}

// The width a file without blank lines is wrapped at, or 0 when it is not: text copied from a
// PDF viewer, or printed by `pdftotext` without -layout, one visual line per line. Its lines
// fill up to a common width (the 90th percentile of their widths, 40-110 columns), which half
// of them or more reach within a quarter, and most of those stop in the middle of a clause
// (ending in a letter, digit or Han character) — in English, a third of them or more before a
// line going on in lower case; in Chinese, half of them within three columns of the margin; a
// paragraph's last line falls short of it. A file of one
// paragraph, sentence or title per line has no such width, or its lines end sentences, or
// (English) the next line starts with a capital.
std::size_t reflow_margin(const std::vector<Line>& lines, Lang lang) {
  std::vector<std::string_view> texts;
  std::size_t run_on = 0;
  for (const Line& l : lines) {
    if (l.blank) continue;
    texts.push_back(utf8::trim(l.text));
    run_on += runs_on(texts.back()) ? 1 : 0;
  }
  // Half the lines reach the margin and half of those run on: a quarter of all lines at least
  // (a cheap test first, which a file of sentences fails).
  if (texts.size() < 4 || run_on * 4 < texts.size()) return 0;
  std::vector<std::size_t> widths;
  for (std::string_view t : texts) widths.push_back(t.size() > 400 ? 400 : display_width(t));
  std::vector<std::size_t> sorted = widths;
  const auto at = sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() * 9 / 10);
  std::nth_element(sorted.begin(), at, sorted.end());
  const std::size_t margin = *at;
  if (margin < 40 || margin > 110) return 0;
  std::size_t full = 0, running_on = 0, lower_next = 0, at_margin = 0;
  for (std::size_t k = 0; k < widths.size(); ++k) {
    if (widths[k] * 4 < margin * 3) continue;
    ++full;
    running_on += runs_on(texts[k]) ? 1 : 0;
    lower_next += k + 1 < texts.size() && !texts[k + 1].empty() && texts[k + 1][0] >= 'a' &&
                  texts[k + 1][0] <= 'z';
    at_margin += widths[k] + 3 >= margin && widths[k] <= margin + 3;
  }
  // Chinese wraps at a character count, so its full lines stand within a character or two of
  // the margin (a list of titles one per line varies more).
  const bool continued = lang == Lang::kZh ? at_margin * 2 >= full : lower_next * 3 >= full;
  return full * 2 >= widths.size() && running_on * 2 >= full && continued ? margin : 0;
}

// Long enough to be running text that a page or column break can interrupt, and not laid out
// in columns ("联合国        A/RES/74/247": a gap of several spaces inside the line).
bool long_prose_line(std::string_view text) {
  text = utf8::trim(text);
  if (text.size() < 240 && display_width(text) < 60) return false;
  return text.find("    ") == std::string_view::npos && text.find('\t') == std::string_view::npos;
}

bool starts_lower_or_han(std::string_view text, Lang lang) {
  text = utf8::trim(text);
  std::size_t i = 0;
  const char32_t c = text.empty() ? 0 : utf8::next(text, i);
  return lang == Lang::kZh ? utf8::is_han(c) : (c >= 'a' && c <= 'z');
}

// A resolution's title ("74/173. Promoting …", "[xx/xxx]. 联合国…公约"): a paragraph of its own.
bool resolution_title(std::string_view text) {
  return parse_label(text).style == LabelStyle::kResolution;
}

// Rows of a table as `pdftotext -layout` prints one: cells set apart by gaps of four spaces or
// a tab ("Africa        12        21.4"), each row a segment of its own. A row has as many
// cells as the non-blank line before or after it (a gap inside one line of prose, as a
// justified line or a font's odd widths leave, makes no table). Not a paragraph's first line
// printed with its label or note number apart ("1.      Requests the …", "3    See …").
std::vector<bool> table_rows(const std::vector<Line>& lines) {
  std::vector<std::size_t> cells(lines.size(), 0);
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].blank) continue;
    const std::vector<std::string_view> c = layout_columns(lines[k].text);
    if (c.empty()) continue;
    const std::string_view first = c.front();
    const bool number =
        first.size() <= 3 && first.find_first_not_of("0123456789") == std::string_view::npos;
    if (!number && parse_label(first).empty() && list_bullet_length(first) == 0) {
      cells[k] = c.size();
    }
  }
  std::vector<bool> rows(lines.size(), false);
  std::size_t before = lines.size();  // the non-blank line before k
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].blank) continue;
    std::size_t after = k + 1;
    while (after < lines.size() && lines[after].blank) ++after;
    rows[k] = cells[k] >= 2 && ((before < lines.size() && cells[before] == cells[k]) ||
                                (after < lines.size() && cells[after] == cells[k]));
    before = k;
  }
  return rows;
}

// Ends with a comma or a semicolon (closing quotes and brackets aside).
bool ends_with_clause_stop(std::string_view text) {
  text = utf8::trim(text);
  while (!text.empty() && (text.back() == '"' || text.back() == ')' || text.back() == '\'')) {
    text.remove_suffix(1);
  }
  return !text.empty() && (text.back() == ',' || text.back() == ';');
}

// Starts with a capital letter (A-Z).
bool starts_capital(std::string_view text) {
  text = utf8::trim(text);
  return !text.empty() && text[0] >= 'A' && text[0] <= 'Z';
}

// Starts with a letter, a digit or a Han character, as the rest of a clause would.
bool starts_word(std::string_view text) {
  text = utf8::trim(text);
  std::size_t i = 0;
  const char32_t c = text.empty() ? 0 : utf8::next(text, i);
  return utf8::is_han(c) || utf8::is_ascii_alpha(c) || utf8::is_ascii_digit(c);
}

// Ends with a sentence or clause stop other than a comma: 。！？；：. ! ? ; :
bool ends_sentence(std::string_view text) {
  if (!ends_with_punctuation(text)) return false;
  text = utf8::trim(text);
  std::size_t start = text.size();
  while (start > 0) {
    const char32_t c = utf8::previous(text, start, start);
    if (c == U'”' || c == U'’' || c == U'」' || c == U'』' || c == U'）' || c == ')' || c == '"' ||
        c == '\'' || c == U'》' || c == ']' || c == U'】' || c == ' ' ||
        utf8::is_superscript_digit(c)) {
      continue;
    }
    return c != U'，' && c != ',' && c != U'、';
  }
  return false;
}

// A footnote's number printed on a line of its own above its body, as `pdftotext -layout`
// prints the notes at a page's foot ("      1" / "        See Official Records …"): one to
// three digits alone. After a line that ends a sentence (the previous note's body) it opens a
// new paragraph even in hard-wrapped text.
bool note_number_line(std::string_view text) {
  text = utf8::trim(text);
  return !text.empty() && text.size() <= 3 &&
         text.find_first_not_of("0123456789") == std::string_view::npos && text[0] != '0';
}

// The second line of a running header whose title is wrapped, indented far to the right under
// the title ("A/RES/73/187      Countering the use of … technologies" / "          for
// criminal purposes"): short, deeply indented, not a sentence.
bool header_continuation(std::string_view line) {
  std::size_t indent = 0;
  while (indent < line.size() && line[indent] == ' ') ++indent;
  const std::string_view t = utf8::trim(line);
  return indent >= 20 && !t.empty() && display_width(t) <= 80 && !ends_with_punctuation(t) &&
         parse_label(t).empty();
}

struct RawParagraph {
  std::string text;
  OffsetMap map;
  Span span;
  std::size_t line = 0;
  bool running = false;        // a running header or footer (see running_lines)
  bool ends_full_line = true;  // see Builder::ends_full_line
};

void flush(Builder& b, std::vector<RawParagraph>& out) {
  if (b.empty()) return;
  const bool full = b.ends_full_line();
  out.push_back({std::move(b.text), std::move(b.map), {b.begin, b.end}, b.line});
  out.back().ends_full_line = full;
  b = Builder{};
}

// The value of a line holding a bare page number ("14"), or -1.
int folio_value(const Line& l) {
  const std::string_view t = utf8::trim(l.text);
  if (l.blank || t.empty() || t.size() > 4) return -1;
  int v = 0;
  for (char c : t) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// Bare page numbers ("14" alone on its line, as PDF converters leave them) are page furniture
// when they stand next to a running header or footer (nothing but blank lines between), or
// when they count pages on their own: at least three, each one more than the last and at least
// kMinPage lines after it. Paragraph numbers printed on a line of their own count up too, but
// paragraphs are rarely a page long each.
void mark_folios(const std::vector<Line>& lines, std::vector<bool>& running) {
  constexpr std::size_t kMinPage = 25;
  constexpr std::size_t kMinFolios = 3;
  std::vector<std::size_t> folios;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (folio_value(lines[k]) >= 0) folios.push_back(k);
  }
  auto next_to_running = [&](std::size_t k) {
    std::size_t i = k;
    while (i > 0 && lines[i - 1].blank) --i;
    if (i > 0 && running[i - 1]) return true;
    std::size_t j = k + 1;
    while (j < lines.size() && lines[j].blank) ++j;
    return j < lines.size() && running[j];
  };
  std::vector<std::size_t> run;  // a sequence of folios counting pages
  auto close_run = [&] {
    if (run.size() >= kMinFolios) {
      for (std::size_t k : run) running[k] = true;
    }
    run.clear();
  };
  for (std::size_t k : folios) {
    if (!run.empty() && (folio_value(lines[k]) != folio_value(lines[run.back()]) + 1 ||
                         k - run.back() < kMinPage)) {
      close_run();
    }
    run.push_back(k);
  }
  close_run();
  for (std::size_t k : folios) {
    if (!running[k] && next_to_running(k)) running[k] = true;
  }
}

// Running headers as a PDF's text lays them out in columns, the document's symbol beside its
// title ("A/RES/73/187      Countering the use of … technologies", with the title's wrapped
// rest on the next line far to the right): headers even when a short document prints them
// too few times for running_lines to see them recur. The symbol must be the document's own,
// printed on another line as well (the masthead): a list of documents pairs symbols with
// titles the same way, each printed once.
void mark_symbol_headers(const std::vector<Line>& lines, std::vector<bool>& running) {
  std::unordered_map<std::string, std::size_t> printed;
  for (const Line& l : lines) {
    if (!l.blank && l.text.find('/') != std::string_view::npos) {
      if (std::string symbol = line_symbol(l.text); !symbol.empty()) ++printed[symbol];
    }
  }
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].blank) continue;
    const std::string symbol = symbol_beside_title(lines[k].text);
    if (symbol.empty() || printed[symbol] < 2) continue;
    running[k] = true;
    for (std::size_t j = k + 1;
         j < lines.size() && !lines[j].blank && header_continuation(lines[j].text); ++j) {
      running[j] = true;
    }
  }
}

// Where a text marks its page breaks with form feeds (as pdftotext prints them), the lines
// next to a break are its page's head and foot: a bare page number there is furniture, and so
// is a short line (a running_lines candidate, `where`) standing there on two pages or more —
// the running title of a document too short for it to recur three times.
void mark_page_margins(const std::vector<Line>& lines,
                       const std::unordered_map<std::string_view, std::vector<std::size_t>>& where,
                       std::vector<bool>& running) {
  constexpr std::size_t kMarginLines = 2;  // non-blank lines at a page's head or foot
  std::vector<bool> margin(lines.size(), false);
  std::vector<std::size_t> body;    // non-blank lines
  std::vector<std::size_t> breaks;  // positions in `body` where a page starts
  bool feed = false;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    feed |= lines[k].text.find('\f') != std::string_view::npos;
    if (lines[k].blank) continue;
    if (feed && !body.empty()) breaks.push_back(body.size());
    feed = false;
    body.push_back(k);
  }
  if (breaks.empty()) return;
  for (std::size_t b : breaks) {
    for (std::size_t i = 0; i < kMarginLines; ++i) {
      if (b + i < body.size()) margin[body[b + i]] = true;
      if (i < b) margin[body[b - 1 - i]] = true;
    }
  }
  for (std::size_t k : body) {
    if (margin[k] && folio_value(lines[k]) >= 0) running[k] = true;
  }
  // A line that goes on from a long prose line above it is the paragraph's, wherever it falls.
  for (std::size_t k : body) {
    if (k > 0 && !lines[k - 1].blank && long_prose_line(lines[k - 1].text) &&
        runs_on(lines[k - 1].text)) {
      margin[k] = false;
    }
  }
  for (const auto& [text, at] : where) {
    const auto in_margin =
        std::count_if(at.begin(), at.end(), [&](std::size_t k) { return margin[k]; });
    if (in_margin < 2) continue;
    for (std::size_t k : at) running[k] = running[k] || margin[k];
  }
}

// Line k is a wrapped line of a paragraph: long prose itself, right after a long prose line that
// runs on and right before a line that goes on in lower case or Han characters, no blank line
// between. A phrase a document repeats ("an open-ended ¶ intergovernmental expert group to
// conduct a comprehensive study of the problem of ¶ cybercrime") may wrap alike each time.
bool wrapped_in_prose(const std::vector<Line>& lines, std::size_t k) {
  if (k == 0 || k + 1 >= lines.size() || lines[k - 1].blank || lines[k + 1].blank) return false;
  const std::string_view next = lines[k + 1].text;
  return long_prose_line(lines[k].text) && long_prose_line(lines[k - 1].text) &&
         runs_on(lines[k - 1].text) &&
         (starts_lower_or_han(next, Lang::kEn) || starts_lower_or_han(next, Lang::kZh));
}

// Running headers and footers: a short line that is neither a sentence nor a list item, printed
// again and again at page-like distances ("CONSTITUTION OF THE PEOPLE'S REPUBLIC OF CHINA" atop
// every page of a PDF's text). Such a line is a paragraph of its own, never part of the text it
// interrupts. A table cell repeated row after row is not one, nor a line that most times it is
// printed stands wrapped in the middle of a paragraph (wrapped_in_prose).
std::vector<bool> running_lines(const std::vector<Line>& lines) {
  constexpr std::size_t kMinRepeats = 3;
  constexpr std::size_t kMinGap = 8;  // lines from one occurrence to the next
  std::unordered_map<std::string_view, std::vector<std::size_t>> where;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].blank) continue;
    const std::string_view t = utf8::trim(lines[k].text);
    if (t.size() > 300 || display_width(t) > 100 || ends_with_punctuation(t) ||
        starts_with_label_or_bullet(t)) {
      continue;
    }
    bool word = false;
    for (std::size_t i = 0; i < t.size() && !word;) {
      const char32_t c = utf8::next(t, i);
      word = utf8::is_han(c) || utf8::is_ascii_alpha(c);
    }
    if (word) where[t].push_back(k);
  }
  std::vector<bool> running(lines.size(), false);
  for (const auto& [text, at] : where) {
    if (at.size() < kMinRepeats) continue;
    // One close repeat in three is allowed: the title printed under the first page's header.
    std::size_t close = 0;
    for (std::size_t i = 1; i < at.size(); ++i) close += at[i] - at[i - 1] < kMinGap ? 1 : 0;
    if (close * 3 > at.size() - 1) continue;
    const auto inside = std::count_if(at.begin(), at.end(),
                                      [&](std::size_t k) { return wrapped_in_prose(lines, k); });
    if (static_cast<std::size_t>(inside) * 2 > at.size()) continue;
    for (std::size_t k : at) running[k] = true;
  }
  mark_page_margins(lines, where, running);
  mark_symbol_headers(lines, running);
  mark_folios(lines, running);
  return running;
}

// Ends with a Latin comma: in English the sentence goes on when the next paragraph starts in
// lower case. Not the Chinese comma: every preambular paragraph of a Chinese resolution ends in
// "，" and the next one starts with a Han character, as a continuation would.
bool ends_with_latin_comma(std::string_view text) {
  text = utf8::trim(text);
  return !text.empty() && text.back() == ',';
}

// A paragraph broken by a page whose foot holds footnotes or whose head holds a running header
// ("...特别是在以下" / "² A/74/130。" / "领域："): the continuation joins the paragraph it
// continues, and the footnotes and headers stay paragraphs of their own. The paragraph must
// run on (end in a word) or, in English, end in a comma; the continuation must start in lower
// case (English) or with a Han character (Chinese).
void join_across_page_furniture(std::vector<RawParagraph>& paragraphs, Lang lang) {
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    RawParagraph& p = paragraphs[i];
    if (!(runs_on(p.text) || (lang == Lang::kEn && ends_with_latin_comma(p.text))) ||
        !long_prose_line(p.text) || !p.ends_full_line || resolution_title(p.text)) {
      continue;
    }
    std::size_t j = i + 1;
    bool page_break = false;  // a running header, footer or page number in between
    while (j < paragraphs.size() &&
           (paragraphs[j].running || is_boilerplate(paragraphs[j].text) ||
            parse_label(paragraphs[j].text).style == LabelStyle::kFootnote)) {
      page_break |= paragraphs[j].running;
      ++j;
    }
    if (j == i + 1 || j >= paragraphs.size()) continue;
    RawParagraph& q = paragraphs[j];
    // Across a page break, a paragraph cut mid-clause goes on whatever the case of the next
    // word ("the Supreme People's" / running header / "Court and ..."). Otherwise the next
    // paragraph must start in lower case: a masthead's committee name runs on into the title
    // below it, and preambular paragraphs end in commas before one that starts in capitals.
    const bool continues =
        starts_lower_or_han(q.text, lang) || (page_break && runs_on(p.text) && starts_word(q.text));
    if (!continues || !parse_label(q.text).empty()) continue;
    std::size_t last_start = 0;
    const bool han = utf8::is_han(utf8::previous(p.text, p.text.size(), last_start));
    if (!han) {
      p.map.anchor(p.text.size(), q.span.begin > 0 ? q.span.begin - 1 : 0);
      p.text += ' ';
    }
    p.map.append(q.map, p.text.size());
    p.text += q.text;
    p.span.end = q.span.end;
    p.ends_full_line = q.ends_full_line;
    paragraphs.erase(paragraphs.begin() + static_cast<std::ptrdiff_t>(j));
  }
}

std::vector<RawParagraph> split_paragraphs(std::string_view text, Lang lang, ParagraphMode mode) {
  const std::vector<Line> lines = split_lines(text);
  std::vector<RawParagraph> out;
  if (mode == ParagraphMode::kLine) {
    for (const Line& l : lines) {
      Builder b;
      b.line = l.number;
      b.begin = l.offset;
      b.end = l.offset;
      b.add_line(l);
      out.push_back({std::move(b.text), std::move(b.map), {b.begin, b.end}, l.number});
    }
    return out;
  }
  bool any_blank = false;
  for (std::size_t k = 1; k + 1 < lines.size(); ++k) any_blank |= lines[k].blank;
  std::size_t margin = 0;  // a file without blank lines wrapped at this width: see reflow_margin
  if (mode == ParagraphMode::kAuto && !any_blank) {
    margin = reflow_margin(lines, lang);
    mode = margin > 0 ? ParagraphMode::kBlankLine : ParagraphMode::kLine;
  }
  const bool wrapped = mode == ParagraphMode::kBlankLine && hard_wrapped(lines);
  const std::vector<bool> running = running_lines(lines);
  // Table rows matter only where lines may join.
  const std::vector<bool> table =
      mode == ParagraphMode::kLine ? std::vector<bool>(lines.size(), false) : table_rows(lines);

  Builder current;
  std::size_t blank_run = 0;
  std::string_view previous;  // the last non-blank line
  std::size_t previous_index = 0;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const Line& l = lines[k];
    if (l.blank) {
      ++blank_run;
      continue;
    }
    if (running[k]) {
      flush(current, out);
      current.add_line(l);
      flush(current, out);
      out.back().running = true;
      continue;
    }
    bool join = false;
    if (!current.empty()) {
      const bool starts_new = starts_with_label_or_bullet(l.text) || is_boilerplate(l.text) ||
                              is_boilerplate(previous) ||
                              (note_number_line(l.text) && ends_sentence(previous)) || table[k] ||
                              (k > 0 && table[previous_index]);
      if (mode == ParagraphMode::kLine) {
        join = false;
      } else if (margin > 0) {
        // No blank lines: a line that reaches the margin runs on into the next, unless that one
        // is indented further (a paragraph's first line); a shorter one ends its paragraph.
        // In English a comma or semicolon before a capital ends one too ("…, and Public
        // Participation," ¶ "Welcoming …": a resolution's preambular paragraphs). Not a full
        // stop: a report's sentences end at a line's end about as often as its paragraphs do,
        // and its paragraphs are numbered.
        join = !starts_new && display_width(utf8::trim(previous)) * 4 >= margin * 3 &&
               utf8::space_prefix(l.text) <= utf8::space_prefix(previous) &&
               !(lang != Lang::kZh && ends_with_clause_stop(previous) && starts_capital(l.text));
      } else if (blank_run == 0) {
        // Inside a block: wrapped text joins; otherwise a line ending without punctuation runs
        // on into the next (a title broken over two lines). Not a heading of a few words on a
        // line of its own above its text ("Summary" ¶ "The present report is submitted …",
        // 摘要 ¶ 本报告…): a short first line without punctuation or label (`Article 7` ¶ its
        // title, a note's number ¶ its body stay together), a line at least twice as wide and
        // 40 columns or more under it, ending in punctuation unless the file is hard-wrapped.
        const auto heading_above = [&] {
          if (current.line != lines[previous_index].number || ends_with_punctuation(previous) ||
              !(wrapped || ends_with_punctuation(l.text))) {
            return false;
          }
          const std::size_t above = display_width(utf8::trim(previous));
          const std::size_t width = display_width(utf8::trim(l.text));
          return above <= 40 && width >= 40 && width >= 2 * above &&
                 parse_label(previous).empty() && !note_number_line(previous);
        };
        join = !starts_new && (wrapped || !ends_sentence(previous)) && !heading_above();
      } else {
        // Across blank lines only a page break inside a long paragraph: the text runs on in the
        // middle of a word or clause, and the next line continues it. Not a resolution's title,
        // which never ends in punctuation ("[xx/xxx]. 联合国打击网络犯罪公约" ¶ "大会，").
        join = !starts_new && runs_on(previous) && long_prose_line(previous) &&
               current.ends_full_line() && starts_lower_or_han(l.text, lang) &&
               !resolution_title(current.text);
      }
    }
    if (!join) flush(current, out);
    current.add_line(l);
    previous = l.text;
    previous_index = k;
    blank_run = 0;
  }
  flush(current, out);
  join_across_page_furniture(out, lang);
  return out;
}

}  // namespace

Document segment_text(std::string text, const std::string& name, const SegmentOptions& options) {
  Document doc;
  doc.name = name;
  doc.text = std::move(text);
  doc.lang = options.lang != Lang::kUnknown
                 ? options.lang
                 : (utf8::looks_chinese(std::string_view(doc.text).substr(0, 1 << 16)) ? Lang::kZh
                                                                                       : Lang::kEn);
  std::vector<RawParagraph> raw = split_paragraphs(doc.text, doc.lang, options.mode);
  doc.paragraphs.reserve(raw.size());
  for (RawParagraph& r : raw) {
    Paragraph p;
    p.index = doc.paragraphs.size();
    p.text = std::move(r.text);
    p.span = r.span;
    p.line = r.line;
    p.label = parse_label(p.text);
    doc.paragraphs.push_back(std::move(p));
  }
  if (options.mode != ParagraphMode::kLine) {
    assign_kinds(doc.paragraphs);
    for (std::size_t k = 0; k < raw.size(); ++k) {
      if (raw[k].running) doc.paragraphs[k].kind = ParagraphKind::kPage;
    }
    assign_levels(doc.paragraphs);
  } else {
    for (Paragraph& p : doc.paragraphs) {
      p.footnote_refs = footnote_markers(std::string_view(p.text).substr(p.label.length));
    }
  }
  for (std::size_t k = 0; k < doc.paragraphs.size(); ++k) {
    Paragraph& p = doc.paragraphs[k];
    if (options.keys) p.key = match_key(p.text);
    if (!options.sentences) continue;
    p.sentences = split_sentences(p.text, doc.lang, options.sentence);
    for (Segment& s : p.sentences) {
      s.span = {raw[k].map.to_document(s.span.begin), raw[k].map.to_document(s.span.end)};
      s.text = display_text(s.text);
      s.paragraph = p.index;
      s.kind = p.kind;
      s.line = p.line;
      if (options.keys) s.key = p.sentences.size() == 1 ? p.key : match_key(s.text);
    }
    if (!p.sentences.empty()) p.sentences.front().label = p.label;
  }
  return doc;
}

Document load_document(const std::string& path, const SegmentOptions& options) {
  const std::string bytes = read_file_bytes(path);
  Decoded decoded = decode(bytes, path, options.decode);
  Document doc = segment_text(std::move(decoded.text), path, options);
  doc.encoding = decoded.encoding;
  doc.repairs = decoded.repairs;
  return doc;
}

}  // namespace bitext::text
