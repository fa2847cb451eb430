// Embind glue of the importers' module (verstka-import.wasm): the plain-text and Editor.js
// importers, which the JS wrapper loads on demand (initImport()) beside the renderer's module
// (embind.cpp). Importing runs once per article, not per render, and most pages only render:
// a module of its own keeps these ~50 KB gzip out of the renderer's download. Same conventions
// as embind.cpp: the input text as (pointer, length), options as primitives, plain JS values out.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "glue.hpp"
#include "options_protocol.hpp"  // generated from bindings/js/options.js at build time
#include "verstka/verstka.hpp"

namespace {

using emscripten::val;
using namespace verstka;
using namespace verstka::glue;

EMSCRIPTEN_SYMBOL(article);

// The article comes back as JSON text: the wrapper parses it once with JSON.parse (building
// the object here would cost an Embind round trip per field).
val import_result(const ImportResult& r) {
    val result = val::object();
    result.set(ok_symbol, r.ok);
    result.set(article_symbol, r.article_json);
    result.set(diagnostics_symbol, diagnostics_array(r.diagnostics));
    return result;
}

val import_text_js(std::uintptr_t text, std::size_t length, const std::string& meta) {
    return import_result(import_text(text_at(text, length), meta));
}

// `choices` holds rawHtml as the options protocol packs it; max_bytes < 0: not given.
val import_editorjs_js(std::uintptr_t json, std::size_t length, double max_bytes, unsigned choices,
                       const std::string& meta) {
    EditorJsOptions options;
    if (max_bytes >= 0) options.max_input_bytes = static_cast<std::size_t>(max_bytes);
    protocol::pick(choices, protocol::Choice::rawHtml, protocol::kRawHtmlValues, options.raw_html);
    return import_result(import_editorjs(text_at(json, length), meta, options));
}

// What an importer gives for an input over the byte limit; the wrapper calls this instead of
// copying such an input in (wasm memory never shrinks).
val input_too_large_js(double bytes, double max_bytes) {
    ParseOptions parse;
    if (max_bytes >= 0) parse.max_input_bytes = static_cast<std::size_t>(max_bytes);
    const Diagnostics diagnostics = check_input_size(static_cast<std::size_t>(bytes), parse);
    val result = val::object();
    result.set(ok_symbol, !has_errors(diagnostics));
    result.set(article_symbol, std::string());
    result.set(diagnostics_symbol, diagnostics_array(diagnostics));
    return result;
}

}  // namespace

EMSCRIPTEN_BINDINGS(verstka_import) {
    emscripten::function("importText", &import_text_js);
    emscripten::function("importEditorJs", &import_editorjs_js);
    emscripten::function("inputTooLarge", &input_too_large_js);
}
