#include "article/json_locator.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

#include "common/json_pointer.hpp"
#include "common/utf8.hpp"

namespace verstka::detail {

namespace {

bool is_ws(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void skip_ws(std::string_view s, std::size_t& pos) noexcept {
    while (pos < s.size() && is_ws(s[pos])) ++pos;
}

int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Reads four hex digits at s[pos]; -1 when they are not there.
long read_hex4(std::string_view s, std::size_t pos) noexcept {
    if (pos + 4 > s.size()) return -1;
    long v = 0;
    for (std::size_t k = 0; k < 4; ++k) {
        const int h = hex_value(s[pos + k]);
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

// Decodes the string starting at the quote s[pos]; leaves `pos` after the closing quote.
// Returns false on malformed input (the caller then stops scanning).
bool read_string(std::string_view s, std::size_t& pos, std::string* out) {
    if (pos >= s.size() || s[pos] != '"') return false;
    ++pos;
    if (!out) {
        // Only skipping: the closing quote is the first one after an even run of backslashes
        // (each escape is a backslash and one more character). memchr finds quotes quickly.
        for (;;) {
            const void* quote = pos < s.size() ? std::memchr(s.data() + pos, '"', s.size() - pos) : nullptr;
            if (!quote) return false;
            const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(quote) - s.data());
            std::size_t backslashes = 0;
            while (s[at - 1 - backslashes] == '\\') ++backslashes;  // stops at the opening quote
            pos = at + 1;
            if (backslashes % 2 == 0) return true;
        }
    }
    while (pos < s.size()) {
        const char c = s[pos];
        if (c == '"') {
            ++pos;
            return true;
        }
        if (c != '\\') {
            *out += c;
            ++pos;
            continue;
        }
        if (pos + 1 >= s.size()) return false;
        const char e = s[pos + 1];
        pos += 2;
        switch (e) {
            case 'b':
                *out += '\b';
                break;
            case 'f':
                *out += '\f';
                break;
            case 'n':
                *out += '\n';
                break;
            case 'r':
                *out += '\r';
                break;
            case 't':
                *out += '\t';
                break;
            case 'u': {
                long cp = read_hex4(s, pos);
                if (cp < 0) return false;
                pos += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF && pos + 1 < s.size() && s[pos] == '\\' &&
                    s[pos + 1] == 'u') {
                    const long lo = read_hex4(s, pos + 2);
                    if (lo >= 0xDC00 && lo <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        pos += 6;
                    }
                }
                utf8::append(*out, static_cast<char32_t>(cp));
                break;
            }
            default:
                *out += e;
                break;  // \" \\ \/
        }
    }
    return false;
}

// A leading UTF-8 byte order mark is not part of the JSON text.
std::size_t bom_length(std::string_view text) noexcept { return text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; }

// Moves `pos` from the bracket that opens a container past the one that closes it, skipping
// strings; false when the text ends first. Brackets are counted, not matched: the text is
// valid JSON (the parser accepted it) wherever a caller skips.
bool skip_container(std::string_view s, std::size_t& pos) {
    std::size_t depth = 0;
    while (pos < s.size()) {
        const char c = s[pos];
        if (c == '"') {
            if (!read_string(s, pos, nullptr)) return false;
            continue;
        }
        ++pos;
        if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return true;
        }
    }
    return false;
}

struct Frame {
    bool object = false;
    std::size_t index = 0;
    std::size_t base = 0;  // length of the pointer of the container itself
};

}  // namespace

SourcePosition source_position(std::string_view text, std::size_t offset) noexcept {
    return PositionCounter(text).at(offset);
}

SourcePosition PositionCounter::at(std::size_t offset) noexcept {
    if (offset > text_.size()) offset = text_.size();
    if (offset_ == 0 || offset < offset_) {
        offset_ = bom_length(text_);
        position_ = SourcePosition{1, 1};
    }
    if (offset <= offset_) return position_;
    const char* const data = text_.data();
    if (std::memchr(data + offset_, '\r', offset - offset_) == nullptr) {
        // No CR (the usual case): lines end at each LF, which memchr finds; the column counts
        // the lead bytes after the last one.
        std::size_t line_start = offset_;
        while (const void* lf = std::memchr(data + line_start, '\n', offset - line_start)) {
            ++position_.line;
            position_.column = 1;
            line_start = static_cast<std::size_t>(static_cast<const char*>(lf) - data) + 1;
        }
        int lead_bytes = 0;
        for (std::size_t i = line_start; i < offset; ++i) {
            lead_bytes += (static_cast<unsigned char>(data[i]) & 0xC0) != 0x80 ? 1 : 0;
        }
        position_.column += lead_bytes;
        offset_ = offset;
        return position_;
    }
    for (; offset_ < offset; ++offset_) {
        const auto c = static_cast<unsigned char>(data[offset_]);
        if (c == '\n' || (c == '\r' && (offset_ + 1 >= text_.size() || data[offset_ + 1] != '\n'))) {
            ++position_.line;
            position_.column = 1;
        } else if (c != '\r' && (c & 0xC0) != 0x80) {
            ++position_.column;
        }
    }
    return position_;
}

std::size_t find_too_deep(std::string_view text, int max_depth) noexcept {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::string_view::npos;
}

std::vector<std::string> sorted_pointers(std::vector<std::string> pointers) {
    std::sort(pointers.begin(), pointers.end());
    pointers.erase(std::unique(pointers.begin(), pointers.end()), pointers.end());
    return pointers;
}

std::size_t pointer_index(const std::vector<std::string>& pointers, std::string_view pointer) noexcept {
    const auto it = std::lower_bound(pointers.begin(), pointers.end(), pointer,
                                     [](const std::string& a, std::string_view b) { return a < b; });
    return it != pointers.end() && *it == pointer ? static_cast<std::size_t>(it - pointers.begin())
                                                  : std::string_view::npos;
}

std::vector<std::size_t> locate_values(std::string_view text, const std::vector<std::string>& pointers) {
    std::vector<std::size_t> found(pointers.size(), std::string_view::npos);
    if (pointers.empty()) return found;
    std::vector<Frame> stack;
    std::string pointer;
    std::string key;
    std::size_t pos = bom_length(text);
    skip_ws(text, pos);

    // Whether some pointer names a value inside the one `pointer` names: one starts with
    // `pointer` + "/" (such pointers sort together, from where that prefix would sort).
    const auto leads_inside = [&] {
        pointer += '/';
        const auto it = std::lower_bound(pointers.begin(), pointers.end(), pointer);
        const bool inside = it != pointers.end() && it->compare(0, pointer.size(), pointer) == 0;
        pointer.pop_back();
        return inside;
    };

    // Reads `"key" :` at pos and points `pointer` at that member; false when malformed.
    const auto enter_member = [&](const Frame& frame) {
        key.clear();
        if (!read_string(text, pos, &key)) return false;
        skip_ws(text, pos);
        if (pos >= text.size() || text[pos] != ':') return false;
        ++pos;
        skip_ws(text, pos);
        pointer.resize(frame.base);
        append_pointer_member(pointer, key);
        return true;
    };

    while (pos < text.size()) {
        // A value starts at pos.
        const std::size_t wanted = pointer_index(pointers, pointer);
        if (wanted != std::string_view::npos) found[wanted] = pos;
        const char c = text[pos];
        bool value_done = true;
        if ((c == '{' || c == '[') && !leads_inside()) {
            if (!skip_container(text, pos)) return found;
        } else if (c == '{' || c == '[') {
            Frame frame{c == '{', 0, pointer.size()};
            ++pos;
            skip_ws(text, pos);
            if (pos < text.size() && text[pos] == (frame.object ? '}' : ']')) {
                ++pos;
            } else {
                stack.push_back(frame);
                if (frame.object) {
                    if (!enter_member(frame)) return found;
                } else {
                    pointer += "/0";
                }
                value_done = false;
            }
        } else if (c == '"') {
            if (!read_string(text, pos, nullptr)) return found;
        } else {
            while (pos < text.size() && !is_ws(text[pos]) && text[pos] != ',' && text[pos] != ']' &&
                   text[pos] != '}') {
                ++pos;
            }
        }
        if (!value_done) continue;
        // After a value: close containers until one continues with a comma.
        for (;;) {
            skip_ws(text, pos);
            if (stack.empty() || pos >= text.size()) return found;
            Frame& frame = stack.back();
            if (text[pos] == ',') {
                ++pos;
                skip_ws(text, pos);
                ++frame.index;
                if (frame.object) {
                    if (!enter_member(frame)) return found;
                } else {
                    pointer.resize(frame.base);
                    append_pointer_index(pointer, frame.index);
                }
                break;
            }
            if (text[pos] != (frame.object ? '}' : ']')) return found;
            ++pos;
            pointer.resize(frame.base);
            stack.pop_back();
        }
    }
    return found;
}

}  // namespace verstka::detail
