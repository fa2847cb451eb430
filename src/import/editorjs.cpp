#include "import/editorjs.hpp"

#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <utility>

#include "article/json_locator.hpp"
#include "article/json_reader.hpp"
#include "article/parse_article.hpp"
#include "common/json_pointer.hpp"
#include "html/url_policy.hpp"
#include "import/article_builder.hpp"
#include "import/commonmark_text.hpp"
#include "import/editorjs_inline.hpp"
#include "import/editorjs_list.hpp"

namespace verstka::detail {

namespace {

using json = nlohmann::json;

const json* member(const json& object, std::string_view key) {
    if (!object.is_object()) return nullptr;
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return nullptr;
    return &*it;
}

// The embed services an article's `embed` block shows as themselves; any other becomes a
// link card (provider `link`).
std::optional<std::string_view> embed_provider(std::string_view service) {
    struct Pair {
        std::string_view service, provider;
    };
    static constexpr std::array<Pair, 6> known = {{{"youtube", "youtube"},
                                                   {"rutube", "rutube"},
                                                   {"vk", "vk"},
                                                   {"vkvideo", "vk"},
                                                   {"vk-video", "vk"},
                                                   {"telegram", "telegram"}}};
    for (const Pair& p : known) {
        if (service == p.service) return p.provider;
    }
    return std::nullopt;
}

// "1,2 МБ", "340 КБ", "812 Б": a file size as Russian readers write it.
std::string file_size(double bytes) {
    if (bytes < 1024) return std::to_string(static_cast<long long>(bytes)) + "\xC2\xA0\xD0\x91";  // Б
    if (bytes < 1024 * 1024) {
        return std::to_string(std::llround(bytes / 1024)) + "\xC2\xA0\xD0\x9A\xD0\x91";  // КБ
    }
    const long long tenths = std::llround(bytes / (1024 * 1024) * 10);
    std::string out = std::to_string(tenths / 10);
    if (tenths % 10 != 0) out += "," + std::to_string(tenths % 10);
    return out + "\xC2\xA0\xD0\x9C\xD0\x91";  // МБ
}

class EditorJsImporter {
public:
    explicit EditorJsImporter(const EditorJsOptions& options) : options_(options) {}

    ImportResult run(std::string_view document_json, std::string_view meta_json) {
        Diagnostics read;
        std::string_view text;
        std::optional<json> document =
            read_json_document(document_json, options_.max_input_bytes, read, text);
        for (Diagnostic& d : read) report_.add(std::move(d));
        builder_.read_meta(meta_json, options_.max_input_bytes, report_);
        if (!document) return failed();
        if (!document->is_object()) {
            report_.error("import.bad-document", "",
                          std::string("an Editor.js document is an object {time, blocks, version}, not ") +
                              document->type_name());
            return failed();
        }
        const json* blocks = member(*document, "blocks");
        if (!blocks || !blocks->is_array()) {
            report_.error("import.bad-document", "/blocks",
                          "an Editor.js document needs \"blocks\": an array of {type, data}");
            return failed();
        }
        if (blocks->size() > max_blocks) {
            report_.error("import.too-many-blocks", "/blocks",
                          "the document has " + std::to_string(blocks->size()) +
                              " blocks; an article holds at most " + std::to_string(max_blocks));
            return failed();
        }
        title_taken_ = builder_.meta_has("title");
        for (std::size_t i = 0; i < blocks->size(); ++i) block((*blocks)[i], pointer_to_index("/blocks", i));
        return builder_.finish(report_, text);
    }

private:
    ImportResult failed() {
        ImportResult result;
        result.diagnostics = report_.summarize({});
        return result;
    }

    // --- fields of `data` ---------------------------------------------------------------

    // A string field; absent or null is nothing, another type a warning and nothing.
    std::optional<std::string_view> string_field(const json& data, const std::string& data_path,
                                                 std::string_view key) {
        const json* value = member(data, key);
        if (!value) return std::nullopt;
        if (const std::string* s = value->get_ptr<const std::string*>()) {
            // Refused before it is converted: the article could not hold it anyway.
            if (s->size() > max_string_bytes) {
                report_.error("import.string-too-long", pointer_to_member(data_path, key),
                              "\"" + std::string(key) + "\" is " + std::to_string(s->size()) +
                                  " bytes long; an article's text holds at most " +
                                  std::to_string(max_string_bytes) + " bytes (1 MiB) per string");
                return std::nullopt;
            }
            return std::string_view(*s);
        }
        report_.warning(
            "import.bad-field", pointer_to_member(data_path, key),
            "\"" + std::string(key) + "\" must be a string, not " + value->type_name() + "; it is left out");
        return std::nullopt;
    }

    std::string inline_field(const json& data, const std::string& data_path, std::string_view key) {
        const std::optional<std::string_view> html = string_field(data, data_path, key);
        if (!html) return {};
        return editorjs_inline_field(*html, pointer_to_member(data_path, key), report_);
    }

    std::string plain_field(const json& data, const std::string& data_path, std::string_view key) {
        const std::optional<std::string_view> html = string_field(data, data_path, key);
        return html ? editorjs_plain_text(*html) : std::string();
    }

    bool flag(const json& data, std::string_view key) {
        const json* value = member(data, key);
        return value && value->is_boolean() && value->get<bool>();
    }

    // A URL field checked by the URL policy: the address, or nothing with a warning.
    std::optional<std::string> url_field(const json& data, const std::string& data_path, std::string_view key,
                                         const std::string& owner) {
        const std::string path = pointer_to_member(data_path, key);
        const std::optional<std::string_view> url = string_field(data, data_path, key);
        if (!url || url->find_first_not_of(" \t\r\n") == std::string_view::npos) {
            if (!url)
                report_.warning("import.missing-field", path, owner + " has no address; it is left out");
            else
                report_.warning("import.missing-field", path,
                                owner + " has an empty address; it is left out");
            return std::nullopt;
        }
        const UrlVerdict verdict = check_url(*url);
        if (!verdict.allowed) {
            report_.warning("url.rejected", path, owner + " is left out: " + verdict.reason + ".");
            return std::nullopt;
        }
        return verdict.url;
    }

    void add(json block, const std::string& path) { builder_.add_block(std::move(block), path); }

    // A caption kept as a paragraph when what it described is left out.
    void keep_caption(const std::string& caption, const std::string& path) {
        if (!caption.empty()) add(json{{"type", "paragraph"}, {"text", caption}}, path);
    }

    // --- blocks ---------------------------------------------------------------------------

    void block(const json& value, const std::string& path) {
        if (!value.is_object()) {
            report_.warning("import.bad-block", path,
                            std::string("a block is an object {type, data}, not ") + value.type_name() +
                                "; it is left out");
            return;
        }
        const json* type_value = member(value, "type");
        const std::string* type = type_value ? type_value->get_ptr<const std::string*>() : nullptr;
        if (!type) {
            report_.warning("import.bad-block", path + "/type",
                            "a block needs a \"type\" string; it is left out");
            return;
        }
        static const json empty = json::object();
        const json* data = member(value, "data");
        if (data && !data->is_object()) {
            report_.warning("import.bad-block", path + "/data",
                            std::string("\"data\" of a block is an object, not ") + data->type_name() +
                                "; the block is left out");
            return;
        }
        if (!data) data = &empty;
        const std::string data_path = path + "/data";
        const std::string& t = *type;
        if (t == "paragraph") {
            paragraph(*data, data_path, path);
        } else if (t == "header" || t == "heading") {
            header(*data, data_path, path);
        } else if (t == "list" || t == "nestedList" || t == "nestedlist" || t == "checklist") {
            if (std::optional<json> list = editorjs_list_block(*data, data_path, t == "checklist", report_)) {
                add(std::move(*list), path);
            }
        } else if (t == "quote") {
            quote(*data, data_path, path);
        } else if (t == "image" || t == "simpleImage" || t == "simple-image") {
            image(*data, data_path, path);
        } else if (t == "delimiter") {
            add(json{{"type", "divider"}}, path);
        } else if (t == "embed") {
            embed(*data, data_path, path);
        } else if (t == "table") {
            table(*data, data_path, path);
        } else if (t == "code") {
            code(*data, data_path, path);
        } else if (t == "warning") {
            warning(*data, data_path, path);
        } else if (t == "raw") {
            raw(*data, data_path, path);
        } else if (t == "linkTool") {
            link_tool(*data, data_path, path);
        } else if (t == "attaches") {
            attaches(*data, data_path, path);
        } else {
            report_.warning("import.unknown-tool", path,
                            "the Editor.js tool " +
                                json(t).dump(-1, ' ', false, json::error_handler_t::replace) +
                                " is not known to verstka; the block is left out");
        }
    }

    void paragraph(const json& data, const std::string& data_path, const std::string& path) {
        std::string text = inline_field(data, data_path, "text");
        if (!text.empty()) add(json{{"type", "paragraph"}, {"text", std::move(text)}}, path);
    }

    void header(const json& data, const std::string& data_path, const std::string& path) {
        long long level = 2;
        if (const json* value = member(data, "level")) {
            if (value->is_number_integer() && value->get<long long>() >= 1 && value->get<long long>() <= 6) {
                level = value->get<long long>();
            } else {
                report_.warning("import.bad-field", data_path + "/level",
                                "\"level\" of a header is 1 to 6; a level-2 heading is made");
            }
        }
        if (level == 1 && !title_taken_) {
            std::string title = plain_field(data, data_path, "text");
            if (title.empty()) return;
            title_taken_ = true;
            builder_.set("title", std::move(title), data_path + "/text");
            return;
        }
        std::string text = inline_field(data, data_path, "text");
        if (text.empty()) return;
        if (level == 1) {
            report_.warning("import.heading-level", data_path + "/level",
                            "the article already has a title: this level-1 header becomes a level-2 heading");
            level = 2;
        } else if (level > 4) {
            report_.warning("import.heading-level", data_path + "/level",
                            "a level-" + std::to_string(level) +
                                " header becomes a level-4 heading, the deepest an article has");
            level = 4;
        }
        add(json{{"type", "heading"}, {"level", level}, {"text", std::move(text)}}, path);
    }

    void quote(const json& data, const std::string& data_path, const std::string& path) {
        std::string text = inline_field(data, data_path, "text");
        std::string author = plain_field(data, data_path, "caption");
        if (text.empty()) {
            if (!author.empty()) {
                report_.warning("import.missing-field", data_path + "/text",
                                "the quote has no text; its caption is kept as a paragraph");
                keep_caption(commonmark_text(author), path);
            }
            return;
        }
        json block{{"type", "quote"}, {"text", std::move(text)}};
        if (!author.empty()) block["author"] = std::move(author);
        add(std::move(block), path);
    }

    void image(const json& data, const std::string& data_path, const std::string& path) {
        std::string caption = inline_field(data, data_path, "caption");
        std::optional<std::string> src;
        if (const json* file = member(data, "file")) {
            if (file->is_object()) {
                src = url_field(*file, data_path + "/file", "url", "the image");
            } else {
                report_.warning("import.bad-field", data_path + "/file",
                                "\"file\" of an image is an object with \"url\"; the image is left out");
            }
        } else {
            src = url_field(data, data_path, "url", "the image");
        }
        if (!src) {
            keep_caption(caption, path);
            return;
        }
        json block{{"type", "image"}, {"src", std::move(*src)}};
        if (!caption.empty()) block["caption"] = std::move(caption);
        if (flag(data, "withBorder")) block["border"] = true;
        if (flag(data, "stretched")) block["stretched"] = true;
        if (flag(data, "withBackground")) block["background"] = true;
        add(std::move(block), path);
    }

    void embed(const json& data, const std::string& data_path, const std::string& path) {
        std::string caption = inline_field(data, data_path, "caption");
        const std::optional<std::string_view> service = string_field(data, data_path, "service");
        std::optional<std::string> url = url_field(data, data_path, "source", "the embed");
        if (!url) {
            keep_caption(caption, path);
            return;
        }
        std::optional<std::string_view> provider = service ? embed_provider(*service) : std::nullopt;
        if (!provider) {
            report_.warning("import.embed-as-link", data_path + "/service",
                            "embeds of " +
                                (service ? json(*service).dump(-1, ' ', false, json::error_handler_t::replace)
                                         : std::string("an unnamed service")) +
                                " are shown as a link card");
        }
        json block{{"type", "embed"}, {"provider", provider ? *provider : "link"}, {"url", std::move(*url)}};
        if (!caption.empty()) block["caption"] = std::move(caption);
        add(std::move(block), path);
    }

    void table(const json& data, const std::string& data_path, const std::string& path) {
        const json* content = member(data, "content");
        const std::string content_path = data_path + "/content";
        if (!content || !content->is_array()) {
            report_.warning("import.bad-field", content_path,
                            "\"content\" of a table is an array of rows; the table is left out");
            return;
        }
        // The size is checked before any cell is read, so a huge table costs nothing.
        std::size_t columns = 0;
        for (const json& row : *content) columns = std::max(columns, row.is_array() ? row.size() : 0);
        if (content->size() > max_table_rows || columns > max_table_columns) {
            report_.error("import.table-too-large", content_path,
                          "the table has " + std::to_string(content->size()) + " rows and " +
                              std::to_string(columns) + " columns; an article's table holds at most " +
                              std::to_string(max_table_rows) + " rows and " +
                              std::to_string(max_table_columns) + " columns");
            return;
        }
        json rows = json::array();
        bool any_text = false;
        for (std::size_t r = 0; r < content->size(); ++r) {
            const json& row = (*content)[r];
            const std::string row_path = pointer_to_index(content_path, r);
            if (!row.is_array()) {
                report_.warning("import.bad-field", row_path,
                                "a table row is an array of cells; it is left out");
                continue;
            }
            json cells = json::array();
            for (std::size_t c = 0; c < row.size(); ++c) {
                const std::string cell_path = pointer_to_index(row_path, c);
                const std::string* html = row[c].get_ptr<const std::string*>();
                if (!html && !row[c].is_null()) {
                    report_.warning("import.bad-field", cell_path,
                                    "a table cell is a string; it is left empty");
                }
                std::string cell = html ? editorjs_inline_field(*html, cell_path, report_) : std::string();
                any_text = any_text || !cell.empty();
                cells.push_back(std::move(cell));
            }
            rows.push_back(std::move(cells));
        }
        if (!any_text) return;
        json block{{"type", "table"}};
        if (flag(data, "withHeadings")) block["header"] = true;
        block["rows"] = std::move(rows);
        add(std::move(block), path);
    }

    void code(const json& data, const std::string& data_path, const std::string& path) {
        const std::optional<std::string_view> text = string_field(data, data_path, "code");
        if (!text || text->find_first_not_of(" \t\r\n") == std::string_view::npos) return;
        json block{{"type", "code"}, {"text", *text}};
        const std::optional<std::string_view> language = string_field(data, data_path, "language");
        if (language && !language->empty()) block["language"] = *language;
        add(std::move(block), path);
    }

    void warning(const json& data, const std::string& data_path, const std::string& path) {
        std::string title = plain_field(data, data_path, "title");
        std::string message = inline_field(data, data_path, "message");
        if (message.empty()) {
            if (title.empty()) return;
            message = commonmark_text(title);
            title.clear();
        }
        json block{{"type", "callout"}};
        if (!title.empty()) block["title"] = std::move(title);
        block["text"] = std::move(message);
        add(std::move(block), path);
    }

    void raw(const json& data, const std::string& data_path, const std::string& path) {
        const std::optional<std::string_view> html = string_field(data, data_path, "html");
        if (!html || html->find_first_not_of(" \t\r\n") == std::string_view::npos) return;
        if (options_.raw_html == RawHtml::drop) {
            report_.warning("import.raw-html", data_path + "/html",
                            "raw HTML is never passed through: the block is left out (rawHtml: drop)");
            return;
        }
        // Shown as what it is: HTML source, escaped like every code block.
        add(json{{"type", "code"}, {"text", *html}, {"language", "html"}}, path);
    }

    void link_tool(const json& data, const std::string& data_path, const std::string& path) {
        std::string title, description;
        if (const json* meta = member(data, "meta")) {
            if (meta->is_object()) {
                title = plain_field(*meta, data_path + "/meta", "title");
                description = plain_field(*meta, data_path + "/meta", "description");
            } else {
                report_.warning("import.bad-field", data_path + "/meta",
                                "\"meta\" of a link is an object; its title and description are left out");
            }
        }
        std::string caption;
        if (!title.empty()) caption = "**" + commonmark_text(title) + "**";
        if (!title.empty() && !description.empty()) caption += " \xE2\x80\x94 ";  // —
        if (!description.empty()) caption += commonmark_text(description);
        std::optional<std::string> url = url_field(data, data_path, "link", "the link");
        if (!url) {
            keep_caption(caption, path);
            return;
        }
        json block{{"type", "embed"}, {"provider", "link"}, {"url", std::move(*url)}};
        if (!caption.empty()) block["caption"] = std::move(caption);
        add(std::move(block), path);
    }

    void attaches(const json& data, const std::string& data_path, const std::string& path) {
        const json* file = member(data, "file");
        if (!file || !file->is_object()) {
            report_.warning("import.bad-field", data_path + "/file",
                            "\"file\" of an attachment is an object with \"url\"; it is left out");
            return;
        }
        const std::string file_path = data_path + "/file";
        std::string name = plain_field(data, data_path, "title");
        if (name.empty()) name = plain_field(*file, file_path, "name");
        std::string details;
        if (const std::optional<std::string_view> extension = string_field(*file, file_path, "extension")) {
            for (char c : *extension) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                    details += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
                }
            }
        }
        if (const json* size = member(*file, "size")) {
            if (size->is_number() && size->get<double>() >= 0 && size->get<double>() < 1e15) {
                if (!details.empty()) details += ", ";
                details += file_size(size->get<double>());
            }
        }
        std::optional<std::string> url = url_field(*file, file_path, "url", "the attached file");
        if (name.empty()) name = url ? std::string(*url) : std::string();
        if (name.empty()) return;
        std::string text = url ? "[" + commonmark_text(name) + "](<" + escape_destination(*url) + ">)"
                               : commonmark_text(name);
        if (!details.empty()) text += " (" + commonmark_text(details) + ")";
        add(json{{"type", "paragraph"}, {"text", std::move(text)}}, path);
    }

    static std::string escape_destination(const std::string& url) {
        std::string out;
        for (char c : url) {
            if (c == '\n' || c == '\r') continue;
            if (c == '<' || c == '>' || c == '\\' || c == '&') out += '\\';
            out += c;
        }
        return out;
    }

    const EditorJsOptions& options_;
    ImportReport report_;
    ArticleBuilder builder_;
    bool title_taken_ = false;
};

}  // namespace

ImportResult import_editorjs_document(std::string_view document_json, std::string_view meta_json,
                                      const EditorJsOptions& options) {
    return EditorJsImporter(options).run(document_json, meta_json);
}

}  // namespace verstka::detail
