#include "bitext/core/file_io.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "bitext/core/error.h"
#include "test_support.h"

namespace bitext {
namespace {

TEST(ReadFileBytes, NamesTheFileWhenMissingOrADirectory) {
  test::TempDir dir;
  try {
    read_file_bytes(dir.file("absent.txt"));
    FAIL() << "no exception";
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), dir.file("absent.txt"));
    EXPECT_NE(std::string(e.what()).find("no such file"), std::string::npos);
  }
  EXPECT_THROW(read_file_bytes(dir.path()), InputError);
}

TEST(LineReader, DropsTheBomAndCrAndNumbersLines) {
  test::TempDir dir;
  test::write_file(dir.file("a.txt"), "\xEF\xBB\xBF第一行\r\n\r\nthird\nno newline");
  LineReader in(dir.file("a.txt"));
  std::vector<std::string> lines;
  std::string line;
  while (in.next(line)) lines.push_back(line);
  EXPECT_EQ(lines, (std::vector<std::string>{"第一行", "", "third", "no newline"}));
  EXPECT_EQ(in.line_number(), 4u);
  EXPECT_FALSE(in.next(line));  // stays at the end
}

TEST(LineReader, NamesFileLineAndColumnOfIllFormedUtf8) {
  test::TempDir dir;
  test::write_file(dir.file("bad.txt"), "fine\nab\xC3(\n");
  LineReader in(dir.file("bad.txt"));
  std::string line;
  ASSERT_TRUE(in.next(line));
  try {
    in.next(line);
    FAIL() << "no exception";
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), dir.file("bad.txt"));
    EXPECT_EQ(e.line(), 2u);
    EXPECT_NE(std::string(e.what()).find("column 3"), std::string::npos) << e.what();
  }
  EXPECT_THROW(LineReader(dir.file("absent.txt")), InputError);
  EXPECT_THROW(LineReader(dir.path()), InputError);
}

TEST(AtomicOutput, AppearsOnlyOnCommit) {
  test::TempDir dir;
  const std::string target = dir.file("out.txt");
  {
    AtomicOutput out(target);
    out.stream() << "half";
    EXPECT_FALSE(test::file_exists(target));
    // destroyed without Commit: nothing is left behind
  }
  EXPECT_TRUE(dir.list().empty());
  {
    AtomicOutput out(target);
    out.stream() << "whole";
    out.commit();
  }
  EXPECT_EQ(test::read_file(target), "whole");
  EXPECT_EQ(dir.list().size(), 1u);
}

TEST(AtomicOutput, KeepsTheOldFileWhenAbandoned) {
  test::TempDir dir;
  const std::string target = dir.file("out.txt");
  test::write_file(target, "old");
  {
    AtomicOutput out(target);
    out.stream() << "new but failed";
  }
  EXPECT_EQ(test::read_file(target), "old");
}

TEST(AtomicOutput, RefusesAMissingDirectory) {
  test::TempDir dir;
  EXPECT_THROW(AtomicOutput(dir.file("no/such/dir/out.txt")), ResourceError);
}

}  // namespace
}  // namespace bitext
