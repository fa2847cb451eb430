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

// --- plain text -----------------------------------------------------------------------------

/// Turns text scraped from a news site into an article: title (first line), lead, photo
/// caption and credit, dateline, paragraphs, direct speech as quotes, lists written as lines,
/// age marks, and site boilerplate (link labels kept, the rest dropped with a note).
///
/// `meta_json` is a JSON object (or empty): `year` (the year of a dateline that has none), and
/// article fields merged over the result (`url`, `id`, `rubric`, `published`, `source`, `tags`,
/// `cover` — its URL as a string or an image object —, `links.full` / `links.next` — a URL or a
/// link object …). Every guess is an `import.*` diagnostic of severity `info` with the
/// line:column of the text it read and the JSON Pointer of the article field it wrote; nothing
/// of the text is left out without a note quoting it. Never throws. See docs/import-text.md.
ImportResult import_text(std::string_view text, std::string_view meta_json = {});

// --- end of plain text ----------------------------------------------------------------------

}  // namespace verstka

#endif
