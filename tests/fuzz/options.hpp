// Fuzz options from the first input byte, so one corpus explores every layout and switch.
#ifndef VERSTKA_TESTS_FUZZ_OPTIONS_HPP
#define VERSTKA_TESTS_FUZZ_OPTIONS_HPP

#include <cstdint>

#include "verstka/verstka.hpp"

namespace verstka::fuzz {

inline RenderOptions render_options_from(std::uint8_t b) {
    RenderOptions options;
    options.layout = b % 3 == 0 ? Layout::full : b % 3 == 1 ? Layout::teaser : Layout::compact;
    options.typography = (b & 0x04) == 0;
    options.json_ld = (b & 0x08) != 0;
    options.raw_html = (b & 0x10) != 0 ? RawHtml::drop : RawHtml::escape;
    options.typograph.chars = (b & 0x20) != 0 ? CharOutput::entities : CharOutput::unicode;
    options.nofollow_links = (b & 0x40) != 0;
    options.links_new_tab = (b & 0x80) != 0;
    options.markdown_heading_base = 1 + (b >> 5) % 6;
    return options;
}

}  // namespace verstka::fuzz

#endif
