#include "bitext/text/html.h"

#include <gtest/gtest.h>

#include <string>

#include "bitext/core/error.h"
#include "bitext/text/decode.h"
#include "bitext/text/document.h"
#include "decode_error.h"

namespace bitext::text {
namespace {

TEST(Html, RecognisedByItsOpening) {
  EXPECT_TRUE(looks_like_html("<!DOCTYPE html>\n<html><body><p>x</p></body></html>"));
  EXPECT_TRUE(looks_like_html("\xEF\xBB\xBF  <!-- saved from url --><HTML lang=\"zh\">"));
  EXPECT_TRUE(looks_like_html("<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">"));
  EXPECT_FALSE(looks_like_html("<p>A paragraph written with a tag</p>"));
  EXPECT_FALSE(looks_like_html("1. Welcomes the report <html> of the Secretary-General;"));
  EXPECT_FALSE(looks_like_html("<!-- a comment that never ends"));
}

// A resolution as a browser saves it: the head, a script and a style left out, one paragraph per
// block, inline markup inside its paragraph, <br> a line break, <sup>1</sup> a footnote marker,
// an ordered list numbered as a browser numbers it, entities decoded.
TEST(Html, BlocksAreParagraphs) {
  const std::string text = html_text(
      "<!DOCTYPE html><html><head><title>A/RES/74/173</title>"
      "<style>p { margin: 0 }</style><script>var x = '<p>not text</p>';</script></head><body>\n"
      "<div class=\"masthead\">United Nations<br>General Assembly</div>\n"
      "<p>Recalling its <a href=\"#\">resolution 65/230</a> of 21&nbsp;December 2010,<sup>1</sup>"
      " in which it <b>endorsed</b>\n   the Salvador Declaration,</p>\n"
      "<ol type=\"a\" start=\"3\"><li>Technical assistance;</li><li value=\"6\">Training &amp; "
      "capacity-building.</li></ol>\n"
      "<table><tr><td>Africa</td><td>12</td></tr></table>\n"
      "</body></html>",
      "res.html");
  EXPECT_EQ(text,
            "United Nations\nGeneral Assembly\n\n"
            "Recalling its resolution 65/230 of 21 December 2010,\xC2\xB9 in which it endorsed the "
            "Salvador Declaration,\n\n"
            "c. Technical assistance;\n\n"
            "f. Training & capacity-building.\n\n"
            "Africa\n\n12\n\n");
}

// White space as a browser shows it: a line break in the source between two Han characters (or
// beside full-width punctuation) is no space; between a Han character and a number it is one.
TEST(Html, ChineseLineBreaksInTheSourceAreNoSpaces) {
  const std::string text = html_text(
      "<html><body><p>回顾其 2010 年 12 月 21 日第 65/230 号决议，\n其中大会核可了\n"
      "《萨尔瓦多宣言》\n2019 年</p></body></html>",
      "res.zh.html");
  EXPECT_EQ(
      text,
      "回顾其 2010 年 12 月 21 日第 65/230 号决议，其中大会核可了《萨尔瓦多宣言》 2019 年\n\n");
}

// Read through decode() in any encoding, then segmented as text: labels, footnotes, kinds.
TEST(Html, DecodedAndSegmentedAsText) {
  const std::string page =
      "<html><head><meta charset=\"utf-8\"></head><body>"
      "<h2>一. 导言</h2><p>1. 欢迎委员会第 26/4 号决议，<sup>1</sup> "
      "其中委员会决定审查每个主要问题；</p>"
      "<p><sup>1</sup> 见《经济及社会理事会正式记录，2017 年，补编第 10 号》。</p></body></html>";
  const Decoded d = decode(page, "a.zh.html");
  const Document doc = segment_text(d.text, "a.zh.html", {});
  ASSERT_EQ(doc.paragraphs.size(), 3u);
  EXPECT_EQ(doc.paragraphs[0].kind, ParagraphKind::kHeading);
  EXPECT_EQ(doc.paragraphs[1].label.number, "1");
  EXPECT_EQ(doc.paragraphs[1].footnote_refs, std::vector<std::string>{"1"});
  EXPECT_EQ(doc.paragraphs[2].kind, ParagraphKind::kFootnote);
}

// Word's "Save as Web Page": footnote references "[1]" linking to #_ftn1, the notes after the
// body linking back; Office's conditional comments and <o:p> left out.
TEST(Html, WordFootnotesBecomeMarkers) {
  const std::string page =
      "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><!--[if gte mso 9]><xml>"
      "</xml><![endif]--></head><body><div class=WordSection1><p class=MsoNormal>Recalling its "
      "resolution 65/230,<a href=\"#_ftn1\" name=\"_ftnref1\"><span "
      "class=MsoFootnoteReference>[1]</span></a> in which it endorsed the Declaration,<o:p></o:p>"
      "</p></div><div id=ftn1><p class=MsoFootnoteText><a href=\"#_ftnref1\" name=\"_ftn1\">[1]"
      "</a> See Official Records.</p></div><p><a href=\"#top\">[2]</a> is no note.</p></body>"
      "</html>";
  const Document doc = segment_text(decode(page, "w.html").text, "w.html", {});
  ASSERT_EQ(doc.paragraphs.size(), 3u);
  EXPECT_EQ(doc.paragraphs[0].text,
            "Recalling its resolution 65/230,\xC2\xB9 in which it endorsed the Declaration,");
  EXPECT_EQ(doc.paragraphs[0].footnote_refs, std::vector<std::string>{"1"});
  EXPECT_EQ(doc.paragraphs[1].kind, ParagraphKind::kFootnote);
  EXPECT_EQ(doc.paragraphs[1].text, "\xC2\xB9 See Official Records.");
  EXPECT_EQ(doc.paragraphs[2].text.find("[2] is no note."), 0u);
}

// Tag soup is read as a browser reads it; a page without text is an error naming the file.
TEST(Html, BrokenPagesRecoverAndEmptyPagesFail) {
  EXPECT_EQ(html_text("<html><p>An unclosed <b>bold<p>Next paragraph", "soup.html"),
            "An unclosed bold\n\nNext paragraph\n\n");
  // A loose list, each item's text in a paragraph (as pandoc writes one): the number opens it;
  // an empty item leaves nothing.
  EXPECT_EQ(html_text("<html><ol><li><p>Welcomes the report;</p></li><li></li><li><p>Decides to "
                      "remain seized.</p><p>Second block.</p></li></ol>",
                      "loose.html"),
            "1. Welcomes the report;\n\n3. Decides to remain seized.\n\nSecond block.\n\n");
  // Item numbers beyond any list's are kept within bounds, not overflowed.
  EXPECT_EQ(
      html_text("<html><ol start=\"99999999999999999999\"><li>x</li><li>y</li></ol>", "n.html"),
      "1000000. x\n\n1000001. y\n\n");
  EXPECT_NE(decode_error("<html><head><title>x</title></head><body><script>1</script></body>"
                         "</html>",
                         "empty.html")
                .find("without text"),
            std::string::npos);
}

}  // namespace
}  // namespace bitext::text
