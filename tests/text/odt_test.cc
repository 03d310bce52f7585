#include "bitext/text/odt.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "bitext/core/error.h"
#include "bitext/text/decode.h"
#include "bitext/text/document.h"
#include "decode_error.h"
#include "test_support.h"

namespace bitext::text {
namespace {

const char* const kNamespaces =
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

// content.xml with this body (inside office:text) and these automatic styles.
std::string content(const std::string& body, const std::string& styles = "") {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content ") +
         kNamespaces + " office:version=\"1.3\"><office:automatic-styles>" + styles +
         "</office:automatic-styles><office:body><office:text>" + body +
         "</office:text></office:body></office:document-content>";
}

// styles.xml with these common styles.
std::string styles_part(const std::string& styles) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles ") +
         kNamespaces + "><office:styles>" + styles + "</office:styles></office:document-styles>";
}

std::string p(const std::string& text) { return "<text:p>" + text + "</text:p>"; }

std::string item(const std::string& inside) {
  return "<text:list-item>" + inside + "</text:list-item>";
}

// A list level numbered in this ODF format, with a prefix and suffix.
std::string number_level(int level, const std::string& format, const std::string& prefix,
                         const std::string& suffix, const std::string& extra = "") {
  return "<text:list-level-style-number text:level=\"" + std::to_string(level) +
         "\" style:num-format=\"" + format + "\" style:num-prefix=\"" + prefix +
         "\" style:num-suffix=\"" + suffix + "\" " + extra + "/>";
}

std::string odt_file(const std::string& content_xml, const std::string& styles_xml = "",
                     const std::string& mimetype = "application/vnd.oasis.opendocument.text") {
  test::TempDir dir;
  std::vector<std::pair<std::string, std::string>> parts = {{"mimetype", mimetype},
                                                            {"content.xml", content_xml}};
  if (!styles_xml.empty()) parts.emplace_back("styles.xml", styles_xml);
  test::write_zip(dir.file("d.odt"), parts);
  return test::read_file(dir.file("d.odt"));
}

std::string text_of(const std::string& body, const std::string& styles = "",
                    const std::string& styles_xml = "") {
  return odt_text(odt_file(content(body, styles), styles_xml), "d.odt");
}

TEST(Odt, ParagraphsSpacesBreaksNotesTablesAndTextBoxes) {
  const std::string body =
      "<text:h text:outline-level=\"1\">Distr.: <text:span>General</text:span></text:h>" +
      p("  Welcomes   the\n  report<text:s text:c=\"3\"/>of<text:tab/>the<text:line-break/>"
        "Secretary-General<text:bookmark text:name=\"x\"/><text:soft-page-break/>"
        "<text:toc-mark-start text:id=\"t\"/><text:alphabetical-index-mark "
        "text:string-value=\"index entry\"/> (see <text:bookmark-ref text:ref-name=\"x\">"
        "paragraph 5</text:bookmark-ref>)"
        "<office:annotation><dc:creator>A</dc:creator><text:p>a comment</text:p>"
        "</office:annotation>,<text:note text:note-class=\"footnote\"><text:note-citation>1"
        "</text:note-citation><text:note-body><text:p>See A/74/130.</text:p><text:p>And "
        "more.</text:p></text:note-body></text:note> and the note<text:note "
        "text:note-class=\"endnote\"><text:note-citation>i</text:note-citation><text:note-body>"
        "<text:p>An endnote.</text:p></text:note-body></text:note>.") +
      "<text:tracked-changes><text:changed-region><text:deletion><text:p>deleted text"
      "</text:p></text:deletion></text:changed-region></text:tracked-changes>" +
      p("") + p("   ") +
      "<table:table><table:table-header-rows><table:table-row><table:table-cell>" + p("head") +
      "</table:table-cell></table:table-row></table:table-header-rows><table:table-row>"
      "<table:table-cell>" +
      p("cell one") + "</table:table-cell><table:covered-table-cell/><table:table-cell>" +
      p("cell <text:a>two</text:a>") + "</table:table-cell></table:table-row></table:table>" +
      p("anchor<draw:frame><draw:text-box>" + p("in a box") + "</draw:text-box></draw:frame>") +
      "<text:section>" +
      p("in a section<text:note text:note-class=\"footnote\">"
        "<text:note-body><text:p>Second note.</text:p></text:note-body>"
        "</text:note>") +
      "</text:section>";
  EXPECT_EQ(
      text_of(body),
      "Distr.: General\n\n"
      "Welcomes the report   of\tthe\nSecretary-General (see paragraph 5),¹ and the note¹.\n\n"
      "head\n\ncell one\n\ncell two\n\nanchor\n\nin a box\n\nin a section²\n\n"
      "¹ See A/74/130. And more.\n\n² Second note.\n\n¹ An endnote.");
}

TEST(Odt, ListNumberingAsTheListStyleDisplaysIt) {
  const std::string styles =
      "<text:list-style style:name=\"L1\">" + number_level(1, "1", "", ".") +
      number_level(2, "a", "(", ")") + number_level(3, "i", "", ".", "text:display-levels=\"1\"") +
      "</text:list-style>" + "<text:list-style style:name=\"L2\">" +
      number_level(1, "一, 二, 三, ...", "", "、") +
      number_level(2, "1", "", "", "text:display-levels=\"2\"") + "</text:list-style>" +
      "<text:list-style style:name=\"B\"><text:list-level-style-bullet text:level=\"1\" "
      "text:bullet-char=\"•\"/></text:list-style>" +
      "<style:style style:name=\"P9\" style:family=\"paragraph\" "
      "style:parent-style-name=\"Numbered\"/>";
  const std::string common =
      "<text:list-style style:name=\"L3\">" + number_level(1, "A", "", ".") +
      "</text:list-style><style:style style:name=\"Numbered\" style:family=\"paragraph\" "
      "style:list-style-name=\"L3\"/>";
  const std::string body =
      "<text:list text:style-name=\"L1\">" + item(p("Welcomes")) +
      item(p("Requests") + "<text:list>" + item(p("to report;")) +
           item(p("to act;") + p("a second paragraph of the item")) + "</text:list>") +
      "<text:list-header>" + p("a header, not numbered") + "</text:list-header>" +
      item(p("Decides")) + "</text:list>" + p("Interrupted.") +
      "<text:list text:style-name=\"L1\" text:continue-numbering=\"true\">" + item(p("Continues")) +
      "</text:list>" + "<text:list text:style-name=\"L1\">" + item(p("Restarts")) +
      "<text:list-item text:start-value=\"7\">" + p("Seventh") + "</text:list-item>" +
      "</text:list>" + "<text:list text:style-name=\"L2\">" +
      item(p("总则") + "<text:list>" + item(p("第一款")) + item(p("第二款")) + "</text:list>") +
      item(p("分则")) + "</text:list>" + "<text:list text:style-name=\"B\">" + item(p("a bullet")) +
      "</text:list>" + "<text:list>" +
      item("<text:p text:style-name=\"P9\">by its paragraph style</text:p>") + "</text:list>" +
      "<text:list text:style-name=\"L1\">" +
      item("<text:p><text:number>(x)</text:number>written down</text:p>") + "</text:list>";
  EXPECT_EQ(text_of(body, styles, styles_part(common)),
            "1. Welcomes\n\n2. Requests\n\n(a) to report;\n\n(b) to act;\n\n"
            "a second paragraph of the item\n\na header, not numbered\n\n3. Decides\n\n"
            "Interrupted.\n\n4. Continues\n\n1. Restarts\n\n7. Seventh\n\n"
            "一、 总则\n\n一.1 第一款\n\n一.2 第二款\n\n二、 分则\n\na bullet\n\n"
            "A. by its paragraph style\n\n(x) written down");
}

TEST(Odt, HeadingsNumberedByTheOutlineStyle) {
  const std::string outline =
      "<text:outline-style style:name=\"Outline\"><text:outline-level-style text:level=\"1\" "
      "style:num-format=\"I\" style:num-suffix=\".\"/><text:outline-level-style "
      "text:level=\"2\" style:num-format=\"A\" style:num-suffix=\".\"/></text:outline-style>";
  const std::string body =
      std::string("<text:h text:outline-level=\"1\">Introduction</text:h>") +
      "<text:h text:outline-level=\"2\">Mandate</text:h>" +
      "<text:h text:outline-level=\"2\">Organization</text:h>" +
      std::string("<text:h text:outline-level=\"1\" text:is-list-header=\"true\">Annex</text:h>") +
      "<text:h text:outline-level=\"1\">Conclusions</text:h>";
  EXPECT_EQ(text_of(body, "", styles_part(outline)),
            "I. Introduction\n\nA. Mandate\n\nB. Organization\n\nAnnex\n\nII. Conclusions");
  // Without an outline style (LibreOffice's default numbers no heading): no labels.
  EXPECT_EQ(text_of(body), "Introduction\n\nMandate\n\nOrganization\n\nAnnex\n\nConclusions");
}

TEST(Odt, ReadThroughDecodeAsDocumentsAreLabelsAndFootnotes) {
  const std::string styles =
      "<text:list-style style:name=\"L1\">" + number_level(1, "1", "", ".") + "</text:list-style>";
  const std::string body = "<text:list text:style-name=\"L1\">" +
                           item(p("大会请秘书长提交报告。<text:note text:note-class=\"footnote\">"
                                  "<text:note-body><text:p>A/74/130。</text:p></text:note-body>"
                                  "</text:note>")) +
                           item(p("决定继续审议这个问题。")) + "</text:list>";
  test::TempDir dir;
  test::write_file(dir.file("r.odt"), odt_file(content(body, styles)));
  const Document d = load_document(dir.file("r.odt"), {});
  EXPECT_EQ(d.encoding, "ODT");
  ASSERT_EQ(d.paragraphs.size(), 3u);
  EXPECT_EQ(d.paragraphs[0].label.number, "1");
  EXPECT_EQ(d.paragraphs[1].label.number, "2");
  EXPECT_EQ(d.paragraphs[2].kind, ParagraphKind::kFootnote);
  // A .docx still reads as Word.
  test::write_zip(
      dir.file("w.docx"),
      {{"word/document.xml", test::docx_document("<w:p><w:r><w:t>Word text.</w:t></w:r></w:p>")}});
  EXPECT_EQ(office_text(test::read_file(dir.file("w.docx")), "w.docx").format, "DOCX");
}

TEST(Odt, BadFilesFailNamingTheFile) {
  const auto error_of = [](const std::string& bytes) { return decode_error(bytes, "in.odt"); };
  const std::string sheet =
      std::string("<?xml version=\"1.0\"?><office:document-content ") + kNamespaces +
      "><office:body><office:spreadsheet/></office:body></office:document-content>";
  EXPECT_NE(error_of(odt_file(sheet, "", "application/vnd.oasis.opendocument.spreadsheet"))
                .find("spreadsheet, not a text document"),
            std::string::npos);
  EXPECT_NE(error_of(odt_file(sheet)).find("an OpenDocument spreadsheet, not a text"),
            std::string::npos);
  EXPECT_NE(error_of(odt_file(content(p("  ")))).find(".odt file without text"), std::string::npos);
  EXPECT_NE(error_of(odt_file("<office:document-content><office:body>"))
                .find("content.xml: malformed XML at byte"),
            std::string::npos);
  EXPECT_NE(
      error_of(odt_file(content(p("x")), "<office:document-styles>")).find("styles.xml: malformed"),
      std::string::npos);
  test::TempDir dir;
  test::write_zip(dir.file("other.zip"), {{"readme.txt", "hello"}});
  EXPECT_NE(error_of(test::read_file(dir.file("other.zip"))).find("neither a Word .docx"),
            std::string::npos);
  EXPECT_THROW(odt_text(test::read_file(dir.file("other.zip")), "other.zip"), InputError);
  std::string deep;
  for (int k = 0; k < 100000; ++k) deep += "<text:span>";
  deep += "deep";
  for (int k = 0; k < 100000; ++k) deep += "</text:span>";
  EXPECT_NE(error_of(odt_file(content(p(deep)))).find("nested over"), std::string::npos);
  std::string lists;
  for (int k = 0; k < 300; ++k) lists += "<text:list><text:list-item>";
  lists += p("deep");
  for (int k = 0; k < 300; ++k) lists += "</text:list-item></text:list>";
  EXPECT_NE(error_of(odt_file(content(lists))).find("nested over"), std::string::npos);
}

}  // namespace
}  // namespace bitext::text
