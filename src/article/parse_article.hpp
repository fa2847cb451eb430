// JSON text → validated Article, with precise diagnostics.
#ifndef VERSTKA_ARTICLE_PARSE_ARTICLE_HPP
#define VERSTKA_ARTICLE_PARSE_ARTICLE_HPP

#include <cstddef>
#include <optional>
#include <string_view>

#include "article/article.hpp"
#include "verstka/diagnostic.hpp"
#include "verstka/render.hpp"

namespace verstka::detail {

/// Limits that keep hostile input cheap; each gives a clear error when exceeded.
constexpr int max_nesting_depth = 64;
constexpr std::size_t max_blocks = 2000;
/// A table block's size (`article.table-too-large`): enough for any news table, small enough
/// that a card stays readable and cheap to render.
constexpr std::size_t max_table_rows = 500;
constexpr std::size_t max_table_columns = 50;
/// The longest string value accepted (`article.string-too-long`): 1 MiB of UTF-8.
constexpr std::size_t max_string_bytes = std::size_t{1} << 20;
/// Object keys are names, not content: no field of the format comes near this, and a longer
/// key would otherwise be copied into every diagnostic path that names it.
constexpr std::size_t max_key_bytes = 1024;
/// At most this many `article.*` problems (and as many duplicate keys) are listed one by one;
/// the rest are summed up in one `article.too-many-problems` (`json.duplicate-key`) entry.
constexpr std::size_t max_reported_problems = 100;

/// The error for an input of `size` bytes over the `limit` (`input.too-large`). The wasm
/// wrapper reports it without copying such an input into wasm memory, which never shrinks.
Diagnostic input_too_large(std::size_t size, std::size_t limit);

/// Parses and validates `json`. Returns the article when there is no error (warnings may
/// have been added to `diagnostics`), or nothing when there is at least one error.
std::optional<Article> parse_article(std::string_view json, const ParseOptions& options,
                                     Diagnostics& diagnostics);

}  // namespace verstka::detail

#endif
