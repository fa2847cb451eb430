// libFuzzer target for the typography engine (text and HTML modes). Checks: no crash, valid
// UTF-8 out, idempotence, and that letters and digits of the input survive in order (exactly
// when the symbol and ordinal rules, which may drop letters, are off). Build: scripts/fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <string_view>

#include "common/utf8.hpp"
#include "typography/token.hpp"
#include "verstka/typograph.hpp"

namespace {

using verstka::detail::typo::is_letter;

std::u32string letters_and_digits(std::string_view s) {
    std::u32string out;
    std::size_t i = 0;
    while (i < s.size()) {
        const char32_t c = verstka::detail::utf8::decode(s, i);
        if (is_letter(c) || (c >= '0' && c <= '9')) out += c;
    }
    return out;
}

bool is_subsequence(const std::u32string& part, const std::u32string& whole) {
    std::size_t k = 0;
    for (char32_t c : whole) {
        if (k < part.size() && part[k] == c) ++k;
    }
    return k == part.size();
}

[[noreturn]] void fail(const char* what, std::string_view input, std::string_view output) {
    std::fprintf(stderr, "%s\ninput:  [%.*s]\noutput: [%.*s]\n", what,
                 static_cast<int>(input.size()), input.data(), static_cast<int>(output.size()),
                 output.data());
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    // The first byte picks the mode and the rule set; the rest is the text.
    const std::uint8_t selector = data[0];
    const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
    verstka::TypographOptions options;
    options.mode = (selector & 1) ? verstka::TextMode::html : verstka::TextMode::text;
    const bool letter_safe = (selector & 2) != 0;
    if (letter_safe) options.disable = {"symbols/*", "number/ordinal"};
    options.english_quotes_for_latin = (selector & 4) == 0;

    const std::string once = verstka::typograph(input, options).text;
    if (verstka::detail::utf8::find_invalid(once) != std::string::npos) {
        fail("output is not valid UTF-8", input, once);
    }
    const std::string twice = verstka::typograph(once, options).text;
    if (twice != once) fail("not idempotent", once, twice);

    // Letters and digits: in text mode (HTML entities and tags legitimately hold letters).
    if (options.mode == verstka::TextMode::text) {
        const std::string clean = verstka::detail::utf8::sanitize(input);
        const std::u32string in = letters_and_digits(clean);
        const std::u32string out = letters_and_digits(once);
        if (letter_safe ? in != out : !is_subsequence(out, in)) {
            fail("letters or digits changed", clean, once);
        }
    }
    return 0;
}
