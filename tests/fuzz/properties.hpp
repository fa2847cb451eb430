// Properties every fuzz target checks on verstka's output. They are written independently
// of the renderer (no shared code with src/render), so a bug there cannot hide itself here.
#ifndef VERSTKA_TESTS_FUZZ_PROPERTIES_HPP
#define VERSTKA_TESTS_FUZZ_PROPERTIES_HPP

#include <string>
#include <string_view>

namespace verstka::fuzz {

/// Empty when `s` is valid UTF-8, else a description of the first bad byte.
std::string check_utf8(std::string_view s);

/// Empty when `url` (already entity-decoded) is allowed by the URL policy as a browser would
/// read it: http, https, mailto, tel or relative. Else why not.
std::string check_url_scheme(std::string_view url);

/// Empty when `html` is a well-formed card as verstka writes it: only the renderer's own
/// elements, balanced, attributes double-quoted and escaped, no `on*` or `style` attribute,
/// href/src within the URL policy, text with `<`, `>` and `&` escaped, and no script except
/// `<script type="application/ld+json">` whose content is JSON with no `<` in it.
/// Else a description of the first problem with its byte offset.
std::string check_card_html(std::string_view html);

/// Empty when `output` keeps the letters and digits of `input` in order: every digit kept,
/// letters only dropped (ordinal endings), and symbols that stand for letters or digits
/// (©, ®, ™, ½, ¼, ¾, ×) matched against what they replace.
std::string check_letters_kept(std::string_view input, std::string_view output);

/// Aborts with `what`, the problem and the data when `problem` is not empty.
void require(const std::string& problem, const char* what, std::string_view data);

}  // namespace verstka::fuzz

#endif
