#include "properties.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace verstka::fuzz {

namespace {

// Strict UTF-8 decoding (no overlongs, no surrogates, nothing above U+10FFFF).
// Returns the code point and advances `i`, or returns -1 (and leaves `i`) when invalid.
long decode(std::string_view s, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int length = 0;
    long cp = 0;
    long min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
        cp = b0 & 0x1F;
        min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        cp = b0 & 0x0F;
        min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        cp = b0 & 0x07;
        min = 0x10000;
    } else
        return -1;
    if (i + length > s.size()) return -1;
    for (int k = 1; k < length; ++k) {
        const unsigned char b = byte(i + k);
        if ((b & 0xC0) != 0x80) return -1;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
    i += length;
    return cp;
}

std::string at(std::size_t offset, const std::string& what) {
    return "at byte " + std::to_string(offset) + ": " + what;
}

bool is_lower_alpha(char c) { return c >= 'a' && c <= 'z'; }
bool is_alpha(char c) { return is_lower_alpha(c) || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The elements the renderer may write (src/render/card.cpp, src/markdown/*.cpp).
constexpr std::string_view kVocabulary[] = {
    "article", "header", "footer", "nav",   "figure", "figcaption", "img",  "p",      "span", "h1",
    "h2",      "h3",     "h4",     "h5",    "h6",     "blockquote", "cite", "time",   "a",    "ul",
    "ol",      "li",     "aside",  "div",   "hr",     "br",         "em",   "strong", "code", "pre",
    "script",  "table",  "thead",  "tbody", "tr",     "th",         "td",
};
constexpr std::string_view kVoid[] = {"img", "br", "hr"};
// Attributes that run script, load a resource, or restyle the page.
constexpr std::string_view kForbiddenAttributes[] = {
    "style",  "srcdoc",     "srcset", "action", "formaction", "background", "poster",   "dynsrc",
    "lowsrc", "xlink:href", "xmlns",  "is",     "data",       "codebase",   "manifest", "ping",
};
constexpr std::string_view kUrlAttributes[] = {"href", "src", "cite"};
// Named references the writer may produce (&amp; &lt; … and typographic ones with entities on).
constexpr std::pair<std::string_view, char32_t> kEntities[] = {
    {"amp", '&'},       {"lt", '<'},       {"gt", '>'},       {"quot", '"'},      {"apos", '\''},
    {"nbsp", 0xA0},     {"mdash", 0x2014}, {"ndash", 0x2013}, {"laquo", 0xAB},    {"raquo", 0xBB},
    {"bdquo", 0x201E},  {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"lsquo", 0x2018},  {"rsquo", 0x2019},
    {"hellip", 0x2026}, {"minus", 0x2212}, {"shy", 0xAD},     {"thinsp", 0x2009}, {"copy", 0xA9},
    {"reg", 0xAE},      {"trade", 0x2122}, {"plusmn", 0xB1},  {"times", 0xD7},    {"rarr", 0x2192},
    {"larr", 0x2190},   {"Prime", 0x2033}, {"prime", 0x2032}, {"sect", 0xA7},     {"frac12", 0xBD},
    {"frac14", 0xBC},   {"frac34", 0xBE},  {"deg", 0xB0},     {"numero", 0x2116}, {"harr", 0x2194},
    {"ge", 0x2265},     {"le", 0x2264},    {"ne", 0x2260},    {"sup2", 0xB2},     {"sup3", 0xB3},
    {"para", 0xB6},     {"pound", 0xA3},   {"yen", 0xA5},     {"euro", 0x20AC},   {"permil", 0x2030},
    {"middot", 0xB7},   {"bull", 0x2022},  {"ensp", 0x2002},  {"emsp", 0x2003},   {"hyphen", 0x2010},
    {"horbar", 0x2015}, {"sbquo", 0x201A},
};

template <std::size_t N>
bool one_of(std::string_view value, const std::string_view (&list)[N]) {
    for (std::string_view item : list) {
        if (item == value) return true;
    }
    return false;
}

void append_utf8(std::string& out, long cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Reads a character reference at s[i] == '&'; returns its length (0 when it is not one we
// accept) and its code point.
std::size_t read_reference(std::string_view s, std::size_t i, long& cp) {
    std::size_t j = i + 1;
    if (j < s.size() && s[j] == '#') {
        ++j;
        const bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
        if (hex) ++j;
        const std::size_t digits = j;
        long value = 0;
        while (j < s.size() && j - digits < 8) {
            const char c = s[j];
            int d = -1;
            if (is_digit(c))
                d = c - '0';
            else if (hex && lower(c) >= 'a' && lower(c) <= 'f')
                d = lower(c) - 'a' + 10;
            if (d < 0) break;
            value = value * (hex ? 16 : 10) + d;
            ++j;
        }
        if (j == digits || j >= s.size() || s[j] != ';') return 0;
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
        cp = value;
        return j + 1 - i;
    }
    for (const auto& [name, value] : kEntities) {
        if (s.compare(j, name.size(), name) == 0 && j + name.size() < s.size() && s[j + name.size()] == ';') {
            cp = static_cast<long>(value);
            return name.size() + 2;
        }
    }
    return 0;
}

// What a letter-like symbol stands for, compared case-insensitively.
struct Expansion {
    char32_t symbol;
    std::vector<std::u32string> options;
};

const std::vector<Expansion>& expansions() {
    static const std::vector<Expansion> table = {
        {0xA9, {U"c", U"\u0441"}},           // © from (c) or Cyrillic (с)
        {0xAE, {U"r", U"\u0440"}},           // ® from (r) or (р)
        {0x2122, {U"tm", U"\u0442\u043C"}},  // ™ from (tm) or (тм)
        {0xBD, {U"12"}},
        {0xBC, {U"14"}},
        {0xBE, {U"34"}},
        {0xD7, {U"x", U"\u0445", U""}},  // × from x, Cyrillic х or *
        {0xB2, {U"2"}},                  // ² from the 2 after a unit (м2)
        {0xB3, {U"3"}},                  // ³ from the 3 after a unit (м3)
    };
    return table;
}

bool is_letter(char32_t c) {
    return (c < 0x80 && is_alpha(static_cast<char>(c))) ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x370 && c <= 0x3FF) ||
           (c >= 0x400 && c <= 0x52F);
}
bool is_digit32(char32_t c) { return c >= '0' && c <= '9'; }

char32_t fold(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c - 'A' + 'a';
    if (c >= 0x410 && c <= 0x42F) return c + 0x20;
    if (c >= 0x400 && c <= 0x40F) return c + 0x50;
    return c;
}

std::u32string code_points(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        const long cp = decode(s, i);
        if (cp < 0) {
            ++i;
            continue;
        }
        out += static_cast<char32_t>(cp);
    }
    return out;
}

// Greedy earliest match of `pattern` in `text` from `from`; returns the end or npos.
std::size_t match_from(const std::u32string& text, std::size_t from, const std::u32string& pattern,
                       bool fold_case) {
    std::size_t pos = from;
    for (char32_t want : pattern) {
        while (pos < text.size() && (fold_case ? fold(text[pos]) != fold(want) : text[pos] != want)) ++pos;
        if (pos == text.size()) return std::u32string::npos;
        ++pos;
    }
    return pos;
}

std::size_t count_digits(const std::u32string& s) {
    std::size_t n = 0;
    for (char32_t c : s) {
        if (is_digit32(c)) ++n;
        if (c == 0xBD || c == 0xBC || c == 0xBE) n += 2;
        if (c == 0xB2 || c == 0xB3) ++n;  // a superscript power is the digit it was written as
    }
    return n;
}

}  // namespace

std::string check_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        if (decode(s, i) < 0) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(s[i]));
            return at(i, std::string("invalid UTF-8 byte ") + hex);
        }
    }
    return {};
}

std::string check_url_scheme(std::string_view url) {
    // As the WHATWG URL parser reads it: C0 controls and spaces trimmed, tabs and newlines
    // removed anywhere.
    std::size_t begin = 0, end = url.size();
    while (begin < end && static_cast<unsigned char>(url[begin]) <= 0x20) ++begin;
    while (end > begin && static_cast<unsigned char>(url[end - 1]) <= 0x20) --end;
    std::string cleaned;
    for (std::size_t i = begin; i < end; ++i) {
        if (url[i] != '\t' && url[i] != '\n' && url[i] != '\r') cleaned += url[i];
    }
    if (cleaned.empty() || !is_alpha(cleaned[0])) return {};  // relative
    std::size_t i = 0;
    std::string scheme;
    while (i < cleaned.size() && (is_alpha(cleaned[i]) || is_digit(cleaned[i]) || cleaned[i] == '+' ||
                                  cleaned[i] == '-' || cleaned[i] == '.')) {
        scheme += lower(cleaned[i++]);
    }
    if (i == cleaned.size() || cleaned[i] != ':') return {};  // a relative path like "a/b:c"
    if (scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel") return {};
    return "URL with scheme \"" + scheme + ":\": " + std::string(url.substr(0, 120));
}

std::string check_card_html(std::string_view html) {
    if (std::string problem = check_utf8(html); !problem.empty()) return problem;
    std::vector<std::string_view> open;
    std::size_t i = 0;
    while (i < html.size()) {
        const char c = html[i];
        if (c == '>') return at(i, "unescaped '>' in text");
        if (c == '\0') return at(i, "NUL in text");
        if (c == '&') {
            long cp = 0;
            const std::size_t length = read_reference(html, i, cp);
            if (length == 0) return at(i, "bare '&' in text");
            i += length;
            continue;
        }
        if (c != '<') {
            ++i;
            continue;
        }
        const std::size_t tag_start = i++;
        const bool closing = i < html.size() && html[i] == '/';
        if (closing) ++i;
        const std::size_t name_start = i;
        while (i < html.size() && (is_lower_alpha(html[i]) || is_digit(html[i]))) ++i;
        const std::string_view name = html.substr(name_start, i - name_start);
        if (name.empty()) return at(tag_start, "'<' that starts no tag of ours");
        if (!one_of(name, kVocabulary))
            return at(tag_start, "element <" + std::string(name) + "> outside the vocabulary");
        if (closing) {
            if (i >= html.size() || html[i] != '>') return at(tag_start, "malformed end tag");
            if (open.empty() || open.back() != name) {
                return at(tag_start,
                          "</" + std::string(name) + "> closes " +
                              (open.empty() ? std::string("nothing") : "<" + std::string(open.back()) + ">"));
            }
            open.pop_back();
            ++i;
            continue;
        }
        std::string script_type;
        while (i < html.size() && html[i] == ' ') {
            ++i;
            const std::size_t attr_start = i;
            while (i < html.size() && (is_alpha(html[i]) || is_digit(html[i]) || html[i] == '-' ||
                                       html[i] == ':' || html[i] == '_'))
                ++i;
            std::string attr_name(html.substr(attr_start, i - attr_start));
            for (char& ch : attr_name) ch = lower(ch);
            if (attr_name.empty()) return at(attr_start, "empty attribute name");
            if (attr_name.size() > 2 && attr_name[0] == 'o' && attr_name[1] == 'n')
                return at(attr_start, "event handler attribute " + attr_name);
            if (one_of(attr_name, kForbiddenAttributes))
                return at(attr_start, "forbidden attribute " + attr_name);
            if (i >= html.size() || html[i] != '=') continue;  // a boolean attribute
            ++i;
            if (i >= html.size() || html[i] != '"') return at(i, "unquoted value of " + attr_name);
            ++i;
            std::string value;
            while (i < html.size() && html[i] != '"') {
                const char v = html[i];
                if (v == '<' || v == '>') return at(i, "unescaped markup character in " + attr_name);
                if (v == '&') {
                    long cp = 0;
                    const std::size_t length = read_reference(html, i, cp);
                    if (length == 0) return at(i, "bare or unknown '&' reference in " + attr_name);
                    append_utf8(value, cp);
                    i += length;
                    continue;
                }
                value += v;
                ++i;
            }
            if (i >= html.size()) return at(attr_start, "unterminated value of " + attr_name);
            ++i;
            if (one_of(attr_name, kUrlAttributes)) {
                if (std::string problem = check_url_scheme(value); !problem.empty())
                    return at(attr_start, problem);
            }
            if (attr_name == "type") script_type = value;
        }
        if (i >= html.size() || html[i] != '>')
            return at(tag_start, "malformed start tag <" + std::string(name) + ">");
        ++i;
        if (name == "script") {
            if (script_type != "application/ld+json")
                return at(tag_start, "script of type \"" + script_type + "\"");
            const std::size_t end = html.find('<', i);
            if (end == std::string_view::npos || html.compare(end, 9, "</script>") != 0) {
                return at(i, "'<' inside JSON-LD or the script is not closed");
            }
            const std::string_view content = html.substr(i, end - i);
            if (content.find("\xE2\x80\xA8") != std::string_view::npos ||
                content.find("\xE2\x80\xA9") != std::string_view::npos) {
                return at(i, "raw U+2028/U+2029 inside JSON-LD");
            }
            if (!nlohmann::json::accept(content)) return at(i, "JSON-LD that is not JSON");
            i = end + 9;
            continue;
        }
        if (!one_of(name, kVoid)) open.push_back(name);
    }
    if (!open.empty()) return "<" + std::string(open.back()) + "> not closed at the end";
    return {};
}

std::string check_letters_kept(std::string_view input, std::string_view output) {
    const std::u32string in = code_points(input);
    const std::u32string out = code_points(output);
    if (count_digits(in) != count_digits(out)) {
        return "digits: " + std::to_string(count_digits(in)) + " in, " + std::to_string(count_digits(out)) +
               " out";
    }
    std::size_t pos = 0;
    for (std::size_t k = 0; k < out.size(); ++k) {
        const char32_t c = out[k];
        std::size_t next = std::u32string::npos;
        bool symbol = false;
        for (const Expansion& e : expansions()) {
            if (e.symbol != c) continue;
            symbol = true;
            next = match_from(in, pos, std::u32string(1, c), false);  // it was in the input already
            for (const std::u32string& option : e.options) {
                next = std::min(next, match_from(in, pos, option, true));
            }
        }
        if (!symbol) {
            if (!is_letter(c) && !is_digit32(c)) continue;
            next = match_from(in, pos, std::u32string(1, c), false);
        }
        if (next == std::u32string::npos) {
            return "output code point #" + std::to_string(k) + " (U+" + [&] {
                char hex[12];
                std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(c));
                return std::string(hex);
            }() + ") is not in the input in order";
        }
        pos = next;
    }
    return {};
}

void require(const std::string& problem, const char* what, std::string_view data) {
    if (problem.empty()) return;
    // Control bytes and invalid UTF-8 are shown as \xNN so the report survives a terminal.
    std::string shown;
    for (std::size_t i = 0; i < data.size() && shown.size() < 6000;) {
        const std::size_t start = i;
        const long cp = decode(data, i);
        if (cp < 0 || (cp < 0x20 && cp != '\n') || cp == 0x7F) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02X", static_cast<unsigned char>(data[start]));
            shown += hex;
            i = start + 1;
        } else {
            shown.append(data.substr(start, i - start));
        }
    }
    std::fprintf(stderr, "\nPROPERTY FAILED: %s: %s\n--- data (%zu bytes) ---\n%s\n---\n", what,
                 problem.c_str(), data.size(), shown.c_str());
    std::abort();
}

}  // namespace verstka::fuzz
