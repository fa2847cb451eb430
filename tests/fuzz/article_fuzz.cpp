// libFuzzer target: article JSON → parse → render, in the layout and options chosen by the
// first byte. The card must be well-formed and safe, and failures must be explained.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "options.hpp"
#include "properties.hpp"

using namespace verstka;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    const RenderOptions options = fuzz::render_options_from(data[0]);
    const std::string_view json(reinterpret_cast<const char*>(data + 1), size - 1);
    const RenderResult result = render_article(json, options);
    if (result.ok) {
        fuzz::require(fuzz::check_card_html(result.html), "card HTML", result.html);
    } else {
        fuzz::require(result.html.empty() ? "" : "html written although ok == false", "failed render",
                      result.html);
        fuzz::require(has_errors(result.diagnostics) ? "" : "ok == false without an error", "failed render",
                      json);
    }
    for (const Diagnostic& d : result.diagnostics) {
        fuzz::require(d.code.empty() ? "diagnostic without a code" : "", "diagnostic", d.message);
        fuzz::require(fuzz::check_utf8(d.message), "diagnostic message", d.message);
        fuzz::require(fuzz::check_utf8(d.path), "diagnostic path", d.path);
        fuzz::require(d.line < 0 || d.column < 0 ? "negative position" : "", "diagnostic", d.code);
    }
    return 0;
}
