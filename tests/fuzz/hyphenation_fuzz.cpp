// libFuzzer target: hyphenate() in text and HTML mode (first byte: mode, minimum word length).
// Properties: the output is the input with U+00AD inserted and nothing else (no byte removed,
// changed or moved, invalid UTF-8 included), and hyphenating the output changes nothing.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "properties.hpp"
#include "verstka/hyphenate.hpp"

using namespace verstka;

namespace {

// "" when `output` is `input` with U+00AD (C2 AD) inserted between its bytes, else why not.
const char* only_soft_hyphens_inserted(std::string_view input, std::string_view output) {
    std::size_t i = 0;
    for (std::size_t o = 0; o < output.size();) {
        if (i < input.size() && output[o] == input[i]) {
            ++i;
            ++o;
        } else if (output.compare(o, 2, "\xC2\xAD") == 0) {
            o += 2;
        } else {
            return "a byte other than an inserted U+00AD changed";
        }
    }
    return i == input.size() ? "" : "input bytes were removed";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    HyphenateOptions options;
    options.mode = (data[0] & 1) != 0 ? TextMode::html : TextMode::text;
    options.min_word_length = 4 + ((data[0] >> 1) & 7);
    const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);

    const std::string once = hyphenate(input, options);
    // A greedy match is enough: an inserted C2 AD never matches the input byte it stands before
    // unless the input has C2 AD there too, and then matching it as input is as good.
    fuzz::require(only_soft_hyphens_inserted(input, once), "only U+00AD inserted",
                  std::string(input) + "\n=>\n" + once);
    const std::string twice = hyphenate(once, options);
    fuzz::require(twice == once ? "" : "hyphenate(hyphenate(x)) != hyphenate(x)", "idempotence",
                  std::string(input) + "\n=> once\n" + once + "\n=> twice\n" + twice);
    return 0;
}
