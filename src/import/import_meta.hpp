// The caller's metadata for an importer: what the input itself does not hold (the article's
// URL, the year of a dateline, the cover picture, link URLs …), merged over what was read.
#ifndef VERSTKA_IMPORT_IMPORT_META_HPP
#define VERSTKA_IMPORT_IMPORT_META_HPP

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "article/article.hpp"
#include "verstka/diagnostic.hpp"

namespace verstka::detail {

// nlohmann::json, not ordered_json: one instantiation of the library in the wasm module (the
// article's key order is restored when it is written, `write_article_json`).
using Json = nlohmann::json;

struct ImportMeta {
    /// Article fields, normalised (`cover: "url"` → `{src}`, `links.full: "url"` → `{url}`),
    /// merged over the imported article as a JSON Merge Patch (RFC 7386: `null` removes).
    Json fields = Json::object();
    int year = 0;                       ///< `year`: 0 when not given
    std::optional<DateTime> published;  ///< `published`, when it is a valid date-time
};

/// Reads `meta_json` (empty: no metadata). A syntax error or a value of the wrong type is an
/// `import.meta` error; a key that is not an article field (nor `year`) is a warning, ignored.
std::optional<ImportMeta> read_import_meta(std::string_view meta_json, Diagnostics& diagnostics);

/// Merges `meta.fields` over `article`, then drops (with a warning that quotes what is lost) a
/// cover without `src` and a link without `url`: the text gave their words, only the caller
/// can give their addresses.
void apply_import_meta(Json& article, const ImportMeta& meta, Diagnostics& diagnostics);

/// A field of the caller's metadata as an article holds it, the same for every importer:
/// `cover` given as its URL becomes `{src}`, `links.full` / `links.next` given as URLs become
/// `{url}`; any other value is kept for the validator to judge.
void normalise_meta_field(std::string_view key, Json& value);

/// RFC 7386 JSON Merge Patch: objects merge key by key, `null` removes, anything else replaces.
void merge_patch(Json& target, const Json& patch);

/// `article` as JSON text indented by two spaces, its keys in the order of
/// docs/article-format.md (`v`, `id`, … `title`, `lead` … `body`, `links`, `tags`; in a block
/// `type` first), so that an imported article reads like a written one.
std::string write_article_json(const Json& article);

}  // namespace verstka::detail

#endif
