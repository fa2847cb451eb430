// The public hyphenate().
#include "verstka/hyphenate.hpp"

#include "hyphenation/html_fragment.hpp"
#include "hyphenation/patterns.hpp"
#include "hyphenation/text_run.hpp"

namespace verstka {

std::string hyphenate(std::string_view text, const HyphenateOptions& options) {
    detail::hyphenation::RunSettings settings;
    settings.min_word_length = options.min_word_length < 4 ? 4 : options.min_word_length;
    settings.entities = options.chars == CharOutput::entities;
    std::string out;
    // A soft hyphen (2 bytes, or 5 as `&shy;`) at most every second letter (2 bytes): rarely
    // more than a third longer; one reservation covers nearly every text.
    out.reserve(text.size() + text.size() / 3);
    if (options.mode == TextMode::html) {
        detail::hyphenation::hyphenate_html(text, settings, out);
    } else {
        detail::hyphenation::hyphenate_run(text, settings, {}, out);
    }
    return out;
}

bool hyphenation_patterns_loaded() { return detail::hyphenation::Patterns::russian() != nullptr; }

bool load_hyphenation_patterns(std::string_view patterns, std::string_view exceptions) {
    return detail::hyphenation::Patterns::load_russian(patterns, exceptions);
}

}  // namespace verstka
