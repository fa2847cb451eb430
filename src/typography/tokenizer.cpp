#include "typography/tokenizer.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "common/ascii.hpp"
#include "common/swar.hpp"
#include "common/utf8.hpp"
#include "typography/lexicon.hpp"
#include "typography/rule.hpp"

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

// A path written from its first mark (`/etc`, `./a`, `~/a`, `.htaccess`) starts only after
// these: the paragraph start (0), a space, an opening bracket, a quote or a separating mark,
// so that the dots of `?..` or of a sentence end start no path. A whitelist in which a mark
// and its typographic form are alike: no dash is on it, and → and ↔ count as the `>` of the
// `->` and `<->` they stand for. It holds every mark that a space may follow (`, ; : ! ?`),
// so `Сайт:/a/b` is a path with or without the space.
bool opens_protected(char32_t c) {
    return c == 0 || is_space(c) || is_open_bracket(c) || is_quote_char(c) || c == ',' || c == ';' ||
           c == ':' || c == '!' || c == '?' || c == '*' || c == '|' || c == '<' || c == '>' || c == 0x00AB ||
           c == 0x201E || c == 0x201C || c == 0x2192 || c == 0x2194 || c == 0x2116 || c == 0x00A7;
}

// How a URL tail reads an ASCII character (url_tail): where it ends, a bracket, a mark that
// belongs to the URL only with something after it, or a character it keeps.
enum class TailChar : std::uint8_t {
    ends,
    kept,
    trailing,
    open_round,
    open_square,
    close_round,
    close_square
};

constexpr std::array<TailChar, 128> tail_chars() {
    std::array<TailChar, 128> table{};
    for (std::size_t c = 0; c < table.size(); ++c) {
        table[c] = is_space(static_cast<char32_t>(c)) ? TailChar::ends : TailChar::kept;
    }
    for (const char c : {'"', '\'', '<', '>'}) table[static_cast<unsigned char>(c)] = TailChar::ends;
    for (const char c : {'.', ',', ';', ':', '!', '?'})
        table[static_cast<unsigned char>(c)] = TailChar::trailing;
    table['('] = TailChar::open_round;
    table['['] = TailChar::open_square;
    table[')'] = TailChar::close_round;
    table[']'] = TailChar::close_square;
    return table;
}
constexpr std::array<TailChar, 128> kTailChars = tail_chars();

// End of a URL tail (path, query): up to a space or a quote mark, `'` included, which reads
// like ’ and », and which no URL takes in. Brackets belong to it only in
// pairs of one kind (`/wiki/A_(b)`), so the tail ends where no bracket was last left open, and
// the same whether the space after a `(` of the sentence is there (`i.ru/( 6`) or removed.
// Trailing punctuation and a closing bracket that closes nothing belong to the sentence.
std::size_t url_tail(std::string_view s, std::size_t i) {
    int open[2] = {0, 0};  // `(` and `[` opened and not closed
    std::size_t kept = i;  // the end of the last character no trailing cut removes
    std::size_t end = i;   // `kept` where no bracket was last left open
    for (std::size_t j = i; j < s.size();) {
        const auto b = static_cast<unsigned char>(s[j]);
        TailChar what = TailChar::kept;
        std::size_t len = 1;
        if (b < 0x80) {
            what = kTailChars[b];
        } else if (!is_letter(peek(s, j, &len))) {
            // Beyond ASCII only letters (Cyrillic paths): a typographic sign (« — … ←) ends a
            // URL, as the space, quote or mark it reads as does.
            what = TailChar::ends;
        }
        bool kept_char = what == TailChar::kept;
        switch (what) {
            case TailChar::ends:
                return end;
            case TailChar::open_round:
            case TailChar::open_square:
                ++open[what == TailChar::open_round ? 0 : 1];
                break;
            case TailChar::close_round:
            case TailChar::close_square: {
                int& opened = open[what == TailChar::close_round ? 0 : 1];
                kept_char = opened > 0;
                if (kept_char) --opened;
                break;
            }
            default:
                break;
        }
        j += len;
        if (kept_char) kept = j;
        if (open[0] == 0 && open[1] == 0) end = kept;
    }
    return end;
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

// A character a path goes on with (a colon only after a drive letter, which match_path checks).
bool path_char(char c) {
    return is_ascii_alnum(c) || c == '/' || c == '\\' || c == '.' || c == '_' || c == '-' || c == '~' ||
           c == '+';
}

// A path goes on with the character at `s[at]`, each sign of glyphs.hpp read as its source: a
// character path_char() takes or a colon, or a sign made of them (a
// dash or minus of `-`, `→` of `->`, `±` of `+-`, `×` of `x`, `½ ¼ ¾ ² ³` of digits). Not
// `...`: the scan stops at three dots as it stops at `…`, which is made of them (`./L—...` is
// `./L`, as `./L—…` is).
bool goes_on_path(std::string_view s, std::size_t at) {
    const auto b = static_cast<unsigned char>(s[at]);
    if (b < 0x80) return (path_char(s[at]) || s[at] == ':') && s.compare(at, 3, "...") != 0;
    const char32_t c = peek(s, at, nullptr);
    return chars::is_dash_like(c) || c == 0x2192 || c == 0x00B1 || c == 0x00D7 ||
           chars::is_vulgar_fraction(c) || chars::is_superscript_digit(c);
}

// `dir/file.ext`, `/etc/hosts`, `./a`, `~/a`, `C:\a`: ASCII only.
std::size_t match_path(std::string_view s, std::size_t i) {
    std::size_t j = i;
    int slashes = 0;
    while (j < s.size()) {
        const char c = s[j];
        if (c == '/' || c == '\\') {
            ++slashes;
        } else if (!path_char(c) && !(c == ':' && j == i + 1)) {
            break;  // a colon only after a drive letter: `C:\`
        }
        // Three dots are an ellipsis, in no path (`../a` is): the scan stops there, so that
        // `a...a...a…` stays linear.
        if (c == '.' && j >= i + 2 && s[j - 1] == '.' && s[j - 2] == '.') break;
        ++j;
    }
    // A sign glued on reads as its source, whose characters this scan takes in (× as
    // `x`, ± as `+-`): the longer run they make is no path, so this one is none either
    // (`r/e.o1×200` as `r/e.o1x200`). A dash reads as a `-`, which a path keeps only before
    // what may go on a path: `./L—x` is none (as `./L-x` the run is one longer path), and so is
    // `./L—→` (as the `./L—->` it is made of); `./L— ` is `./L`, as `./L- ` is.
    if (j < s.size() && static_cast<unsigned char>(s[j]) >= 0x80) {
        const char32_t next = peek(s, j, nullptr);
        if (next == 0x00D7 || next == 0x00B1) return 0;
        if (next == 0x2212 || next == 0x2013 || next == 0x2014) {
            const std::size_t after = j + 3;  // each is three bytes in UTF-8
            if (after < s.size() && goes_on_path(s, after)) return 0;
        }
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

void emit_protected(std::string_view s, std::size_t& i, std::size_t length, Token& tok, char32_t& prev) {
    tok.kind = Kind::opaque;
    tok.text = s.substr(i, length);
    tok.chars = 1;
    tok.script = Script::none;
    tok.upper = false;
    tok.lex = 0;
    i += length;
    prev = static_cast<unsigned char>(s[i - 1]) < 0x80 ? s[i - 1] : U'x';
}

// The `need::` bits of an ASCII punctuation token of one character.
constexpr std::array<std::uint16_t, 128> ascii_needs() {
    std::array<std::uint16_t, 128> bits{};
    bits['('] = bits[')'] = bits['['] = bits[']'] = need::bracket;
    bits['+'] = need::plus;
    bits['<'] = bits['>'] = need::angle;
    bits['/'] = need::slash;
    bits['%'] = need::percent;
    bits['.'] = need::dot;
    return bits;
}
constexpr std::array<std::uint16_t, 128> kAsciiNeeds = ascii_needs();

// The `need::` bits of a punctuation token beyond ASCII.
std::uint32_t other_sign_needs(char32_t cp) noexcept {
    switch (cp) {
        case 0x2026:
            return need::dots;
        case 0x2116:
        case 0x00A7:
            return need::sign;
        // Fractions, made of numbers, need what numbers need.
        case 0x00BD:
        case 0x00BC:
        case 0x00BE:
            return need::number;
        case 0x2030:
            return need::percent;
        default:
            return 0;
    }
}

// A lead byte of U+0400–U+047F, the Cyrillic letters of Russian (D0 or D1).
constexpr bool is_cyrillic_lead(unsigned char b) { return (b & 0xFE) == 0xD0; }

// Number of zero bits below the lowest set bit of `x` (not 0).
int lowest_bit(std::uint64_t x) noexcept {
#if defined(__GNUC__)
    return __builtin_ctzll(x);
#else
    int k = 0;
    for (; (x & 1) == 0; x >>= 1) ++k;
    return k;
#endif
}

// End of the run of two-byte Cyrillic letters U+0400–U+047F that starts at `s[i]` (valid UTF-8:
// a lead byte's continuation is there). Where eight bytes remain, their four even bytes are
// compared with the lead bytes at once: the lowest one that differs ends the run.
std::size_t cyrillic_run_end(std::string_view s, std::size_t i) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    while (i + 8 <= n) {
        const std::uint64_t other = (swar::load8(p + i) & 0x00FE00FE00FE00FEu) ^ 0x00D000D000D000D0u;
        if (other != 0) return i + static_cast<std::size_t>(lowest_bit(other) / 16) * 2;
        i += 8;
    }
    while (i + 1 < n && is_cyrillic_lead(p[i])) i += 2;
    return i;
}

// True when the ASCII byte `b` after a word of Cyrillic letters ends it (no Latin letter) and
// continues no URL, e-mail or path from it (none of the marks `continues_url` reads on).
constexpr bool ends_cyrillic_word(unsigned char b) {
    if (b >= 0x80 || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) return false;
    return !(b == '.' || b == '@' || b == '/' || b == ':' || b == '\\' || b == '_' || b == '-' || b == '+' ||
             b == '%');
}

// True when `b` may start a space (`is_space`): the ASCII ones, or the lead byte of NBSP
// (C2), of U+2000 … U+205F (E2) or of U+3000 (E3).
constexpr bool may_start_space(unsigned char b) {
    return b < 0x80 ? is_space(b) : b == 0xC2 || b == 0xE2 || b == 0xE3;
}

// End of the run of spaces (`is_space`) that starts at or continues at `s[i]`.
std::size_t space_run_end(std::string_view s, std::size_t i) {
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (!may_start_space(b)) break;
        if (b < 0x80) {
            ++i;
            continue;
        }
        std::size_t l = 0;
        if (!is_space(peek(s, i, &l))) break;
        i += l;
    }
    return i;
}

}  // namespace

std::size_t match_protected(std::string_view s, std::size_t i) {
    const std::string_view rest = s.substr(i);
    const char folded = static_cast<char>(s[i] | 0x20);  // h f m w: the schemes and www.
    if ((folded == 'h' || folded == 'f' || folded == 'm' || folded == 'w') &&
        (ascii::starts_with_folded(rest, "http://") || ascii::starts_with_folded(rest, "https://") ||
         ascii::starts_with_folded(rest, "ftp://") || ascii::starts_with_folded(rest, "mailto:") ||
         ascii::starts_with_folded(rest, "www."))) {
        // `www.` needs a real host after it, whatever is glued on: neither `www.t(` nor
        // `www.t(r` has one.
        if (s[i] == 'w' || s[i] == 'W') {
            std::size_t h = i;
            while (h < s.size()) {
                std::size_t len = 0;
                const char32_t c = peek(s, h, &len);
                if (!(is_latin(c) || is_cyrillic(c) || is_digit(c) || c == '-' || c == '.')) break;
                if (c == '.' && h > i && s[h - 1] == '.') break;  // `..` is in no host
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
    bool signs = false;  // a `+` or `%`
    while (j < s.size()) {
        const auto b = static_cast<unsigned char>(s[j]);
        if (is_cyrillic_lead(b) && j + 1 < s.size()) {
            j += 2;  // a Cyrillic letter U+0400–U+047F
            continue;
        }
        std::size_t len = 1;
        const char32_t c = b < 0x80 ? b : peek(s, j, &len);
        if (c == '@') {
            if (at != std::string_view::npos) break;
            at = j;
        } else if (c == '.') {
            // `..` is in no host: stopping there keeps `а...а...а…` linear.
            if (j > i && s[j - 1] == '.') break;
            dotted = true;
        } else if (c == '+' || c == '%') {
            signs = true;
        } else if (!(is_latin(c) || is_cyrillic(c) || is_digit(c) || c == '-' || c == '_')) {
            break;
        }
        j += len;
    }
    // Undotted, it is no host nor e-mail; only a path may start here (`dir/a.md`, `C:\a`).
    if (!dotted) {
        return is_ascii_alnum(first) && j < s.size() && (s[j] == '/' || s[j] == '\\' || s[j] == ':')
                   ? match_path(s, i)
                   : 0;
    }
    std::size_t end = j;
    // `+` and `%` belong to an e-mail's local part only: a host ends before them (`b.ru+-`
    // is the host `b.ru` and a `+-`, as `b.ru±` is, in `a@b.ru+-` too).
    const std::size_t host_from = at == std::string_view::npos ? i : std::min(at + 1, end);
    if (signs) {
        const std::size_t sign = s.substr(host_from, end - host_from).find_first_of("+%");
        if (sign != std::string_view::npos) end = host_from + sign;
    }
    while (end > i && (s[end - 1] == '.' || s[end - 1] == '-')) --end;
    if (at != std::string_view::npos && at < end) {
        if (valid_local_part(s.substr(i, at - i)) && valid_host(s.substr(at + 1, end - at - 1))) {
            return end - i;
        }
        // No e-mail: what stands before the `@` may still be a host, up to a sign (`b.ru+-@`
        // holds the host of `b.ru±@`).
        std::size_t host_end = i + std::min(s.substr(i, at - i).find_first_of("+%"), at - i);
        while (host_end > i && (s[host_end - 1] == '.' || s[host_end - 1] == '-')) --host_end;
        if (valid_host(s.substr(i, host_end - i))) return host_end - i;
    } else if (at == std::string_view::npos && valid_host(s.substr(i, end - i))) {
        std::size_t k = end;
        if (k < s.size() && s[k] == ':' && k + 1 < s.size() && is_digit(s[k + 1])) {
            ++k;
            while (k < s.size() && is_digit(s[k])) ++k;
        }
        // A path or query follows; `!?` counts as `?!` (`a.ru!?x` and `a.ru?!x` alike).
        const bool query =
            k < s.size() && (s[k] == '?' || (s[k] == '!' && k + 1 < s.size() && s[k + 1] == '?'));
        if (query || (k < s.size() && (s[k] == '/' || s[k] == '#'))) k = url_tail(s, k);
        return k - i;
    }
    if (is_ascii_alnum(first) && j < s.size() && (s[j] == '/' || s[j] == '\\' || s[j] == ':')) {
        return match_path(s, i);
    }
    // `file.txt/…` was cut at the dot scan (at `..` or `~`); paths are re-checked from the
    // start. The scan took in no slash, and stopped anywhere else where a path ends too.
    if (is_ascii_alnum(first) && at == std::string_view::npos && j < s.size() &&
        (s[j] == '.' || s[j] == '~')) {
        return match_path(s, i);
    }
    return 0;
}

std::uint32_t needs_of(const Token& t) noexcept {
    switch (t.kind) {
        case Kind::quote:
            return need::quote;
        case Kind::dash:
            return need::dash;
        case Kind::number:
            return need::number;
        case Kind::punct:
            if (t.cp < 0x80) return t.cp == '.' && t.chars >= 3 ? need::dots : kAsciiNeeds[t.cp];
            return other_sign_needs(t.cp);
        default:
            return 0;
    }
}

bool ends_initial(const std::vector<Token>& tokens, std::size_t dot) noexcept {
    const Token& t = tokens[dot];
    if (t.kind != Kind::punct || t.cp != '.' || t.chars != 1) return false;
    std::size_t k = dot;
    while (k > 0 && tokens[k - 1].kind == Kind::space) --k;
    return k > 0 && tokens[k - 1].kind == Kind::word && tokens[k - 1].chars == 1 && tokens[k - 1].upper;
}

void tokenize(std::string_view s, std::uint32_t run, std::uint32_t base, char32_t& prev,
              std::vector<Token>& out, std::uint32_t& needs) {
    std::size_t i = 0;
    const std::size_t n = s.size();
    // A space at either end of the run needs collapsing or trimming (`need::spacing`).
    if (n > 0 && (s[0] == ' ' || s[n - 1] == ' ')) needs |= need::spacing;
    while (i < n) {
        const std::size_t start = i;
        // Made in place: every path below completes this token.
        Token& tok = out.emplace_back();
        tok.offset = base + static_cast<std::uint32_t>(start);
        tok.run = run;
        tok.chars = 1;
        const auto b = static_cast<unsigned char>(s[i]);
        if (b == ' ') {
            // The most frequent token: one plain space.
            ++i;
            if (i < n && may_start_space(static_cast<unsigned char>(s[i]))) {
                const std::size_t end = space_run_end(s, i);
                if (end != i) needs |= need::spacing;  // more than one plain space
                i = end;
            }
            tok.kind = Kind::space;
            tok.cp = U' ';
            tok.text = std::string_view(s.data() + start, i - start);
            prev = U' ';
            continue;
        }
        if (is_cyrillic_lead(b) && i + 1 < n) {
            // The next most frequent: a word of Cyrillic letters U+0400–U+047F alone, which
            // ends at the end of the run or before a mark that ends it as a word and as any
            // protected span (`ends_cyrillic_word`); the general path below reads it the same.
            const std::size_t end = cyrillic_run_end(s, i);
            if (end == n || ends_cyrillic_word(static_cast<unsigned char>(s[end]))) {
                const char32_t c =
                    (static_cast<char32_t>(b & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
                tok.kind = Kind::word;
                tok.script = Script::cyrillic;
                tok.cp = c;
                tok.chars = static_cast<std::uint32_t>((end - i) / 2);
                tok.upper = is_upper(c);
                tok.text = std::string_view(s.data() + start, end - start);
                tok.lex = classify(tok.text, tok.upper);
                prev = c;  // a letter, as the last one
                i = end;
                continue;
            }
        }
        // The first code point; a Cyrillic letter U+0400–U+047F (lead D0 or D1) or an ASCII
        // letter starts a word without further tests.
        std::size_t len = 1;
        char32_t c = b;
        bool word = false;
        if (b < 0x80) {
            word = ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
        } else if (is_cyrillic_lead(b) && i + 1 < n) {
            c = (static_cast<char32_t>(b & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
            len = 2;
            word = true;
        } else {
            c = peek(s, i, &len);
        }
        tok.cp = c;
        // A protected span starts at a boundary: at '/', '.', '~', or at a word or number that
        // is followed by a character that may continue a URL, e-mail or path (checked below).
        const char32_t before = prev;
        if (!word && (c == '/' || c == '.' || c == '~') && opens_protected(before) &&
            !(c == '.' && (before == '?' || before == '!') && i + 1 < n && s[i + 1] == '.')) {
            // `?..` and `!..` (the last condition) read as `?...` and `!...`: their dots
            // start no path (`!../a`), as three dots do not.
            const std::size_t p = match_protected(s, i);
            if (p > 0) {
                emit_protected(s, i, p, tok, prev);
                continue;
            }
        }
        char32_t last = c;
        i += len;
        if (word || is_letter(c) || is_word_mark(c) || is_letter_sign(c)) {
            // The scripts are disjoint: a code point is at most one of Cyrillic, Latin, other.
            bool cyr = is_cyrillic(c);
            bool lat = !cyr && is_latin(c);
            bool other = !cyr && !lat && is_other_letter(c);
            std::uint32_t chars = 1;
            while (i < n) {
                // Fast paths: Cyrillic U+0400–U+047F (lead byte D0 or D1) and ASCII letters.
                const auto d0 = static_cast<unsigned char>(s[i]);
                if (is_cyrillic_lead(d0) && i + 1 < n) {
                    const std::size_t end = cyrillic_run_end(s, i);
                    cyr = true;
                    chars += static_cast<std::uint32_t>((end - i) / 2);
                    i = end;
                    last = 0x0430;
                    continue;
                }
                if (d0 < 0x80) {
                    const unsigned char lower = d0 | 0x20;
                    if (lower < 'a' || lower > 'z') break;
                    lat = true;
                    ++chars;
                    ++i;
                    last = d0;
                    continue;
                }
                std::size_t l = 0;
                const char32_t d = peek(s, i, &l);
                const bool mark = is_word_mark(d);
                if (!mark && !is_letter(d) && !is_letter_sign(d)) break;
                if (is_cyrillic(d)) {
                    cyr = true;
                } else if (is_latin(d)) {
                    lat = true;
                } else if (is_other_letter(d)) {
                    other = true;
                }
                if (!mark) ++chars;
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
        } else if (chars::is_superscript_digit(c)) {
            // ² and ³ are the numbers `2` and `3` of `м2`, `м3` they are made of: one digit.
            tok.kind = Kind::number;
            last = '0';
        } else if (is_space(c)) {
            i = space_run_end(s, i);
            tok.kind = Kind::space;
            needs |= need::spacing;
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
        // A URL, domain or e-mail is read from its own characters, whatever is glued before
        // it: `С.Pn\p.d` and `С. Pn\p.d`, `—W.ru` and `— W.ru` hold the same span.
        if ((tok.kind == Kind::word || tok.kind == Kind::number) && i < n && continues_url(s, i)) {
            const std::size_t p = match_protected(s, start);
            if (p > 0) {
                i = start;
                emit_protected(s, i, p, tok, prev);
                continue;
            }
        }
        tok.text = std::string_view(s.data() + start, i - start);
        if (tok.kind == Kind::word) {
            tok.lex = classify(tok.text, tok.upper);
        } else {
            needs |= needs_of(tok);
            if (c == '.' && ends_initial(out, out.size() - 1)) needs |= need::initial;
        }
        prev = last;
    }
}

}  // namespace verstka::detail::typo
