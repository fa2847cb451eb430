// How the CLI reports results: compiler-style diagnostics on stderr, JSON records for batches.
#ifndef VERSTKA_CLI_REPORT_HPP
#define VERSTKA_CLI_REPORT_HPP

#include <iosfwd>
#include <string>
#include <string_view>

#include "verstka/verstka.hpp"

namespace verstka::cli {

/// `FILE:LINE:COL: error: MESSAGE [code] at /json/pointer` (LINE:COL left out when unknown).
void print_diagnostics(std::ostream& err, std::string_view file, const Diagnostics& diagnostics);

/// One NDJSON record: {"line":N,"ok":…,"html":…,"diagnostics":[…]} (no trailing newline).
std::string result_record(std::size_t line, const RenderResult& result);

/// The typography rule catalog as text (one rule a line) or as a JSON array.
std::string rules_listing(bool as_json);

}  // namespace verstka::cli

#endif
