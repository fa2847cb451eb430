// «слово , слово» → «слово, слово»; «( текст )» → «(текст)».
#include <cstdint>
#include <vector>

#include "common/ascii.hpp"
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

bool removable_before(char32_t cp) {
    return cp == ',' || cp == '.' || cp == ';' || cp == ':' || cp == '!' || cp == '?' || cp == ')' ||
           cp == ']';
}

// Token `p` ends `&name` where the name is what html.cpp takes for an entity (`&amp`, `&0`,
// `&#x2d`): ASCII letters, digits, `-` and `#`, at most 11 bytes.
bool after_entity_name(const Context& c, std::size_t p) {
    std::size_t bytes = 0;
    for (std::size_t k = p + 1; k-- > 0;) {
        const Token& t = c.t[k];
        if (c.is_punct(k, '&')) return k < p;
        // A space between two numbers may stand between digit groups, as a no-break space does
        // there: `&1⍽000` and `&1 000` read as `&1000`.
        if (c.is_space(k) && k > 0 && c.is_number(k - 1) && c.is_number(k + 1)) continue;
        if (t.kind != Kind::word && t.kind != Kind::number && t.kind != Kind::dash && t.kind != Kind::punct) {
            return false;
        }
        // `&1x9`, `&1-9` are names, and so are `&1×9`, `&1–9` they stand for.
        if (is_times_sign(c, k) || t.cp == chars::minus.cp || t.cp == 0x2013) {
            bytes += 1;
            continue;
        }
        for (char ch : t.text) {
            const bool name = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                              (ch >= '0' && ch <= '9') || ch == '-' || ch == '#';
            if (!name) return false;
        }
        bytes += t.text.size();
        if (bytes > 11) return false;
    }
    return false;
}

// Nothing but erased tokens between `q` and `k`: they touch in the text.
bool touching(const Context& c, std::size_t q, std::size_t k) {
    for (std::size_t j = q + 1; j < k; ++j) {
        if (c.t[j].kind != Kind::none) return false;
    }
    return true;
}

// Token `p` is a URL with a path or query, or ASCII marks glued to the end of one (`b.ru/!`,
// `b.ru/!(`): such a URL takes in whatever is glued to it (up to a space, a quote, `<`, `>`
// or a non-ASCII sign), so the space of `b.ru/! !.o` stays: `!.o` is no part of the URL.
bool ends_span(const Context& c, std::size_t p) {
    // Marks that are ASCII in every form they take: not `...` (read as …), dashes (– — −) or
    // `+` (`+-` reads as ±), which end a URL; quotes end a URL anyway. After `?` or `!` three
    // dots read as the ASCII `..` (`b.ru/!...` and `b.ru/!..` alike).
    const auto absorbable = [&](std::size_t k) {
        const Token& t = c.t[k];
        if (t.kind != Kind::punct || t.cp == '+') return false;
        if (t.cp == '.' && t.chars >= 3 && !c.is_punct(c.prev(k), '?') && !c.is_punct(c.prev(k), '!')) {
            return false;
        }
        for (char ch : t.text) {
            if (static_cast<unsigned char>(ch) >= 0x80 || ch == '"' || ch == '<' || ch == '>') return false;
        }
        return true;
    };
    std::size_t k = p;
    while (k != npos && absorbable(k)) {
        const std::size_t q = c.prev(k);
        if (q == npos || !touching(c, q, k)) return false;
        k = q;
    }
    if (k == npos || c.t[k].kind != Kind::opaque) return false;
    // A URL whose end the tokenizer finds by scanning on (tokenizer.cpp, url_tail): one with a
    // path or query, or one given as `www.` or `mailto:` (`www.b.ru(x` is one URL), or a host
    // whose glued marks start a path or query (`a.ru?]]5` is one URL, as `a.ru/]]5`, and so are
    // `a.ru!?.` and `a.ru?!.`).
    const std::string_view text = c.t[k].text;
    const std::string_view glued = k != p ? c.t[c.next(k)].text : std::string_view();
    return text.find_first_of("/?#") != std::string_view::npos || ascii::starts_with_folded(text, "www.") ||
           ascii::starts_with_folded(text, "mailto:") ||
           (!glued.empty() && (glued[0] == '/' || glued[0] == '?' || glued[0] == '#' || glued[0] == '!'));
}

// The brackets left open so far, one stack per kind (`(` and `[`), each bracket marked when it
// is glued to a URL (ends_span). A closing bracket closes the last one of its kind, as in a URL
// tail (tokenizer.cpp, url_tail). Pairing is read from the brackets alone, so it is the same
// whatever spaces stand between them. Brackets deeper than 64 count as not glued.
class OpenBrackets {
public:
    static int kind_of(char32_t cp) { return cp == '(' || cp == ')' ? 0 : 1; }
    void open(int kind, bool glued) {
        if (depth_[kind] < 64 && glued) {
            glued_[kind] |= std::uint64_t{1} << depth_[kind];
            ++glued_open_;
        }
        ++depth_[kind];
    }
    /// Closes the last open bracket of `kind`; true when it was glued to a URL.
    bool close(int kind) {
        if (depth_[kind] == 0) return false;
        const std::uint32_t top = --depth_[kind];
        if (top >= 64) return false;
        const std::uint64_t bit = std::uint64_t{1} << top;
        const bool glued = (glued_[kind] & bit) != 0;
        glued_[kind] &= ~bit;
        if (glued) --glued_open_;
        return glued;
    }
    /// A bracket glued to a URL is open.
    bool inside_glued() const { return glued_open_ != 0; }

private:
    std::uint64_t glued_[2] = {0, 0};
    std::uint32_t depth_[2] = {0, 0};
    std::uint32_t glued_open_ = 0;
};

// Which opening brackets of the paragraph, in order, a bracket of their kind closes. Read from
// the brackets alone, so it is the same whatever spaces stand between them. Only a closed group
// can join a URL: its tail ends before a bracket left open (tokenizer.cpp, url_tail).
std::vector<bool> closed_openings(Context& c) {
    std::vector<bool> closed;
    std::vector<std::size_t> open[2];  // per kind, the openings still open, by their order
    for (const std::size_t i : c.positions(Kind::punct)) {
        const Token& t = c.t[i];
        if (t.chars != 1) continue;
        if (t.cp == '(' || t.cp == '[') {
            open[OpenBrackets::kind_of(t.cp)].push_back(closed.size());
            closed.push_back(false);
        } else if ((t.cp == ')' || t.cp == ']') && !open[OpenBrackets::kind_of(t.cp)].empty()) {
            std::vector<std::size_t>& stack = open[OpenBrackets::kind_of(t.cp)];
            closed[stack.back()] = true;
            stack.pop_back();
        }
    }
    return closed;
}

void apply(Context& c) {
    // Only a paragraph with a URL has a bracket glued to one.
    const bool has_span = c.positions(Kind::opaque).size() != 0;
    const std::vector<bool> closed = has_span ? closed_openings(c) : std::vector<bool>();
    std::size_t openings = 0;
    OpenBrackets brackets;
    for (const std::size_t i : c.positions(Kind::punct)) {
        const Token& t = c.t[i];
        if (t.kind != Kind::punct) continue;
        // `b.ru/x(c !)`, `b.ru/x(c )`: inside closed brackets glued to a URL every space stays,
        // the one before the closing bracket too, as the space after the opening one does
        // (`b.ru/x( c)`); without any of them the URL's tail takes the group in.
        bool in_span_group = false;
        if (has_span && t.chars == 1) {
            if (t.cp == '(' || t.cp == '[') {
                brackets.open(OpenBrackets::kind_of(t.cp), closed[openings++] && ends_span(c, i));
            } else if (t.cp == ')' || t.cp == ']') {
                in_span_group = brackets.close(OpenBrackets::kind_of(t.cp));
            }
            in_span_group = in_span_group || brackets.inside_glued();
        }
        if (t.chars == 1 && removable_before(t.cp)) {
            const std::size_t s = c.prev(i);
            if (!c.is_space(s)) continue;
            const std::size_t p = c.prev(s);
            if (p == npos) continue;
            const Token& before = c.t[p];
            const bool content =
                before.kind == Kind::word || before.kind == Kind::number || before.kind == Kind::opaque ||
                before.kind == Kind::quote ||
                (before.kind == Kind::punct &&
                 (is_close_bracket(before.cp) || before.cp == '!' || before.cp == '?' || before.cp == '%' ||
                  before.cp == '+' || before.cp == 0x2026 || (before.cp == '.' && before.chars >= 3)));
            if (!content) continue;
            // An emoticon (`ну и ладно ;)`, `:(`) keeps its space; © ® ™ read as the `(` of
            // the `(c)`, `(r)`, `(tm)` they are made of.
            if ((t.cp == ':' || t.cp == ';') && i + 1 < c.t.size() &&
                (c.is_punct(i + 1, ')') || c.is_punct(i + 1, '(') || c.is_punct(i + 1, chars::copyright.cp) ||
                 c.is_punct(i + 1, chars::registered.cp) || c.is_punct(i + 1, chars::trade_mark.cp))) {
                continue;
            }
            // A URL or path takes in what is glued to it (`b.ru/)4`, `b.ru/,x`): next to one,
            // `)` and `]` stay apart, and other marks are pulled back only before a space or
            // the end, where the span leaves them out.
            // A host takes in a path or query glued on: the space of `a.ru ?]5` and of
            // `a.ru !?*` (`!?` reads as `?!`) stays.
            const bool pair = t.cp == '!' && c.is_punct(i + 1, '?');
            const bool starts_tail =
                before.kind == Kind::opaque && (t.cp == '?' || pair || t.cp == '#' || t.cp == '/');
            if (starts_tail || ends_span(c, p)) {
                const std::size_t after = c.next(pair ? i + 1 : i);
                if (t.cp == ')' || t.cp == ']' || !(after == npos || c.is_space(after))) continue;
            }
            if (in_span_group) continue;
            // `&amp ;` stays apart: pulled together it is an HTML entity.
            if (t.cp == ';' && after_entity_name(c, p)) continue;
            // `… .` and `... .` stay apart: `….` and `....` read as one longer run of dots.
            if (t.cp == '.' && before.kind == Kind::punct && (before.cp == 0x2026 || before.cp == '.')) {
                continue;
            }
            // `файл .gitignore`, `ответ :)`, `w ./x`: a dot, colon, ! or ? pulled back only
            // before a space, a quote, closing punctuation or the end, never where it would
            // join a name, a path or a URL; `, ; ) ]` are always pulled back.
            const std::size_t n = c.next(i);
            const bool free_after = n == npos || c.is_space(n) || c.t[n].kind == Kind::quote ||
                                    (c.t[n].kind == Kind::punct && is_trailing_punct(c.t[n].cp));
            if (!free_after && t.cp != ',' && t.cp != ';' && t.cp != ')' && t.cp != ']') continue;
            if ((t.cp == ')' || t.cp == ']') && before.kind == Kind::punct && is_open_bracket(before.cp)) {
                continue;
            }
            c.erase(s);
        } else if (t.chars == 1 && (t.cp == '(' || t.cp == '[')) {
            const std::size_t s = c.next(i);
            if (!c.is_space(s)) continue;
            // `b.ru/( x`: the space after the bracket of a URL stays, as with any glued mark.
            if (in_span_group || ends_span(c, i)) continue;
            // The emoticon `:(` keeps the space after it.
            if (i > 0 && (c.is_punct(i - 1, ':') || c.is_punct(i - 1, ';'))) continue;
            const std::size_t n = c.next(s);
            if (n == npos) continue;
            const Kind k = c.t[n].kind;
            if (k == Kind::word || k == Kind::number || k == Kind::opaque || k == Kind::quote) {
                c.erase(s);
            }
        }
    }
}

constexpr Example kExamples[] = {
    {"Сочи , Адлер и Хоста .", "Сочи, Адлер и Хоста."},
    {"фестиваль ( 18+ ) прошёл", "фестиваль (18+) прошёл"},
    {"Правда ?", "Правда?"},
};

}  // namespace

const Rule rule_space_before_punctuation{"space/before-punctuation",
                                         "Удаление пробела перед знаком препинания и после «(»",
                                         "Remove the space before punctuation and after «(»", true, apply};
const RuleExamples examples_space_before_punctuation{"space/before-punctuation", kExamples,
                                                     std::size(kExamples)};

}  // namespace verstka::detail::typo
