// Hyphenating an HTML fragment: only its text is touched. Tags, comments, doctype and
// processing instructions, entities, and the content of code-like elements (code, pre, kbd,
// samp, var, script, style, textarea) are copied verbatim. A word cut by an inline tag
// (`<b>Все</b>российской`) is left whole; block-level tags end words.
#ifndef VERSTKA_HYPHENATION_HTML_FRAGMENT_HPP
#define VERSTKA_HYPHENATION_HTML_FRAGMENT_HPP

#include <string>
#include <string_view>

#include "hyphenation/text_run.hpp"

namespace verstka::detail::hyphenation {

/// Appends `html` to `out` with soft hyphens inserted into its text (`settings.html` is implied).
void hyphenate_html(std::string_view html, RunSettings settings, std::string& out);

}  // namespace verstka::detail::hyphenation

#endif
