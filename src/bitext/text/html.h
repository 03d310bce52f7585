#pragma once

// Web pages (a UN document saved from the browser, ODS's HTML): the text of their blocks, one
// paragraph per block, as the text stage reads plain text. Parsed by libxml2's HTML parser
// (Debian libxml2-dev), which recovers from the tag soup real pages hold.
//
//   if (text::looks_like_html(utf8)) utf8 = text::html_text(utf8, "A_RES_74_173.html");

#include <string>
#include <string_view>

namespace bitext::text {

// Whether decoded text is an HTML page: it opens (after white space and comments) with
// <!DOCTYPE html> or <html, in any case.
bool looks_like_html(std::string_view text);

// The page's text: blocks (p, h1-h6, li, td, div holding text …) as paragraphs separated by
// blank lines, <br> as a line break, white space collapsed as a browser shows it (a line break
// between two Han characters is no space), ordered lists numbered as a browser numbers them
// (1., a., i. …, from `start`), superscript digits and Word's footnote links ([1] to #_ftn1) as
// ¹²³ (footnote markers); scripts, styles
// and the head left out. Throws InputError naming `name` for a page over 2 GB or one libxml2
// cannot read.
std::string html_text(std::string_view html, const std::string& name);

}  // namespace bitext::text
