// libFuzzer target: the typography engine in text and HTML mode (first byte: mode, output,
// English quotes). Output is valid UTF-8 and a fixed point; in text mode every letter and
// digit survives in order.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "properties.hpp"
#include "verstka/verstka.hpp"

using namespace verstka;

namespace {

// For triage only: VERSTKA_FUZZ_SKIP=idempotence,letters switches a property off so the
// fuzzer can look past a finding that is already reported. CI never sets it.
bool skipped(const char* property) {
    static const char* skip = std::getenv("VERSTKA_FUZZ_SKIP");
    return skip != nullptr && std::strstr(skip, property) != nullptr;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    TypographOptions options;
    options.mode = (data[0] & 1) != 0 ? TextMode::html : TextMode::text;
    options.chars = (data[0] & 2) != 0 ? CharOutput::entities : CharOutput::unicode;
    options.english_quotes_for_latin = (data[0] & 4) == 0;
    const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);

    const TypographResult once = typograph(input, options);
    fuzz::require(fuzz::check_utf8(once.text), "typograph output UTF-8", once.text);
    if (options.mode == TextMode::text && options.chars == CharOutput::unicode && !skipped("letters")) {
        fuzz::require(fuzz::check_letters_kept(input, once.text), "letters and digits kept",
                      std::string(input) + "\n=>\n" + once.text);
    }
    // In text mode with entities the output's "&nbsp;" is literal text for a second pass, so
    // only the other three combinations must be fixed points.
    if ((options.mode == TextMode::html || options.chars == CharOutput::unicode) && !skipped("idempotence")) {
        const TypographResult twice = typograph(once.text, options);
        fuzz::require(twice.text == once.text ? "" : "typograph(typograph(x)) != typograph(x)", "idempotence",
                      std::string(input) + "\n=> once\n" + once.text + "\n=> twice\n" + twice.text);
    }
    return 0;
}
