// verstka — importing articles from where they are written: the result is article JSON
// (format v1) ready for `render_article`, with diagnostics for everything that was guessed,
// changed or left out.
#ifndef VERSTKA_IMPORT_HPP
#define VERSTKA_IMPORT_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "verstka/diagnostic.hpp"
#include "verstka/render.hpp"

namespace verstka {

/// What an input is: article JSON, or a document an importer reads (the CLI's `--from`,
/// the JS `renderArticle(input, { from })`).
enum class From {
    json,      ///< an article (format v1)
    editorjs,  ///< an Editor.js saved document
};

/// What every importer returns.
struct ImportResult {
    bool ok = false;           ///< false when any diagnostic is an error; `article_json` is empty then
    std::string article_json;  ///< an article (format v1) as JSON text
    Diagnostics diagnostics;   ///< paths are JSON Pointers into the imported document (or `meta`)
};

// --- Editor.js ------------------------------------------------------------------------------

struct EditorJsOptions {
    /// Inputs (the document and `meta` each) larger than this are rejected with
    /// `input.too-large` before parsing.
    std::size_t max_input_bytes = std::size_t{4} << 20;
    /// What happens to a `raw` block (an HTML snippet): shown as text, or left out with a
    /// warning. It is never passed through.
    RawHtml raw_html = RawHtml::escape;
};

/// Turns an Editor.js saved document (`{ time, blocks: [{ id, type, data, tunes }], version }`,
/// as JSON text) into an article. `meta_json`, when not empty, is a JSON object of article
/// fields Editor.js does not hold (`title`, `lead`, `published`, `rubric`, `cover`, `links` …),
/// merged over the result. Never throws; a hostile document gives diagnostics.
ImportResult import_editorjs(std::string_view document_json, std::string_view meta_json = {},
                             const EditorJsOptions& options = {});

// --- end of Editor.js -----------------------------------------------------------------------

}  // namespace verstka

#endif
