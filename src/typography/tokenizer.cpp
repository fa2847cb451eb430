#include "typography/tokenizer.hpp"

#include <algorithm>

#include "common/ascii.hpp"
#include "common/utf8.hpp"
#include "typography/lexicon.hpp"

namespace verstka::detail::typo {

namespace {

// Decodes the code point at `s[i]`; the engine sanitises its input first, so the text is
// valid UTF-8 and the lead byte alone gives the length.
inline char32_t peek(std::string_view s, std::size_t i, std::size_t* len = nullptr) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        if (len) *len = 1;
        return b0;
    }
    const std::size_t n = s.size();
    if ((b0 & 0xE0) == 0xC0 && i + 1 < n) {
        if (len) *len = 2;
        return (static_cast<char32_t>(b0 & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
    }
    if ((b0 & 0xF0) == 0xE0 && i + 2 < n) {
        if (len) *len = 3;
        return (static_cast<char32_t>(b0 & 0x0F) << 12) |
               (static_cast<char32_t>(static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
               (static_cast<unsigned char>(s[i + 2]) & 0x3F);
    }
    std::size_t j = i;
    const char32_t c = utf8::decode(s, j);
    if (len) *len = j - i;
    return c;
}

bool is_ascii_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// A protected span starts only after these: the paragraph start (0), a space, an opening
// bracket, a quote or a separating mark. A whitelist, so that no rule output (an arrow, a
// dash) can turn a neighbour into a URL on the next run; → and ↔ (made of `->`, `<->`) count
// as the `>` they end with; № and § get a space before a glued name. It holds every mark that
// space/after-punctuation puts a space after (`, ; : ! ?`): `Сайт:i.ru/a` is a span at once.
bool opens_protected(char32_t c) {
    return c == 0 || is_space(c) || is_open_bracket(c) || is_quote_char(c) || c == ',' || c == ';' ||
           c == ':' || c == '!' || c == '?' || c == '*' || c == '|' || c == '<' || c == '>' || c == 0x00AB ||
           c == 0x201E || c == 0x201C || c == 0x2192 || c == 0x2194 || c == 0x2116 || c == 0x00A7;
}

// End of a URL tail (path, query): up to a space or a quote mark, `'` included, which reads
// like the ’ or » it may be typeset as and which no URL takes in; trailing punctuation, an
// opening bracket and an unbalanced closing one belong to the sentence, not to the URL.
std::size_t url_tail(std::string_view s, std::size_t i) {
    std::size_t j = i;
    while (j < s.size()) {
        std::size_t len = 0;
        const char32_t c = peek(s, j, &len);
        // Beyond ASCII only letters (Cyrillic paths): a typographic sign (« — … ←) that a
        // rule may write next to a URL must never become a part of it.
        if (is_space(c) || c == '"' || c == '\'' || c == '<' || c == '>' || (c >= 0x80 && !is_letter(c)))
            break;
        j += len;
    }
    for (;;) {
        if (j <= i) return i;
        const char last = s[j - 1];
        // An opening bracket at the end opens something in the sentence (`i.ru/!(…`).
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?' ||
            last == '\'' || last == '(' || last == '[') {
            --j;
            continue;
        }
        if (last == ')' || last == ']') {
            int depth = 0;
            for (std::size_t k = i; k < j; ++k) {
                if (s[k] == '(' || s[k] == '[') ++depth;
                if (s[k] == ')' || s[k] == ']') --depth;
            }
            if (depth < 0) {
                --j;
                continue;
            }
        }
        return j;
    }
}

// A host name `a.b.tld` with a known top-level domain; Cyrillic labels only under a
// Cyrillic TLD, so `г.Сочи` or `т.е.` never read as domains.
bool valid_host(std::string_view host) {
    if (host.empty() || host.front() == '.' || host.front() == '-') return false;
    const std::size_t dot = host.rfind('.');
    if (dot == std::string_view::npos || dot + 1 >= host.size()) return false;
    const std::string_view tld = host.substr(dot + 1);
    if (!is_top_level_domain(tld)) return false;
    const bool ascii_tld = static_cast<unsigned char>(tld[0]) < 0x80;
    char before = 0;
    for (char c : host) {
        if (c == '.' && (before == '.' || before == 0)) return false;
        if (ascii_tld && static_cast<unsigned char>(c) >= 0x80) return false;
        if (c == '@' || c == '+') return false;
        before = c;
    }
    return true;
}

bool valid_local_part(std::string_view local) {
    if (local.empty()) return false;
    for (char c : local) {
        if (!is_ascii_alnum(c) && c != '.' && c != '_' && c != '%' && c != '+' && c != '-') {
            return false;
        }
    }
    return true;
}

// `dir/file.ext`, `/etc/hosts`, `./a`, `~/a`, `C:\a`: ASCII only.
std::size_t match_path(std::string_view s, std::size_t i) {
    std::size_t j = i;
    int slashes = 0;
    while (j < s.size()) {
        const char c = s[j];
        if (c == '/' || c == '\\') {
            ++slashes;
        } else if (!is_ascii_alnum(c) && c != '.' && c != '_' && c != '-' && c != '~' && c != '+' &&
                   !(c == ':' && j == i + 1)) {
            break;  // a colon only after a drive letter: `C:\`
        }
        // Three dots are an ellipsis, in no path (`../a` is): the scan stops there, so that
        // `a...a...a…` stays linear.
        if (c == '.' && j >= i + 2 && s[j - 1] == '.' && s[j - 2] == '.') break;
        ++j;
    }
    // Glued to a sign a rule makes of characters this scan takes in (`x` → `×`, `+-` → `±`,
    // `-` → `−` `–` `—`): the longer run was no path before that rule ran, or the sign would
    // not be there, so this one is none either (`r/e.o1×200`). Not `…`: the scan stops at
    // `...` as it stops at `…`.
    if (j < s.size() && static_cast<unsigned char>(s[j]) >= 0x80) {
        const char32_t next = peek(s, j, nullptr);
        if (next == 0x00D7 || next == 0x00B1 || next == 0x2212 || next == 0x2013 || next == 0x2014) return 0;
    }
    while (j > i && (s[j - 1] == '.' || s[j - 1] == ':' || s[j - 1] == '-')) --j;
    const std::string_view span = s.substr(i, j - i);
    if (slashes == 0 || span.size() < 3) return 0;
    // `./a`, `../a`, `~/a`: a name must follow (`!../` is punctuation).
    for (std::string_view prefix :
         {std::string_view("./"), std::string_view("../"), std::string_view("~/")}) {
        if (span.rfind(prefix, 0) == 0) {
            return span.size() > prefix.size() && is_ascii_alnum(span[prefix.size()]) ? j - i : 0;
        }
    }
    if (span.size() > 3 && span[1] == ':' && span[2] == '\\' && is_ascii_alnum(span[0])) {
        return j - i;
    }
    if (span[0] == '/' && slashes >= 2 && span.size() > 1 && is_ascii_alnum(span[1])) {
        return j - i;
    }
    // A relative path needs a file extension: `docs/a.md`, not `и/или` or `км/ч`.
    const std::size_t last_slash = span.find_last_of("/\\");
    const std::size_t dot = span.rfind('.');
    if (span[0] != '/' && dot != std::string_view::npos && dot > last_slash + 1 && span.size() - dot >= 2 &&
        span.size() - dot <= 6 && is_ascii_alnum(span[0])) {
        return j - i;
    }
    return 0;
}

// A word or number at `s[i]`'s left may be the start of a URL, e-mail or path: a joining
// character follows, and after it not a space (`конец. Начало` is a sentence end).
bool continues_url(std::string_view s, std::size_t i) {
    const char x = s[i];
    if (!(x == '.' || x == '@' || x == '/' || x == ':' || x == '\\' || x == '_' || x == '-' || x == '+' ||
          x == '%')) {
        return false;
    }
    if (i + 1 >= s.size()) return false;
    const auto y = static_cast<unsigned char>(s[i + 1]);
    return y >= 0x80 || is_ascii_alnum(static_cast<char>(y)) || y == '/' || y == '\\' || y == '.';
}

void emit_protected(std::string_view s, std::size_t& i, std::size_t length, Token& tok, char32_t& prev,
                    std::vector<Token>& out) {
    tok.kind = Kind::opaque;
    tok.text = s.substr(i, length);
    tok.chars = 1;
    tok.script = Script::none;
    tok.upper = false;
    tok.lex = 0;
    i += length;
    prev = static_cast<unsigned char>(s[i - 1]) < 0x80 ? s[i - 1] : U'x';
    out.push_back(tok);
}

}  // namespace

bool is_valid_utf8(std::string_view s) noexcept {
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        // Two-byte sequences (Cyrillic) in a row without going back to the top.
        while (b >= 0xC2 && b <= 0xDF && i + 1 < n && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
            i += 2;
            if (i >= n) return true;
            b = static_cast<unsigned char>(s[i]);
        }
        if (b < 0x80) continue;
        if (b >= 0xE0 && b <= 0xEF && i + 2 < n) {
            const auto b1 = static_cast<unsigned char>(s[i + 1]);
            const auto b2 = static_cast<unsigned char>(s[i + 2]);
            const bool ok = (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && !(b == 0xE0 && b1 < 0xA0) &&
                            !(b == 0xED && b1 >= 0xA0);
            if (ok) {
                i += 3;
                continue;
            }
        }
        // Four-byte sequences and errors: the shared validator decides.
        return utf8::find_invalid(s.substr(i)) == std::string_view::npos;
    }
    return true;
}

bool is_ellipsis(const std::vector<Token>& out, std::size_t k) {
    const Token& t = out[k];
    if (t.kind != Kind::punct) return false;
    if (t.cp == 0x2026 || (t.cp == '.' && t.chars >= 3)) return true;
    if (t.cp != '.' || t.chars != 2) return false;
    // The mark before, as the rules see it: across markup (`!<b>..`).
    std::size_t p = k;
    while (p > 0 && out[p - 1].kind == Kind::markup) --p;
    return p > 0 && out[p - 1].kind == Kind::punct && (out[p - 1].cp == '?' || out[p - 1].cp == '!');
}

std::size_t match_protected(std::string_view s, std::size_t i) {
    const std::string_view rest = s.substr(i);
    if (ascii::starts_with_folded(rest, "http://") || ascii::starts_with_folded(rest, "https://") ||
        ascii::starts_with_folded(rest, "ftp://") || ascii::starts_with_folded(rest, "mailto:") ||
        ascii::starts_with_folded(rest, "www.")) {
        // `www.` needs a real host after it, whatever is glued on: `www.t(` is none, and
        // neither is the `www.t(r` it becomes once the space after `(` goes.
        if (s[i] == 'w' || s[i] == 'W') {
            std::size_t h = i;
            while (h < s.size()) {
                std::size_t len = 0;
                const char32_t c = peek(s, h, &len);
                if (!(is_latin(c) || is_cyrillic(c) || is_digit(c) || c == '-' || c == '.')) break;
                h += len;
            }
            while (h > i && (s[h - 1] == '.' || s[h - 1] == '-')) --h;
            if (!valid_host(s.substr(i, h - i))) return 0;
        }
        const std::size_t end = url_tail(s, i);
        const std::size_t prefix = s.find_first_of(":.", i) + 1;
        return end > prefix + 1 ? end - i : 0;
    }
    const char first = s[i];
    if (first == '/' || first == '.' || first == '~') return match_path(s, i);
    // Host or e-mail: letters, digits, '-', '.', '_', one '@'.
    std::size_t j = i;
    std::size_t at = std::string_view::npos;
    bool dotted = false;
    while (j < s.size()) {
        std::size_t len = 0;
        const char32_t c = peek(s, j, &len);
        if (c == '@') {
            if (at != std::string_view::npos) break;
            at = j;
        } else if (c == '.') {
            // `..` is in no host: stopping there keeps `а...а...а…` linear.
            if (j > i && s[j - 1] == '.') break;
            dotted = true;
        } else if (!(is_latin(c) || is_cyrillic(c) || is_digit(c) || c == '-' || c == '_' || c == '+' ||
                     c == '%')) {
            break;
        }
        j += len;
    }
    std::size_t end = j;
    // `+` and `%` belong to an e-mail's local part only: a host ends before them (`b.ru+-`
    // is the host `b.ru` and the `+-` that becomes `±`, in `a@b.ru+-` too).
    const std::size_t host_from = at == std::string_view::npos ? i : std::min(at + 1, end);
    const std::size_t sign = s.substr(host_from, end - host_from).find_first_of("+%");
    if (sign != std::string_view::npos) end = host_from + sign;
    while (end > i && (s[end - 1] == '.' || s[end - 1] == '-')) --end;
    if (dotted) {
        if (at != std::string_view::npos && at < end) {
            if (valid_local_part(s.substr(i, at - i)) && valid_host(s.substr(at + 1, end - at - 1))) {
                return end - i;
            }
        } else if (at == std::string_view::npos && valid_host(s.substr(i, end - i))) {
            std::size_t k = end;
            if (k < s.size() && s[k] == ':' && k + 1 < s.size() && is_digit(s[k + 1])) {
                ++k;
                while (k < s.size() && is_digit(s[k])) ++k;
            }
            if (k < s.size() && (s[k] == '/' || s[k] == '?' || s[k] == '#')) k = url_tail(s, k);
            return k - i;
        }
    }
    if (is_ascii_alnum(first) && j < s.size() && (s[j] == '/' || s[j] == '\\' || s[j] == ':')) {
        return match_path(s, i);
    }
    if (is_ascii_alnum(first) && dotted && at == std::string_view::npos) {
        // `file.txt/…` was cut at the dot scan; paths are re-checked from the start.
        return match_path(s, i);
    }
    return 0;
}

void tokenize(std::string_view s, std::uint32_t run, std::uint32_t base, char32_t& prev,
              std::vector<Token>& out) {
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const std::size_t start = i;
        Token tok;
        tok.offset = base + static_cast<std::uint32_t>(start);
        tok.run = run;
        tok.chars = 1;
        if (s[i] == ' ') {
            // The most frequent token: one plain space.
            ++i;
            while (i < n && s[i] == ' ') ++i;
            while (i < n) {
                std::size_t l = 0;
                if (!is_space(peek(s, i, &l))) break;
                i += l;
            }
            tok.kind = Kind::space;
            tok.cp = U' ';
            tok.text = s.substr(start, i - start);
            prev = U' ';
            out.push_back(tok);
            continue;
        }
        std::size_t len = 0;
        const char32_t c = peek(s, i, &len);
        tok.cp = c;
        // A protected span starts at a boundary: at '/', '.', '~', or at a word or number that
        // is followed by a character that may continue a URL, e-mail or path (checked below).
        const char32_t before = prev;
        // `?..` and `!..` are the ellipsis punctuation/ellipsis writes for `?...`: their dots
        // start no path (`!../a`), as the three dots did not.
        const bool question_dots =
            c == '.' && (before == '?' || before == '!') && i + 1 < n && s[i + 1] == '.';
        if ((c == '/' || c == '.' || c == '~') && opens_protected(before) && !question_dots) {
            const std::size_t p = match_protected(s, i);
            if (p > 0) {
                emit_protected(s, i, p, tok, prev, out);
                continue;
            }
        }
        char32_t last = c;
        i += len;
        if (is_letter(c) || is_word_mark(c)) {
            bool cyr = is_cyrillic(c);
            bool lat = is_latin(c);
            bool other = is_other_letter(c);
            std::uint32_t chars = 1;
            while (i < n) {
                // Fast paths: Cyrillic U+0400–U+047F (lead byte D0 or D1) and ASCII letters.
                const auto b = static_cast<unsigned char>(s[i]);
                if ((b == 0xD0 || b == 0xD1) && i + 1 < n) {
                    cyr = true;
                    ++chars;
                    i += 2;
                    last = 0x0430;
                    continue;
                }
                if (b < 0x80) {
                    const unsigned char lower = b | 0x20;
                    if (lower < 'a' || lower > 'z') break;
                    lat = true;
                    ++chars;
                    ++i;
                    last = b;
                    continue;
                }
                std::size_t l = 0;
                const char32_t d = peek(s, i, &l);
                if (!is_letter(d) && !is_word_mark(d)) break;
                cyr |= is_cyrillic(d);
                lat |= is_latin(d);
                other |= is_other_letter(d);
                if (!is_word_mark(d)) ++chars;
                i += l;
                last = d;
            }
            tok.kind = Kind::word;
            tok.chars = chars;
            tok.upper = is_upper(c);
            tok.script = cyr && lat ? Script::mixed
                         : cyr      ? Script::cyrillic
                         : lat      ? Script::latin
                         : other    ? Script::other
                                    : Script::none;
        } else if (is_digit(c)) {
            while (i < n && is_digit(static_cast<unsigned char>(s[i]))) ++i;
            tok.kind = Kind::number;
            tok.chars = static_cast<std::uint32_t>(i - start);
            last = '0';
        } else if (is_space(c)) {
            while (i < n) {
                std::size_t l = 0;
                const char32_t d = peek(s, i, &l);
                if (!is_space(d)) break;
                i += l;
            }
            tok.kind = Kind::space;
        } else if (c == '-') {
            while (i < n && s[i] == '-') ++i;
            tok.kind = Kind::dash;
            tok.chars = static_cast<std::uint32_t>(i - start);
        } else if (is_dash_char(c)) {
            tok.kind = Kind::dash;
        } else if ((c == '<' || c == '>') && i < n && s[i] == static_cast<char>(c) &&
                   (i + 1 >= n || s[i + 1] != static_cast<char>(c)) &&
                   (start == 0 || s[start - 1] != static_cast<char>(c))) {
            ++i;  // `<<` and `>>` as quotes; `>>>` stays an arrow-like sign.
            tok.kind = Kind::quote;
        } else if (is_quote_char(c)) {
            tok.kind = Kind::quote;
        } else if (c == '.') {
            while (i < n && s[i] == '.') ++i;
            tok.kind = Kind::punct;
            tok.chars = static_cast<std::uint32_t>(i - start);
        } else {
            tok.kind = Kind::punct;
        }
        // After an ellipsis too: punctuation/ellipsis puts a space there (`...I.ru/`). That
        // rule writes `?...` as `?..`, so two dots after `?` or `!` are an ellipsis as well.
        const bool after_ellipsis = !out.empty() && is_ellipsis(out, out.size() - 1);
        if ((tok.kind == Kind::word || tok.kind == Kind::number) && i < n && continues_url(s, i) &&
            (opens_protected(before) || after_ellipsis)) {
            const std::size_t p = match_protected(s, start);
            if (p > 0) {
                i = start;
                emit_protected(s, i, p, tok, prev, out);
                continue;
            }
        }
        tok.text = s.substr(start, i - start);
        if (tok.kind == Kind::word) tok.lex = classify(tok.text, tok.upper);
        prev = last;
        out.push_back(tok);
    }
}

}  // namespace verstka::detail::typo
