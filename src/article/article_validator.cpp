#include "article/article_validator.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "article/date_time.hpp"
#include "article/json_locator.hpp"
#include "article/message_text.hpp"
#include "article/parse_article.hpp"
#include "common/json_pointer.hpp"
#include "common/utf8.hpp"

namespace verstka::detail {

namespace {

using json = nlohmann::json;
using Fields = std::vector<std::string_view>;

constexpr long long max_image_side = 100000;

constexpr std::array<std::string_view, 5> age_ratings = {"0+", "6+", "12+", "16+", "18+"};
constexpr std::array<std::string_view, 5> embed_providers = {"youtube", "rutube", "vk", "telegram", "link"};
constexpr std::array<BlockType, 11> block_types = {
    BlockType::paragraph, BlockType::heading, BlockType::quote, BlockType::image,
    BlockType::list,      BlockType::callout, BlockType::embed, BlockType::markdown,
    BlockType::divider,   BlockType::table,   BlockType::code};

// Unicode white space, including NBSP and the typographic spaces, counts as blank.
bool is_space(char32_t c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x85 ||
           c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool is_blank(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        if (!is_space(utf8::decode(s, i))) return false;
    }
    return true;
}

std::string shown_value(std::string_view s) { return quote_for_message(s); }

template <std::size_t N>
std::string one_of(const std::array<std::string_view, N>& values) {
    std::string out;
    for (std::size_t i = 0; i < N; ++i) {
        if (i > 0) out += i + 1 == N ? " or " : ", ";
        out += values[i];
    }
    return out;
}

// "a string", "an array", "null" …: a value's JSON type for messages.
std::string type_phrase(const json& value) {
    if (value.is_null()) return "null";
    if (value.is_boolean()) return "a boolean";
    const std::string name = value.type_name();
    return (name == "array" || name == "object" ? "an " : "a ") + name;
}

class Validator {
public:
    explicit Validator(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

    Article run(const json& document) {
        Article article;
        if (!document.is_object()) {
            bad_type("", "the article", "an object", document);
            return article;
        }
        const std::string root;
        check_fields(document, root, "the article",
                     {"$schema", "v", "id", "lang", "url", "rubric", "title", "lead", "published", "updated",
                      "dateline", "ageRating", "authors", "source", "cover", "body", "links", "tags"});
        read_version(document, article);
        text(document, root, "id", "the article", Need::optional, article.id);
        text(document, root, "lang", "the article", Need::optional, article.lang);
        text(document, root, "url", "the article", Need::optional, article.url);
        text(document, root, "rubric", "the article", Need::optional, article.rubric);
        read_title(document, article);
        text(document, root, "lead", "the article", Need::optional, article.lead);
        article.published = date(document, "published");
        article.updated = date(document, "updated");
        text(document, root, "dateline", "the article", Need::optional, article.dateline);
        read_age_rating(document, article);
        read_authors(document, article);
        if (const json* source = object(document, root, "source", "the article")) {
            article.source = person(*source, "/source", "the source");
        }
        if (const json* cover = object(document, root, "cover", "the article")) {
            article.cover = image(*cover, "/cover", "the cover", {});
        }
        read_body(document, article);
        read_links(document, article);
        read_tags(document, article);
        report_dropped();
        return article;
    }

private:
    enum class Need { optional, required };

    // The reporting helpers are cold: a clean article never calls them, so the compiler keeps
    // their message building out of the field readers (smaller and no slower).
    [[gnu::cold]] void add(Severity severity, const char* code, std::string path, std::string message) {
        // A hostile input can hold a million small mistakes; listing them all costs memory.
        if (reported_ >= max_reported_problems) {
            ++dropped_;
            if (severity == Severity::error) ++dropped_errors_;
            return;
        }
        ++reported_;
        Diagnostic d;
        d.severity = severity;
        d.code = code;
        d.path = std::move(path);
        d.message = std::move(message);
        diagnostics_.push_back(std::move(d));
    }
    void report_dropped() {
        if (dropped_ == 0) return;
        Diagnostic d;
        d.severity = dropped_errors_ > 0 ? Severity::error : Severity::warning;
        d.code = "article.too-many-problems";
        d.message = std::to_string(dropped_) + " more problems (" + std::to_string(dropped_errors_) +
                    " of them errors) were found but not listed";
        diagnostics_.push_back(std::move(d));
    }

    [[gnu::cold]] void error(const char* code, std::string path, std::string message) {
        add(Severity::error, code, std::move(path), std::move(message));
    }

    [[gnu::cold]] void bad_type(std::string path, std::string_view what, std::string_view expected,
                                const json& value) {
        error("article.bad-type", std::move(path),
              std::string(what) + " must be " + std::string(expected) + ", not " + type_phrase(value));
    }

    [[gnu::cold]] void missing(std::string path, std::string_view key, std::string_view owner,
                               std::string_view expected) {
        error("article.missing-field", std::move(path),
              "\"" + std::string(key) + "\" of " + std::string(owner) +
                  " is required: " + std::string(expected));
    }

    void check_fields(const json& object, const std::string& path, std::string_view owner,
                      const Fields& allowed) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (std::string_view name : allowed) known = known || name == it.key();
            if (!known) {
                add(Severity::warning, "article.unknown-field", pointer_to_member(path, it.key()),
                    "unknown field " + shown_value(it.key()) + " in " + std::string(owner) +
                        " is not part of format v1 and is ignored");
            }
        }
    }

    // Member `key` of `object`, or null when it is absent or JSON null (the same thing).
    static const json* member(const json& object, std::string_view key) {
        const auto it = object.find(key);
        if (it == object.end() || it->is_null()) return nullptr;
        return &*it;
    }

    // Checks what every string must satisfy; returns it even when too long or with NUL, so
    // nothing is dropped silently (the error already stops the article).
    const std::string* string_value(const json& value, const std::string& path, std::string_view what) {
        const std::string* s = value.get_ptr<const std::string*>();
        if (!s) {
            bad_type(path, what, "a string", value);
            return nullptr;
        }
        if (s->size() > max_string_bytes) {
            error("article.string-too-long", path,
                  std::string(what) + " is " + std::to_string(s->size()) + " bytes long; the limit is " +
                      std::to_string(max_string_bytes) + " bytes (1 MiB) per string");
        }
        const std::size_t nul = s->find('\0');
        if (nul != std::string::npos) {
            error("article.nul-character", path,
                  std::string(what) + " contains the character U+0000 (at byte " + std::to_string(nul) +
                      " of the string), which is not allowed in text");
        }
        return s;
    }

    // Reads string member `key` into `out`; a required one must also be non-blank.
    bool text(const json& object, const std::string& base, std::string_view key, std::string_view owner,
              Need need, std::string& out) {
        const json* value = member(object, key);
        if (!value && need != Need::required) return false;
        // The usual field, a string within the limits, is taken without making the path and
        // the wording its diagnostics would need (allocations per field of every article).
        const std::string* usual = value ? value->get_ptr<const std::string*>() : nullptr;
        if (usual && usual->size() <= max_string_bytes && usual->find('\0') == std::string::npos &&
            !(need == Need::required && is_blank(*usual))) {
            out = *usual;
            return true;
        }
        const std::string path = pointer_to_member(base, key);
        const std::string what = "\"" + std::string(key) + "\" of " + std::string(owner);
        if (!value) {
            if (need == Need::required) missing(path, key, owner, "a non-empty string");
            return false;
        }
        const std::string* s = string_value(*value, path, what);
        if (!s) return false;
        out = *s;
        if (need == Need::required && is_blank(*s)) {
            missing(path, key, owner, "a non-empty string, not an empty or blank one");
        }
        return true;
    }

    const json* object(const json& parent, const std::string& base, std::string_view key,
                       std::string_view owner) {
        const json* value = member(parent, key);
        if (!value) return nullptr;
        if (!value->is_object()) {
            bad_type(pointer_to_member(base, key), "\"" + std::string(key) + "\" of " + std::string(owner),
                     "an object", *value);
            return nullptr;
        }
        return value;
    }

    const json* array(const json& parent, const std::string& base, std::string_view key,
                      std::string_view owner) {
        const json* value = member(parent, key);
        if (!value) return nullptr;
        if (!value->is_array()) {
            bad_type(pointer_to_member(base, key), "\"" + std::string(key) + "\" of " + std::string(owner),
                     "an array", *value);
            return nullptr;
        }
        return value;
    }

    // An integer value, whichever of nlohmann's integer kinds holds it.
    static std::optional<long long> integer(const json& value) {
        if (const auto* i = value.get_ptr<const json::number_integer_t*>()) return *i;
        if (const auto* u = value.get_ptr<const json::number_unsigned_t*>()) {
            if (*u > static_cast<json::number_unsigned_t>(INT64_MAX)) return INT64_MAX;
            return static_cast<long long>(*u);
        }
        // JSON Schema counts 1200.0 as an integer too; so does verstka.
        if (const auto* f = value.get_ptr<const json::number_float_t*>()) {
            if (std::floor(*f) == *f && std::fabs(*f) < 1e15) return static_cast<long long>(*f);
        }
        return std::nullopt;
    }

    void read_version(const json& document, Article& article) {
        const json* value = member(document, "v");
        if (!value) return;
        const std::optional<long long> v = integer(*value);
        if (!v) {
            bad_type("/v", "\"v\" (the format version)", "the integer 1", *value);
        } else if (*v != 1) {
            error("article.bad-version", "/v",
                  "format version \"v\" is " + std::to_string(*v) + "; this verstka reads version 1 only");
        } else {
            article.v = 1;
        }
    }

    void read_title(const json& document, Article& article) {
        const json* value = member(document, "title");
        if (!value) {
            error("article.missing-title", "/title",
                  "the article has no \"title\": a non-empty string is required");
            return;
        }
        const std::string* s = string_value(*value, "/title", "\"title\" of the article");
        if (!s) return;
        article.title = *s;
        if (is_blank(*s)) {
            error("article.missing-title", "/title",
                  "\"title\" of the article is empty or blank: a non-empty string is required");
        }
    }

    std::optional<DateTime> date(const json& document, std::string_view key) {
        const std::string path = pointer_to_member("", key);
        const json* value = member(document, key);
        if (!value) return std::nullopt;
        const std::string what = "\"" + std::string(key) + "\" of the article";
        const std::string* s = string_value(*value, path, what);
        if (!s) return std::nullopt;
        std::optional<DateTime> dt = parse_date_time(*s);
        if (!dt) {
            error("article.bad-date", path,
                  what + " is " + shown_value(*s) +
                      ", not a valid ISO 8601 date-time with an offset such as "
                      "2024-09-13T10:00:00+03:00 or 2024-09-13T07:00Z");
        }
        return dt;
    }

    void read_age_rating(const json& document, Article& article) {
        const json* value = member(document, "ageRating");
        if (!value) return;
        const std::string* s = string_value(*value, "/ageRating", "\"ageRating\" of the article");
        if (!s) return;
        for (std::string_view r : age_ratings) {
            if (*s == r) {
                article.age_rating = *s;
                return;
            }
        }
        article.age_rating = *s;
        error("article.bad-age-rating", "/ageRating",
              "\"ageRating\" is " + shown_value(*s) + "; expected one of " + one_of(age_ratings));
    }

    Person person(const json& value, const std::string& path, std::string_view owner) {
        Person p;
        check_fields(value, path, owner, {"name", "url"});
        text(value, path, "name", owner, Need::required, p.name);
        text(value, path, "url", owner, Need::optional, p.url);
        return p;
    }

    void read_authors(const json& document, Article& article) {
        const json* authors = array(document, "", "authors", "the article");
        if (!authors) return;
        for (std::size_t i = 0; i < authors->size(); ++i) {
            const std::string path = pointer_to_index("/authors", i);
            const json& entry = (*authors)[i];
            if (!entry.is_object()) {
                bad_type(path, "an author", "an object with \"name\" and \"url\"", entry);
                continue;
            }
            article.authors.push_back(person(entry, path, "an author"));
        }
    }

    // Image fields shared by the cover and image blocks; `extra` lists other allowed keys.
    Image image(const json& value, const std::string& path, std::string_view owner, Fields extra) {
        Image img;
        Fields allowed = std::move(extra);
        for (std::string_view f : {"src", "alt", "caption", "credit", "creditPrefix", "width", "height"}) {
            allowed.push_back(f);
        }
        check_fields(value, path, owner, allowed);
        text(value, path, "src", owner, Need::required, img.src);
        text(value, path, "alt", owner, Need::optional, img.alt);
        text(value, path, "caption", owner, Need::optional, img.caption);
        text(value, path, "credit", owner, Need::optional, img.credit);
        img.credit_prefix = "Фото";
        text(value, path, "creditPrefix", owner, Need::optional, img.credit_prefix);
        img.width = image_side(value, path, "width", owner);
        img.height = image_side(value, path, "height", owner);
        return img;
    }

    int image_side(const json& object, const std::string& base, std::string_view key,
                   std::string_view owner) {
        const json* value = member(object, key);
        if (!value) return 0;
        const std::string path = pointer_to_member(base, key);
        const std::string what = "\"" + std::string(key) + "\" of " + std::string(owner);
        const std::optional<long long> n = integer(*value);
        if (!n) {
            bad_type(path, what, "an integer number of pixels", *value);
            return 0;
        }
        if (*n < 1 || *n > max_image_side) {
            error("article.bad-image-size", path,
                  what + " is " + std::to_string(*n) +
                      "; expected a positive integer number of pixels, at most " +
                      std::to_string(max_image_side));
            return 0;
        }
        return static_cast<int>(*n);
    }

    void read_body(const json& document, Article& article) {
        const json* body = member(document, "body");
        if (!body) {
            error("article.missing-body", "/body",
                  "the article has no \"body\": an array of blocks is required (it may be "
                  "empty)");
            return;
        }
        if (!body->is_array()) {
            bad_type("/body", "\"body\" of the article", "an array of blocks", *body);
            return;
        }
        std::size_t count = body->size();
        if (count > max_blocks) {
            error("article.too-many-blocks", "/body",
                  "\"body\" has " + std::to_string(count) + " blocks; the limit is " +
                      std::to_string(max_blocks));
            count = max_blocks;  // the rest is not checked: the article is rejected anyway
        }
        article.body.reserve(count);
        for (std::size_t i = 0; i < count; ++i) {
            std::optional<Block> block = read_block((*body)[i], pointer_to_index("/body", i));
            if (block) article.body.push_back(std::move(*block));
        }
    }

    std::optional<Block> read_block(const json& value, const std::string& path) {
        if (!value.is_object()) {
            bad_type(path, "a body block", "an object with a \"type\"", value);
            return std::nullopt;
        }
        const json* type_value = member(value, "type");
        if (!type_value) {
            missing(pointer_to_member(path, "type"), "type", "a body block", "one of the block type names");
            return std::nullopt;
        }
        const std::string* type_name =
            string_value(*type_value, pointer_to_member(path, "type"), "\"type\" of a body block");
        if (!type_name) return std::nullopt;
        Block block;
        bool known = false;
        for (BlockType t : block_types) {
            if (*type_name == block_type_name(t)) {
                block.type = t;
                known = true;
            }
        }
        if (!known) {
            std::string names;
            for (BlockType t : block_types) {
                if (!names.empty()) names += ", ";
                names += block_type_name(t);
            }
            error("article.bad-block-type", pointer_to_member(path, "type"),
                  "unknown block type " + shown_value(*type_name) + "; expected one of " + names);
            return std::nullopt;
        }
        const std::string owner = std::string(block.type == BlockType::image ? "an " : "a ") +
                                  block_type_name(block.type) + " block";
        switch (block.type) {
            case BlockType::paragraph:
            case BlockType::markdown:
                check_fields(value, path, owner, {"type", "text"});
                text(value, path, "text", owner, Need::required, block.text);
                break;
            case BlockType::heading:
                check_fields(value, path, owner, {"type", "level", "text"});
                block.level = heading_level(value, path);
                text(value, path, "text", owner, Need::required, block.text);
                break;
            case BlockType::quote:
                check_fields(value, path, owner, {"type", "text", "author", "role"});
                text(value, path, "text", owner, Need::required, block.text);
                text(value, path, "author", owner, Need::optional, block.author);
                text(value, path, "role", owner, Need::optional, block.role);
                break;
            case BlockType::image:
                block.image = image(value, path, owner, {"type", "border", "stretched", "background"});
                block.image.border = flag(value, path, "border", owner);
                block.image.stretched = flag(value, path, "stretched", owner);
                block.image.background = flag(value, path, "background", owner);
                break;
            case BlockType::list:
                check_fields(value, path, owner, {"type", "ordered", "items"});
                block.ordered = list_ordered(value, path);
                block.items = list_items(value, path, owner);
                break;
            case BlockType::callout:
                check_fields(value, path, owner, {"type", "title", "text"});
                text(value, path, "title", owner, Need::optional, block.title);
                text(value, path, "text", owner, Need::required, block.text);
                break;
            case BlockType::embed:
                check_fields(value, path, owner, {"type", "provider", "url", "caption"});
                block.provider = embed_provider(value, path, owner);
                text(value, path, "url", owner, Need::required, block.url);
                text(value, path, "caption", owner, Need::optional, block.caption);
                break;
            case BlockType::divider:
                check_fields(value, path, owner, {"type"});
                break;
            case BlockType::table:
                check_fields(value, path, owner, {"type", "header", "rows", "caption"});
                block.header = flag(value, path, "header", owner);
                block.rows = table_rows(value, path, owner);
                text(value, path, "caption", owner, Need::optional, block.caption);
                break;
            case BlockType::code:
                check_fields(value, path, owner, {"type", "text", "language"});
                text(value, path, "text", owner, Need::required, block.text);
                text(value, path, "language", owner, Need::optional, block.language);
                break;
        }
        return block;
    }

    int heading_level(const json& block, const std::string& path) {
        const json* value = member(block, "level");
        if (!value) return 2;
        const std::optional<long long> level = integer(*value);
        if (!level) {
            bad_type(pointer_to_member(path, "level"), "\"level\" of a heading block",
                     "the integer 2, 3 or 4", *value);
            return 2;
        }
        if (*level < 2 || *level > 4) {
            error("article.bad-heading-level", pointer_to_member(path, "level"),
                  "\"level\" of a heading block is " + std::to_string(*level) +
                      "; expected 2, 3 or 4 (level 1 is the article title)");
            return 2;
        }
        return static_cast<int>(*level);
    }

    bool list_ordered(const json& block, const std::string& path) {
        return flag(block, path, "ordered", "a list block");
    }

    // An optional boolean member; absent is false.
    bool flag(const json& object, const std::string& path, std::string_view key, std::string_view owner) {
        const json* value = member(object, key);
        if (!value) return false;
        if (!value->is_boolean()) {
            bad_type(pointer_to_member(path, key), "\"" + std::string(key) + "\" of " + std::string(owner),
                     "true or false", *value);
            return false;
        }
        return *value->get_ptr<const bool*>();
    }

    // `rows` of a table: a non-empty array of arrays of strings (cells, inline CommonMark), at
    // most max_table_rows × max_table_columns; rows may differ in length (the card pads them).
    std::vector<std::vector<std::string>> table_rows(const json& block, const std::string& path,
                                                     const std::string& owner) {
        std::vector<std::vector<std::string>> rows;
        const std::string rows_path = path + "/rows";
        const json* value = member(block, "rows");
        if (!value) {
            missing(rows_path, "rows", owner, "a non-empty array of rows, each an array of cells");
            return rows;
        }
        if (!value->is_array()) {
            bad_type(rows_path, "\"rows\" of a table block", "an array of rows", *value);
            return rows;
        }
        if (value->empty()) {
            missing(rows_path, "rows", owner, "at least one row");
            return rows;
        }
        std::size_t columns = 0;
        for (const json& row : *value) columns = std::max(columns, row.is_array() ? row.size() : 0);
        if (value->size() > max_table_rows || columns > max_table_columns) {
            // Not read further: the article is rejected, and a huge table must cost nothing.
            error("article.table-too-large", rows_path,
                  "the table has " + std::to_string(value->size()) + " rows and " + std::to_string(columns) +
                      " columns; the limit is " + std::to_string(max_table_rows) + " rows and " +
                      std::to_string(max_table_columns) + " columns");
            return rows;
        }
        rows.reserve(value->size());
        for (std::size_t r = 0; r < value->size(); ++r) {
            const std::string row_path = pointer_to_index(rows_path, r);
            const json& row = (*value)[r];
            if (!row.is_array()) {
                bad_type(row_path, "a table row", "an array of cells (strings)", row);
                continue;
            }
            std::vector<std::string>& cells = rows.emplace_back();
            cells.reserve(row.size());
            for (std::size_t c = 0; c < row.size(); ++c) {
                const std::string* s = string_value(row[c], pointer_to_index(row_path, c), "a table cell");
                cells.push_back(s ? *s : std::string());
            }
        }
        return rows;
    }

    std::vector<std::string> list_items(const json& block, const std::string& path,
                                        const std::string& owner) {
        std::vector<std::string> items;
        const json* value = member(block, "items");
        if (!value) {
            missing(pointer_to_member(path, "items"), "items", owner, "a non-empty array of strings");
            return items;
        }
        if (!value->is_array()) {
            bad_type(pointer_to_member(path, "items"), "\"items\" of a list block", "an array of strings",
                     *value);
            return items;
        }
        if (value->empty()) {
            missing(pointer_to_member(path, "items"), "items", owner, "at least one item");
            return items;
        }
        for (std::size_t i = 0; i < value->size(); ++i) {
            const std::string item_path = pointer_to_index(pointer_to_member(path, "items"), i);
            const std::string* s = string_value((*value)[i], item_path, "a list item");
            if (!s) continue;
            if (is_blank(*s)) {
                error("article.missing-field", item_path,
                      "a list item is empty or blank: each item needs text");
            }
            items.push_back(*s);
        }
        return items;
    }

    std::string embed_provider(const json& block, const std::string& path, const std::string& owner) {
        const json* value = member(block, "provider");
        const std::string provider_path = pointer_to_member(path, "provider");
        if (!value) {
            missing(provider_path, "provider", owner, "one of " + one_of(embed_providers));
            return {};
        }
        const std::string* s = string_value(*value, provider_path, "\"provider\" of " + owner);
        if (!s) return {};
        for (std::string_view p : embed_providers) {
            if (*s == p) return *s;
        }
        error("article.bad-embed-provider", provider_path,
              "embed provider " + shown_value(*s) + " is not supported; expected one of " +
                  one_of(embed_providers));
        return *s;
    }

    std::optional<Link> link(const json& links, std::string_view key, const Fields& allowed) {
        const json* value = object(links, "/links", key, "\"links\"");
        if (!value) return std::nullopt;
        const std::string path = pointer_to_member("/links", key);
        const std::string owner = "links." + std::string(key);
        Link l;
        check_fields(*value, path, owner, allowed);
        text(*value, path, "url", owner, Need::required, l.url);
        text(*value, path, "label", owner, Need::optional, l.label);
        if (key == "next") text(*value, path, "title", owner, Need::optional, l.title);
        return l;
    }

    void read_links(const json& document, Article& article) {
        const json* links = object(document, "", "links", "the article");
        if (!links) return;
        check_fields(*links, "/links", "\"links\"", {"full", "next"});
        article.link_full = link(*links, "full", {"url", "label"});
        article.link_next = link(*links, "next", {"url", "label", "title"});
    }

    void read_tags(const json& document, Article& article) {
        const json* tags = array(document, "", "tags", "the article");
        if (!tags) return;
        for (std::size_t i = 0; i < tags->size(); ++i) {
            const std::string path = pointer_to_index("/tags", i);
            const std::string* s = string_value((*tags)[i], path, "a tag");
            if (!s) continue;
            if (is_blank(*s)) {
                error("article.missing-field", path, "a tag is empty or blank: each tag needs text");
            }
            article.tags.push_back(*s);
        }
    }

    Diagnostics& diagnostics_;
    std::size_t reported_ = 0;
    std::size_t dropped_ = 0;
    std::size_t dropped_errors_ = 0;
};

}  // namespace

Article validate_article_document(const nlohmann::json& document, Diagnostics& diagnostics) {
    return Validator(diagnostics).run(document);
}

}  // namespace verstka::detail
