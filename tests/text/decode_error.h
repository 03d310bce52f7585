#pragma once

// The message decoding bad bytes ends in, for the tests of the readers of office files.

#include <gtest/gtest.h>

#include <string>

#include "bitext/core/error.h"
#include "bitext/text/decode.h"

namespace bitext::text {

// The InputError's message (checking that it names `name`), or "no error".
inline std::string decode_error(const std::string& bytes, const std::string& name) {
  try {
    decode(bytes, name);
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), name);
    return e.what();
  }
  return "no error";
}

}  // namespace bitext::text
