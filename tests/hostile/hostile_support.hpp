// Shared helpers for the hostile-input suite: every case goes through the public API, is
// timed, and the slowest cases are printed as a table when the suite ends. Times are reported,
// never asserted (the machines are shared and noisy): a case that hangs is caught by the
// suite's CTest TIMEOUT (tests/CMakeLists.txt), and growth with the input size by
// bench/complexity.mjs and tests/typography/complexity.cpp.
#ifndef VERSTKA_TESTS_HOSTILE_SUPPORT_HPP
#define VERSTKA_TESTS_HOSTILE_SUPPORT_HPP

#include <chrono>
#include <string>
#include <string_view>

#include "verstka/verstka.hpp"

namespace verstka::hostile {

/// Records how long `name` took, for the table printed at exit.
void record(std::string name, std::size_t input_bytes, std::chrono::steady_clock::duration elapsed);

/// Renders `json` in `layout` (the public API), timed under `name`.
RenderResult render_timed(const std::string& name, std::string_view json, RenderOptions options = {});

/// Renders in all three layouts; returns the full-layout result and checks that the
/// diagnostics are the same in every layout.
RenderResult render_all_layouts(const std::string& name, std::string_view json, RenderOptions options = {});

/// The diagnostics on one line each, for failure messages.
std::string dump(const Diagnostics& diagnostics);

/// Line and column (1-based, columns in code points) of byte `offset` in `text`, counted as
/// the parser documents it: \n, \r\n and a lone \r each end a line.
std::pair<int, int> position_of(std::string_view text, std::size_t offset);

/// `count` copies of `piece`.
std::string repeat(std::string_view piece, std::size_t count);

}  // namespace verstka::hostile

#endif
