#include "bitext/text/transliteration.h"

#include <algorithm>
#include <cctype>

#include "bitext/core/utf8.h"
#include "bitext/text/pinyin.h"

namespace bitext::text {
namespace {

// Consonant classes.
constexpr char kB = 'b';  // b p
constexpr char kD = 'd';  // d t
constexpr char kK = 'k';  // g k c q
constexpr char kW = 'w';  // f v w ph
constexpr char kL = 'l';  // l r
constexpr char kJ = 'j';  // j q zh ch (pinyin), j and soft g (English)
constexpr char kS = 's';  // s x sh z c (pinyin), s z soft c sh (English)
constexpr char kM = 'm';
constexpr char kN = 'n';
constexpr char kH = 'h';  // h: kept, but optional on both sides (多哈 for Doha, 汉 for Han)

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// The class of a consonant letter where pinyin and English agree (0 for the others: c, h, q, x,
// and y, which each spell their own way).
char letter_class(char c) {
  switch (c) {
    case 'b':
    case 'p':
      return kB;
    case 'd':
    case 't':
      return kD;
    case 'g':
    case 'k':
      return kK;
    case 'f':
    case 'v':
    case 'w':
      return kW;
    case 'l':
    case 'r':
      return kL;
    case 'j':
      return kJ;
    case 's':
    case 'z':
      return kS;
    case 'm':
      return kM;
    case 'n':
      return kN;
    default:
      return 0;
  }
}

void push(SoundKey& key, char cls, char alt = 0, bool optional = false) {
  key.push_back(Sound{cls, alt, optional});
}

bool compatible(const Sound& a, const Sound& b) {
  return a.cls == b.cls || (b.alt != 0 && a.cls == b.alt) || (a.alt != 0 && a.alt == b.cls);
}

// The syllable's consonants: its initial, and a closing nasal (optional).
void syllable(std::string_view p, SoundKey& key) {
  if (p == "er") {  // 尔, 耳: an r or l, or nothing (乔治 for George)
    push(key, kL, 0, true);
    return;
  }
  if (p == "wu") {  // 乌, 伍: a w, or a vowel (乌干达 for Uganda)
    push(key, kW, 0, true);
    return;
  }
  std::string_view rest = p;
  if (p.substr(0, 2) == "zh" || p.substr(0, 2) == "ch") {
    push(key, kJ);
    rest = p.substr(2);
  } else if (p.substr(0, 2) == "sh") {
    push(key, kS);
    rest = p.substr(2);
  } else if (!p.empty() && !vowel(p[0])) {
    const char c = p[0];
    rest = p.substr(1);
    if (c == 'h') {
      // hua, hui, huo: a w (华盛顿 for Washington, 霍华德 for Howard); else an h, optional.
      if (rest.size() >= 2 && rest[0] == 'u' && vowel(rest[1])) {
        push(key, kW, kH);
      } else {
        push(key, kH, 0, true);
      }
    } else if (c == 'q') {
      push(key, kJ);
    } else if (c == 'x' || c == 'c') {
      push(key, kS);
    } else if (const char cls = letter_class(c); cls != 0) {
      push(key, cls);
    }  // y: a vowel
  }
  if (rest.size() >= 1 && rest.back() == 'n') push(key, kN, kM, true);
  if (rest.size() >= 2 && rest.substr(rest.size() - 2) == "ng") push(key, kN, kM, true);
}

}  // namespace

SoundKey english_sound(std::string_view word) {
  std::string w;
  for (char c : word) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return {};
    w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  SoundKey key;
  const std::size_t n = w.size();
  auto at = [&](std::size_t i) { return i < n ? w[i] : '\0'; };
  for (std::size_t i = 0; i < n; ++i) {
    const char c = w[i];
    const char next = at(i + 1);
    if (vowel(c) || (i > 0 && c == w[i - 1])) continue;  // vowels; doubled letters once
    const bool before_vowel = next != '\0' && vowel(next);
    const std::string_view two = std::string_view(w).substr(i, 2);
    if (two == "ph" || two == "wh") {
      push(key, kW);
      ++i;
    } else if (two == "th") {
      push(key, kD, kS);  // 托马斯 for Thomas, 史密斯 for Smith
      ++i;
    } else if (two == "sh") {
      push(key, kS);
      ++i;
    } else if (two == "ch") {
      push(key, kJ, kK);  // 查尔斯 for Charles, 克里斯 for Chris
      ++i;
    } else if (two == "ck" || two == "qu") {
      push(key, kK);
      ++i;
    } else if (two == "gh") {
      ++i;  // silent: Kavanaugh, Hugh
    } else if (two == "ng" && !(i + 2 < n && vowel(w[i + 2]))) {
      push(key, kN, kM, true);  // -ing, -ington: a closing nasal
      ++i;
    } else {
      const bool after_vowel = i > 0 && vowel(w[i - 1]);
      const bool last = i + 1 == n;
      if (c == 'c') {
        push(key, next == 'e' || next == 'i' || next == 'y' ? kS : kK);
      } else if (c == 'g') {
        push(key, kK, next == 'e' || next == 'i' || next == 'y' ? kJ : 0);
      } else if (c == 'q') {
        push(key, kK);
      } else if (c == 'x') {
        push(key, kK);
        push(key, kS);
      } else if (c == 'h') {
        push(key, kH, 0, true);
      } else if (c == 'm' || c == 'n') {
        // Before a consonant or at the end: the nasal closing a syllable, optional.
        const bool closing = i > 0 && !before_vowel;
        push(key, letter_class(c), closing ? (c == 'm' ? kN : kM) : 0, closing);
      } else if (const char cls = letter_class(c); cls != 0) {
        // What transliteration may leave out: a closing t, d or s after a vowel (珍妮 for Janet,
        // 摩西 for Moses); an r or w after a vowel and before a consonant or the end (乔治 for
        // George, 肖恩 for Shawn).
        const bool optional = ((c == 'd' || c == 't' || c == 's') && last && after_vowel) ||
                              ((c == 'r' || c == 'w') && after_vowel && !before_vowel);
        push(key, cls, 0, optional);
      }
    }
  }
  return key;
}

bool is_transliteration_char(char32_t c) {
  // The characters of the Xinhua transliteration tables most names are written with.
  static constexpr std::u32string_view kChars =
      U"阿埃艾爱安昂奥澳巴芭拜班邦保鲍贝本比彼毕宾波伯勃博布查达黛戴丹道德登迪蒂丁东杜敦多厄恩"
      U"尔耳法凡范菲斐费芬丰冯弗伏福夫芙富盖甘冈高戈哥格贡古瓜圭哈海汉豪浩赫亨胡华霍基吉加贾杰金"
      U"卡凯坎康考柯科克肯库夸奎昆拉腊莱赖兰朗劳勒雷蕾里利莉丽连林琳卢鲁路伦罗洛吕马玛迈麦曼芒"
      U"梅门蒙米密缪敏明摩莫默姆穆纳娜乃奈南内妮尼涅宁纽努诺欧帕潘庞佩彭皮珀普奇齐恰乔切钦琴琼丘"
      U"屈萨塞赛桑瑟森沙莎尚舍什施史斯松苏索塔泰坦汤唐陶特提田图托瓦万旺威韦维温文沃乌伍武西希锡"
      U"夏谢辛休雅亚扬耶伊依因英尤于约泽扎詹兹佐娅薇丝萝琪也盛顿治干以撒拿迦罕便悉珥押"
      U"逊肖珍珊茨隆瑞崔舒朱祖卓露璐娃荣"
      // The same in Traditional characters (ICU's Hans-Hant of the above).
      U"乾亞倫傑內凱勞呂喬圖奧婭寧岡庫愛捨揚於東榮欽歐湯溫漢澤烏爾瑪瓊畢盧範約納紐絲維繆羅臘茲華萊"
      U"萬蓋薩蘇蘭蘿誇諾謝豐貝貢費賈賓賴賽連達遜邁錫門韋頓馬馮魯鮑麗麥齊龐";
  return kChars.find(c) != std::u32string_view::npos;
}

SoundKey chinese_sound(std::string_view run) {
  SoundKey key;
  for (std::size_t i = 0; i < run.size();) {
    const char32_t c = utf8::next(run, i);
    const std::string_view p = pinyin(c);
    if (p.empty() || !is_transliteration_char(c)) return {};
    syllable(p, key);
  }
  return key;
}

bool sounds_alike(const SoundKey& zh, const SoundKey& en) {
  if (zh.empty() || en.empty()) return false;
  // best[i][j]: most consonants matched aligning zh[0, i) with en[0, j); -1 unreachable.
  const std::size_t n = zh.size(), m = en.size();
  std::vector<int> best((n + 1) * (m + 1), -1);
  auto cell = [&](std::size_t i, std::size_t j) -> int& { return best[i * (m + 1) + j]; };
  cell(0, 0) = 0;
  for (std::size_t i = 0; i <= n; ++i) {
    for (std::size_t j = 0; j <= m; ++j) {
      const int here = cell(i, j);
      if (here < 0) continue;
      if (i < n && zh[i].optional) cell(i + 1, j) = std::max(cell(i + 1, j), here);
      if (j < m && en[j].optional) cell(i, j + 1) = std::max(cell(i, j + 1), here);
      if (i < n && j < m && compatible(zh[i], en[j])) {
        cell(i + 1, j + 1) = std::max(cell(i + 1, j + 1), here + 1);
      }
    }
  }
  return cell(n, m) >= 2;
}

}  // namespace bitext::text
