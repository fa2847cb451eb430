// verstka — articles from where they really come from: text scraped from a news site.
#ifndef VERSTKA_IMPORT_HPP
#define VERSTKA_IMPORT_HPP

#include <string>
#include <string_view>

#include "verstka/diagnostic.hpp"

namespace verstka {

/// What an importer gives: an article (format v1, JSON text) and what it made of its input.
struct ImportResult {
    bool ok = false;           ///< false when any diagnostic is an error; `article_json` is empty then
    std::string article_json;  ///< the article, ready for `render_article`
    /// `import.*` notes (severity `info`) on every guess, so an editor can check each; warnings
    /// for what could not be used; errors. Positions are line:column in the input text.
    Diagnostics diagnostics;
};

/// Turns text scraped from a news site into an article: title (first line), lead, photo
/// caption and credit, dateline, paragraphs, direct speech as quotes, lists written as lines,
/// age marks, and site boilerplate (link labels kept, the rest dropped with a note).
///
/// `meta_json` is a JSON object (or empty): `year` (the year of a dateline that has none), and
/// article fields merged over the result (`url`, `id`, `rubric`, `published`, `source`, `tags`,
/// `cover` — its URL as a string or an image object —, `links.full` / `links.next` — a URL or a
/// link object …). The article must pass `validate_article`; never throws. See docs/import.md.
ImportResult import_text(std::string_view text, std::string_view meta_json = {});

}  // namespace verstka

#endif
