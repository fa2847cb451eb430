// libFuzzer target: an Editor.js document → import_editorjs → render_article, with the render
// options chosen by the first byte. The importer never crashes; what it returns as ok is
// article JSON that renders ok, into a well-formed, safe card; a failure is explained.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "options.hpp"
#include "properties.hpp"
#include "verstka/verstka.hpp"

using namespace verstka;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    const RenderOptions options = fuzz::render_options_from(data[0]);
    const std::string_view document(reinterpret_cast<const char*>(data + 1), size - 1);
    EditorJsOptions import_options;
    import_options.raw_html = options.raw_html;
    const ImportResult imported = import_editorjs(document, R"({"title":"Заголовок"})", import_options);
    for (const Diagnostic& d : imported.diagnostics) {
        fuzz::require(d.code.empty() ? "diagnostic without a code" : "", "import diagnostic", d.message);
        fuzz::require(fuzz::check_utf8(d.message), "import diagnostic message", d.message);
        fuzz::require(fuzz::check_utf8(d.path), "import diagnostic path", d.path);
    }
    if (!imported.ok) {
        fuzz::require(imported.article_json.empty() ? "" : "article written although ok == false",
                      "failed import", imported.article_json);
        fuzz::require(has_errors(imported.diagnostics) ? "" : "ok == false without an error", "failed import",
                      document);
        return 0;
    }
    const RenderResult rendered = render_article(imported.article_json, options);
    fuzz::require(rendered.ok ? "" : "an ok import does not render", "imported article",
                  imported.article_json);
    fuzz::require(fuzz::check_card_html(rendered.html), "card HTML", rendered.html);
    return 0;
}
