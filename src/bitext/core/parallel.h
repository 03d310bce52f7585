#pragma once

#include <cstddef>
#include <functional>

namespace bitext {

// Runs body(begin, end) over [0, count) in chunks of `grain` items on up to `threads` threads
// (the caller's thread included; 0 = all cores). Results must not depend on the thread count:
// bodies write to disjoint places. Exceptions from bodies are rethrown in the caller.
//
//   parallel_for(rows.size(), 64, options.threads, [&](size_t b, size_t e) { ... });
void parallel_for(std::size_t count, std::size_t grain, unsigned threads,
                  const std::function<void(std::size_t, std::size_t)>& body);

// The number of threads `threads` stands for: itself, or the number of cores when 0.
unsigned resolve_threads(unsigned threads);

}  // namespace bitext
