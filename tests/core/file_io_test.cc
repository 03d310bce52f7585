#include "bitext/core/file_io.h"

#include <gtest/gtest.h>

#include "bitext/core/error.h"
#include "test_support.h"

namespace bitext {
namespace {

TEST(ReadFileBytes, NamesTheFileWhenMissingOrADirectory) {
  test::TempDir dir;
  try {
    ReadFileBytes(dir.File("absent.txt"));
    FAIL() << "no exception";
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), dir.File("absent.txt"));
    EXPECT_NE(std::string(e.what()).find("no such file"), std::string::npos);
  }
  EXPECT_THROW(ReadFileBytes(dir.path()), InputError);
}

TEST(AtomicOutput, AppearsOnlyOnCommit) {
  test::TempDir dir;
  const std::string target = dir.File("out.txt");
  {
    AtomicOutput out(target);
    out.stream() << "half";
    EXPECT_FALSE(test::FileExists(target));
    // destroyed without Commit: nothing is left behind
  }
  EXPECT_TRUE(dir.List().empty());
  {
    AtomicOutput out(target);
    out.stream() << "whole";
    out.Commit();
  }
  EXPECT_EQ(test::ReadFile(target), "whole");
  EXPECT_EQ(dir.List().size(), 1u);
}

TEST(AtomicOutput, KeepsTheOldFileWhenAbandoned) {
  test::TempDir dir;
  const std::string target = dir.File("out.txt");
  test::WriteFile(target, "old");
  {
    AtomicOutput out(target);
    out.stream() << "new but failed";
  }
  EXPECT_EQ(test::ReadFile(target), "old");
}

TEST(AtomicOutput, RefusesAMissingDirectory) {
  test::TempDir dir;
  EXPECT_THROW(AtomicOutput(dir.File("no/such/dir/out.txt")), ResourceError);
}

}  // namespace
}  // namespace bitext
