// libFuzzer target: markdown through the public API — the input is the text of a markdown
// block, of a paragraph, of the lead and of a caption of one article (first byte: options).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "options.hpp"
#include "properties.hpp"

using namespace verstka;

namespace {

// The only reasons a card with this input in its text fields may fail.
bool explained(const Diagnostic& d) {
    return d.severity != Severity::error || d.code == "article.missing-field" ||
           d.code == "article.nul-character" || d.code == "article.string-too-long";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    const RenderOptions options = fuzz::render_options_from(data[0]);
    const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
    nlohmann::json article = {
        {"title", "Заголовок"},
        {"lead", text},
        {"body",
         {{{"type", "markdown"}, {"text", text}},
          {{"type", "paragraph"}, {"text", text}},
          {{"type", "image"}, {"src", "/a.jpg"}, {"caption", text}}}},
    };
    const std::string json = article.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    const RenderResult result = render_article(json, options);
    for (const Diagnostic& d : result.diagnostics) {
        fuzz::require(explained(d) ? "" : "unexpected error " + d.code + ": " + d.message, "markdown render",
                      text);
    }
    if (result.ok)
        fuzz::require(fuzz::check_card_html(result.html), "card HTML", text + "\n=>\n" + result.html);
    return 0;
}
