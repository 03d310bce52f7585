#pragma once

// The language tag exchange formats give the Chinese side (TMX tuv and srclang, TBX langSet,
// the review page's lang attributes, which also pick the browser's CJK glyph forms).
//
//   std::string tag = io::chinese_tag(alignment.zh);  // "zh-TW" for 網絡犯罪, "zh-CN" for 网络犯罪

#include <string>
#include <string_view>
#include <vector>

#include "bitext/core/types.h"
#include "bitext/text/normalize.h"

namespace bitext::io {

// "zh-TW" when the sampled text is written in Traditional characters (text::is_traditional), else
// "zh-CN"; a non-empty `declared` tag (the user's --zh-tag: zh-HK, zh-Hant ...) wins.
std::string chinese_tag(const text::TraditionalSample& sample, std::string_view declared = {});
std::string chinese_tag(const std::vector<Segment>& segments, std::string_view declared = {});

// Checks a tag given by the user: a Chinese BCP-47 tag (zh, zh-CN, zh-TW, zh-HK, zh-Hant ...);
// ConfigError otherwise. Empty is fine (detect).
void check_chinese_tag(std::string_view tag);

}  // namespace bitext::io
