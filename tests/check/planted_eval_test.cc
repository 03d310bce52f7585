#include <gtest/gtest.h>
TEST(Placeholder, Eval) {}
