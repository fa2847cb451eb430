// `verstka render --batch`: NDJSON articles in, NDJSON results out, on every core.
#ifndef VERSTKA_CLI_BATCH_HPP
#define VERSTKA_CLI_BATCH_HPP

#include <iosfwd>

#include "verstka/verstka.hpp"

namespace verstka::cli {

struct BatchSummary {
    std::size_t records = 0;
    std::size_t failed = 0;
};

/// Reads one article per line from `in` and writes one result record per line to `out`,
/// in input order. Blank lines are skipped (their numbers still count). Progress goes to
/// `progress` when it is not null.
BatchSummary render_batch(std::istream& in, std::ostream& out, const RenderOptions& options,
                          std::ostream* progress);

}  // namespace verstka::cli

#endif
