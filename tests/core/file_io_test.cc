#include "bitext/core/file_io.h"

#include <gtest/gtest.h>

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
