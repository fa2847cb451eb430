// verstka::check_input_size: its own object file, so that a program linking only the importers
// (the importers' WebAssembly module) does not pull in the renderer with it.
#include "article/parse_article.hpp"
#include "verstka/render.hpp"

namespace verstka {

Diagnostics check_input_size(std::size_t bytes, const ParseOptions& options) {
    if (bytes <= options.max_input_bytes) return {};
    return {detail::input_too_large(bytes, options.max_input_bytes)};
}

}  // namespace verstka
