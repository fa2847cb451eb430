#include "article/json_reader.hpp"

#include <cstdint>
#include <string>
#include <vector>

#include "article/json_locator.hpp"
#include "article/message_text.hpp"
#include "article/parse_article.hpp"
#include "common/json_pointer.hpp"

namespace verstka::detail {

namespace {

using json = nlohmann::json;

// Builds the DOM like nlohmann's own json_sax_dom_parser, but refuses to nest deeper than
// the limit and notices repeated keys.
class DomBuilder {
public:
    DomBuilder(int max_depth, Diagnostics& diagnostics)
        : max_depth_(static_cast<std::size_t>(max_depth)), diagnostics_(diagnostics) {}

    bool null() { return add(json(nullptr)); }
    bool boolean(bool value) { return add(json(value)); }
    bool number_integer(json::number_integer_t value) { return add(json(value)); }
    bool number_unsigned(json::number_unsigned_t value) { return add(json(value)); }
    bool number_float(json::number_float_t value, const std::string& /*text*/) { return add(json(value)); }
    bool string(std::string& value) { return add(json(std::move(value))); }
    bool binary(json::binary_t& /*value*/) { return false; }  // not produced by JSON text

    bool start_object(std::size_t /*size*/) { return open(json::value_t::object); }
    bool start_array(std::size_t /*size*/) { return open(json::value_t::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& name) {
        if (name.size() > max_key_bytes) {
            key_too_long_ = name.size();
            key_too_long_pointer_ = container_pointer();
            return false;
        }
        // One search of the object: the member's slot, new or (a repeated key) the old one,
        // which the value then overwrites.
        Level& level = stack_.back();
        const auto [member, added] =
            level.node->get_ptr<json::object_t*>()->emplace(std::move(name), nullptr);
        level.key = &member->first;
        level.slot = &member->second;
        if (!added && ++duplicates_ <= max_reported_problems) {
            Diagnostic d;
            d.severity = Severity::warning;
            d.code = "json.duplicate-key";
            d.path = pointer_to_member(container_pointer(), member->first);
            d.message = "key " + quote_for_message(member->first) +
                        " appears more than once in the same object; the last value is used";
            diagnostics_.push_back(std::move(d));
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string& /*last_token*/,
                     const nlohmann::detail::exception& error) {
        syntax_error_ = true;
        // nlohmann counts the failing byte as read; end of input counts as one more.
        error_offset_ = position == 0 ? 0 : position - 1;
        error_message_ = clean_message(error.what());
        return false;
    }

    std::size_t duplicates() const noexcept { return duplicates_; }
    bool too_deep() const noexcept { return too_deep_; }
    std::size_t key_too_long() const noexcept { return key_too_long_; }
    const std::string& key_too_long_pointer() const noexcept { return key_too_long_pointer_; }
    const std::string& too_deep_pointer() const noexcept { return too_deep_pointer_; }
    bool syntax_error() const noexcept { return syntax_error_; }
    std::size_t error_offset() const noexcept { return error_offset_; }
    const std::string& error_message() const noexcept { return error_message_; }
    json& root() noexcept { return root_; }

private:
    struct Level {
        json* node = nullptr;
        // When `node` is an object: the current member's key and value (map nodes stay put).
        const std::string* key = nullptr;
        json* slot = nullptr;
    };

    // JSON Pointer of the innermost open container.
    std::string container_pointer() const {
        std::string out;
        for (std::size_t i = 0; i + 1 < stack_.size(); ++i) append_slot(out, stack_[i], false);
        return out;
    }

    // JSON Pointer of the value about to be added.
    std::string pointer() const {
        if (stack_.empty()) return {};
        std::string out = container_pointer();
        append_slot(out, stack_.back(), true);
        return out;
    }

    // Appends the reference token of a level's open child (`next`: of the child about to be added).
    static void append_slot(std::string& pointer, const Level& level, bool next) {
        if (level.node->is_object()) {
            append_pointer_member(pointer, level.key ? std::string_view(*level.key) : std::string_view());
            return;
        }
        const std::size_t size = level.node->size();
        append_pointer_index(pointer, next || size == 0 ? size : size - 1);
    }

    json* insert(json&& value) {
        if (stack_.empty()) {
            root_ = std::move(value);
            return &root_;
        }
        Level& level = stack_.back();
        if (level.node->is_array()) {
            level.node->push_back(std::move(value));
            return &level.node->back();
        }
        *level.slot = std::move(value);
        return level.slot;
    }

    bool add(json&& value) {
        insert(std::move(value));
        return true;
    }

    bool open(json::value_t type) {
        if (stack_.size() >= max_depth_) {
            too_deep_ = true;
            too_deep_pointer_ = pointer();
            return false;
        }
        json* node = insert(json(type));
        stack_.push_back(Level{node, nullptr, nullptr});
        return true;
    }

    bool close() {
        stack_.pop_back();
        return true;
    }

    // "[json.exception.parse_error.101] parse error at line 1, column 4: syntax error while
    // parsing value - invalid literal; last read: 'tru,'" → "syntax error while parsing value
    // - invalid literal". Our own line:column replaces nlohmann's byte-based one, and the last
    // token is dropped because it can be megabytes long.
    static std::string clean_message(std::string text) {
        const std::size_t id_end = text.find("] ");
        if (id_end != std::string::npos) text.erase(0, id_end + 2);
        if (text.rfind("parse error", 0) == 0) {
            const std::size_t colon = text.find(": ");
            if (colon != std::string::npos) text.erase(0, colon + 2);
        }
        const std::size_t last_read = text.find("; last read:");
        if (last_read != std::string::npos) text.erase(last_read);
        return text;
    }

    std::size_t max_depth_;
    Diagnostics& diagnostics_;
    json root_;
    std::vector<Level> stack_;
    std::size_t duplicates_ = 0;
    bool too_deep_ = false;
    std::string too_deep_pointer_;
    std::size_t key_too_long_ = 0;
    std::string key_too_long_pointer_;
    bool syntax_error_ = false;
    std::size_t error_offset_ = 0;
    std::string error_message_;
};

}  // namespace

// nlohmann stops just after the token that broke the grammar ("unexpected string literal")
// or a number out of range; editors want that token's start, so step back over a string or a
// bare word. A lexer error ("invalid literal") already stops at the failing byte and is kept.
std::size_t offending_token_start(std::string_view text, std::size_t offset, std::string_view message) {
    const bool after_token = message.find("unexpected") != std::string_view::npos ||
                             message.find("overflow") != std::string_view::npos;
    if (!after_token || offset >= text.size()) return offset;
    auto is_word = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '.' || c == '+' || c == '-' ||
               c == 'E';
    };
    if (text[offset] == '"') {
        for (std::size_t i = offset; i-- > 0;) {
            if (text[i] != '"') continue;
            std::size_t backslashes = 0;
            while (i > backslashes && text[i - 1 - backslashes] == '\\') ++backslashes;
            if (backslashes % 2 == 0) return i;
        }
        return offset;
    }
    std::size_t start = offset;
    while (start > 0 && is_word(text[start]) && is_word(text[start - 1])) --start;
    return start;
}

std::optional<nlohmann::json> read_json(std::string_view text, int max_depth, Diagnostics& diagnostics) {
    DomBuilder builder(max_depth, diagnostics);
    const bool ok = json::sax_parse(text.begin(), text.end(), &builder);
    if (builder.duplicates() > max_reported_problems) {
        Diagnostic d;
        d.severity = Severity::warning;
        d.code = "json.duplicate-key";
        d.message = std::to_string(builder.duplicates() - max_reported_problems) +
                    " more duplicate keys were found but not listed";
        diagnostics.push_back(std::move(d));
    }
    if (ok) return std::move(builder.root());

    Diagnostic d;
    d.severity = Severity::error;
    if (builder.key_too_long() > 0) {
        // Placed at the object that holds the key by parse_article's locator.
        d.code = "article.key-too-long";
        d.path = builder.key_too_long_pointer();
        d.message = "an object key is " + std::to_string(builder.key_too_long()) +
                    " bytes long; keys are at most " + std::to_string(max_key_bytes) + " bytes";
    } else if (builder.too_deep()) {
        d.code = "json.too-deep";
        d.path = builder.too_deep_pointer();
        d.message =
            "JSON nesting is deeper than " + std::to_string(max_depth) + " levels of arrays and objects";
        std::size_t offset = find_too_deep(text, max_depth);
        if (offset == std::string_view::npos) offset = 0;
        const SourcePosition at = source_position(text, offset);
        d.line = at.line;
        d.column = at.column;
    } else {
        d.code = "json.syntax";
        d.message =
            builder.syntax_error() ? "invalid JSON: " + builder.error_message() : std::string("invalid JSON");
        const SourcePosition at =
            source_position(text, offending_token_start(text, builder.error_offset(), d.message));
        d.line = at.line;
        d.column = at.column;
    }
    diagnostics.push_back(std::move(d));
    return std::nullopt;
}

}  // namespace verstka::detail
