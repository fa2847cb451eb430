#include "import/article_builder.hpp"

#include <utility>

#include "article/json_locator.hpp"
#include "article/json_reader.hpp"
#include "article/parse_article.hpp"
#include "import/import_meta.hpp"

namespace verstka::detail {

void ImportReport::add(Diagnostic d, Origin origin) {
    if (d.severity == Severity::error) ++errors_;
    // A hostile input can hold a million small mistakes; listing them all costs memory.
    if (diagnostics_.size() >= max_reported_problems) {
        ++dropped_;
        if (d.severity == Severity::error) ++dropped_errors_;
        return;
    }
    diagnostics_.push_back(std::move(d));
    origins_.push_back(origin);
}

void ImportReport::error(const char* code, std::string path, std::string message) {
    add(Diagnostic{Severity::error, code, std::move(message), std::move(path), 0, 0});
}

void ImportReport::warning(const char* code, std::string path, std::string message) {
    add(Diagnostic{Severity::warning, code, std::move(message), std::move(path), 0, 0});
}

Diagnostics ImportReport::summarize(std::string_view input_json) {
    Diagnostics input, meta;
    for (std::size_t i = 0; i < diagnostics_.size(); ++i) {
        (origins_[i] == Origin::input ? input : meta).push_back(std::move(diagnostics_[i]));
    }
    if (!input_json.empty()) place_diagnostics(input_json, input, 0);
    for (Diagnostic& d : meta) input.push_back(std::move(d));
    diagnostics_ = std::move(input);
    origins_.clear();
    if (dropped_ > 0) {
        Diagnostic d;
        d.severity = dropped_errors_ > 0 ? Severity::error : Severity::warning;
        d.code = "import.too-many-problems";
        d.message = std::to_string(dropped_) + " more problems (" + std::to_string(dropped_errors_) +
                    " of them errors) were found but not listed";
        diagnostics_.push_back(std::move(d));
        dropped_ = dropped_errors_ = 0;
    }
    return std::move(diagnostics_);
}

ArticleBuilder::ArticleBuilder() : article_(nlohmann::json::object()), meta_(nlohmann::json::object()) {
    article_["v"] = 1;
    article_["body"] = nlohmann::json::array();
}

void ArticleBuilder::set(const std::string& key, nlohmann::json value, std::string source) {
    article_[key] = std::move(value);
    field_sources_[key] = std::move(source);
}

bool ArticleBuilder::has(const std::string& key) const { return article_.contains(key); }

void ArticleBuilder::add_block(nlohmann::json block, std::string source) {
    article_["body"].push_back(std::move(block));
    sources_.push_back(std::move(source));
}

bool ArticleBuilder::meta_has(const std::string& key) const {
    const auto it = meta_.find(key);
    return it != meta_.end() && !it->is_null();
}

void ArticleBuilder::read_meta(std::string_view meta_json, std::size_t max_input_bytes,
                               ImportReport& report) {
    if (meta_json.find_first_not_of(" \t\r\n") == std::string_view::npos) return;
    Diagnostics found;
    std::string_view text;
    std::optional<nlohmann::json> meta = read_json_document(meta_json, max_input_bytes, found, text);
    if (meta && !meta->is_object()) {
        Diagnostic d;
        d.code = "import.bad-meta";
        d.message = std::string("must be a JSON object of article fields, not ") + meta->type_name();
        found.push_back(std::move(d));
        meta.reset();
    }
    if (meta && meta->contains("body")) {
        Diagnostic d;
        d.severity = Severity::warning;
        d.code = "import.meta-body-ignored";
        d.path = "/body";
        d.message = "\"body\" is not taken from meta: the blocks come from the imported document";
        found.push_back(std::move(d));
    }
    place_diagnostics(text, found, 0);
    for (Diagnostic& d : found) {
        d.message = "meta: " + d.message;
        report.add(std::move(d), ImportReport::Origin::meta);
    }
    if (!meta) return;
    meta->erase("body");
    for (auto it = meta->begin(); it != meta->end(); ++it) normalise_meta_field(it.key(), it.value());
    meta_ = std::move(*meta);
}

ImportResult ArticleBuilder::finish(ImportReport& report, std::string_view input_json) {
    ImportResult result;
    merge_patch(article_, meta_);
    for (auto it = meta_.begin(); it != meta_.end(); ++it) field_sources_.erase(it.key());
    std::string text = article_.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    text += '\n';
    Diagnostics found;
    ParseOptions options;
    options.max_input_bytes = text.size();  // the importer's own limits hold the size
    parse_article(text, options, found);
    for (Diagnostic& d : found) {
        // Point at the input: /body/3/text → the block it came from; /lead → meta or its source.
        d.line = d.column = 0;
        ImportReport::Origin origin = ImportReport::Origin::input;
        const std::string path = d.path;
        if (path.rfind("/body/", 0) == 0) {
            const std::size_t end = path.find('/', 6);
            const std::string index = path.substr(6, end == std::string::npos ? std::string::npos : end - 6);
            std::size_t n = 0;
            bool digits = !index.empty();
            for (char c : index) {
                digits = digits && c >= '0' && c <= '9';
                if (digits && n < sources_.size()) n = n * 10 + static_cast<std::size_t>(c - '0');
            }
            if (digits && n < sources_.size()) {
                d.message += " (the imported block " + path.substr(0, end) + ")";
                d.path = sources_[n];
            }
        } else if (!path.empty()) {
            const std::size_t end = path.find('/', 1);
            const std::string key = path.substr(1, end == std::string::npos ? std::string::npos : end - 1);
            const auto source = field_sources_.find(key);
            if (meta_.contains(key)) {
                d.message = "meta: " + d.message;
                origin = ImportReport::Origin::meta;
            } else if (source != field_sources_.end()) {
                d.message += " (the imported field " + path + ")";
                d.path = source->second;
            } else if (d.code == "article.missing-title") {
                d.message += "; the document has no level-1 header: give the title in meta";
            }
        }
        report.add(std::move(d), origin);
    }
    result.diagnostics = report.summarize(input_json);
    result.ok = !has_errors(result.diagnostics);
    if (result.ok) result.article_json = std::move(text);
    return result;
}

}  // namespace verstka::detail
