// What every importer shares: an article being built as JSON, with the place in the input
// each part came from; the caller's `meta` merged over it; and the finish, which validates
// the result exactly as render_article will read it, so an `ok` import always renders.
#ifndef VERSTKA_IMPORT_ARTICLE_BUILDER_HPP
#define VERSTKA_IMPORT_ARTICLE_BUILDER_HPP

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "verstka/diagnostic.hpp"
#include "verstka/import.hpp"

namespace verstka::detail {

/// Diagnostics of one import, at most max_reported_problems listed one by one; the rest are
/// summed up in one `import.too-many-problems` entry by `summarize()`.
class ImportReport {
public:
    /// Where a diagnostic's path points: into the imported input, or into `meta`.
    enum class Origin { input, meta };

    void error(const char* code, std::string path, std::string message);
    void warning(const char* code, std::string path, std::string message);
    void add(Diagnostic diagnostic, Origin origin = Origin::input);
    bool has_errors() const noexcept { return errors_ > 0; }
    /// Hands the list over: the input's diagnostics first — placed at line:column in
    /// `input_json` and in source order when the input is JSON (empty: it is not) — then
    /// meta's, then the summary of what was not listed.
    Diagnostics summarize(std::string_view input_json);

private:
    Diagnostics diagnostics_;
    std::vector<Origin> origins_;
    std::size_t errors_ = 0;
    std::size_t dropped_ = 0;
    std::size_t dropped_errors_ = 0;
};

class ArticleBuilder {
public:
    ArticleBuilder();

    /// Sets a top-level field (`title`, `lead` …) that came from `source` in the input.
    void set(const std::string& key, nlohmann::json value, std::string source);
    bool has(const std::string& key) const;
    /// Appends a body block that came from `source` (a JSON Pointer into the input).
    void add_block(nlohmann::json block, std::string source);
    std::size_t block_count() const noexcept { return sources_.size(); }

    /// Parses `meta_json` (a JSON object of article fields; empty: none), which finish() merges
    /// over what the importer found as a JSON Merge Patch (`null` removes a field), with the
    /// shorthands every importer takes (normalise_meta_field: `cover` and links as bare URLs);
    /// `body` is not taken from it (a warning says so).
    /// Problems are reported with the path into `meta` and the message starting "meta: ".
    void read_meta(std::string_view meta_json, std::size_t max_input_bytes, ImportReport& report);
    /// True when meta gives `key` a value other than null.
    bool meta_has(const std::string& key) const;

    /// The article as JSON text, validated as render_article reads it: each problem of the
    /// article is reported at the place in the input it came from. `ok` when nothing is an
    /// error (the text is empty otherwise). `input_json`: as for ImportReport::summarize.
    ImportResult finish(ImportReport& report, std::string_view input_json);

private:
    nlohmann::json article_;
    std::vector<std::string> sources_;                  ///< of each body block
    std::map<std::string, std::string> field_sources_;  ///< top-level key → its place
    nlohmann::json meta_;                               ///< an object (empty when there is no meta)
};

}  // namespace verstka::detail

#endif
