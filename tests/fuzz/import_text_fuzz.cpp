// libFuzzer target: scraped plain text → import_text → render. The importer never crashes;
// what it returns as ok renders ok (a well-formed, safe card); a failure says why.
// The first byte chooses the render options and one of a few metadata objects.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "options.hpp"
#include "properties.hpp"
#include "verstka/import.hpp"

using namespace verstka;

namespace {

constexpr std::string_view kMetas[] = {
    "",
    R"({"year": 2024})",
    R"({"url": "https://example.org/a", "year": 2024, "cover": "https://example.org/a.jpg",
        "links": {"next": "https://example.org/b"}})",
    R"({"published": "2024-09-13T10:00:00+03:00", "source": {"name": "ТАСС"}})",
};

void check_diagnostics(const Diagnostics& diagnostics) {
    for (const Diagnostic& d : diagnostics) {
        fuzz::require(d.code.empty() ? "diagnostic without a code" : "", "diagnostic", d.message);
        fuzz::require(fuzz::check_utf8(d.message), "diagnostic message", d.message);
        fuzz::require(fuzz::check_utf8(d.path), "diagnostic path", d.path);
        fuzz::require(d.line < 0 || d.column < 0 ? "negative position" : "", "diagnostic", d.code);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    const RenderOptions options = fuzz::render_options_from(data[0]);
    const std::string_view meta = kMetas[(data[0] >> 6) & 3];
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    const ImportResult imported = import_text(text, meta);
    check_diagnostics(imported.diagnostics);
    if (!imported.ok) {
        fuzz::require(imported.article_json.empty() ? "" : "article written although ok == false",
                      "failed import", imported.article_json);
        fuzz::require(has_errors(imported.diagnostics) ? "" : "ok == false without an error", "failed import",
                      text);
        return 0;
    }
    fuzz::require(fuzz::check_utf8(imported.article_json), "article JSON", imported.article_json);
    const RenderResult rendered = render_article(imported.article_json, options);
    fuzz::require(rendered.ok ? "" : "an imported article does not render", "imported article",
                  imported.article_json);
    fuzz::require(fuzz::check_card_html(rendered.html), "card HTML", rendered.html);
    check_diagnostics(rendered.diagnostics);
    return 0;
}
