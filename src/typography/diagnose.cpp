// Notes for editors: unbalanced quotes and brackets, mixed-script words, a Latin name next to
// a Cyrillic one, repeated words. They point into the paragraph and never change the text.
#include <string>

#include "common/utf8.hpp"
#include "typography/engine.hpp"
#include "typography/quote_analysis.hpp"

namespace verstka::detail::typo {

namespace {

Position locate(std::string_view joined, std::uint32_t offset, Position origin) {
    Position pos = origin;
    std::size_t i = 0;
    const std::size_t end = offset < joined.size() ? offset : joined.size();
    while (i < end) {
        const char32_t c = utf8::decode(joined, i);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
    }
    return pos;
}

void add(Diagnostics& out, std::string_view joined, Position origin, std::uint32_t offset, const char* code,
         std::string message) {
    const Position pos = locate(joined, offset, origin);
    Diagnostic d;
    d.severity = Severity::warning;
    d.code = code;
    d.message = std::move(message);
    d.line = pos.line;
    d.column = pos.column;
    out.push_back(std::move(d));
}

// Capitalised word with lowercase rest: `Elena`, `Канюк`; not `ИА`, `SochiMedia`.
bool name_like(const Token& t) {
    if (t.kind != Kind::word || !t.upper || t.chars < 2) return false;
    std::size_t i = 0;
    utf8::decode(t.text, i);
    while (i < t.text.size()) {
        if (is_upper(utf8::decode(t.text, i))) return false;
    }
    return true;
}

char32_t fold(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0x0410 && c <= 0x042F) return c + 0x20;
    if (c >= 0x0400 && c <= 0x040F) return c + 0x50;
    return c;
}

bool same_word(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size()) {
        if (fold(utf8::decode(a, i)) != fold(utf8::decode(b, j))) return false;
    }
    return true;
}

std::string quoted(std::string_view word) { return "«" + std::string(word) + "»"; }

}  // namespace

void diagnose(const std::vector<Token>& tokens, std::string_view joined, Position origin, Diagnostics& out) {
    std::vector<Token> copy = tokens;  // Context needs a mutable vector; nothing is changed.
    std::forward_list<std::string> arena;
    TypographOptions options;
    Context c(copy, arena, options);

    std::vector<QuoteMark> marks;
    analyze_quotes(c, marks);
    for (const QuoteMark& m : marks) {
        if (m.partner != npos) continue;
        add(out, joined, origin, copy[m.index].offset, "typography.unbalanced-quotes",
            m.open ? "opening quote " + std::string(copy[m.index].text) + " is never closed"
                   : "closing quote " + std::string(copy[m.index].text) + " closes nothing");
    }

    std::vector<std::size_t> brackets;
    for (std::size_t i = 0; i < copy.size(); ++i) {
        const Token& t = copy[i];
        if (t.kind == Kind::punct && t.chars == 1 && is_open_bracket(t.cp)) brackets.push_back(i);
        if (t.kind != Kind::punct || t.chars != 1 || !is_close_bracket(t.cp)) continue;
        if (!brackets.empty()) {
            brackets.pop_back();
            continue;
        }
        // List markers `1)`, `а)` and smileys `:)` close nothing on purpose.
        const std::size_t p = c.prev(i);
        const std::size_t pp = p == npos ? npos : c.prev(p);
        const bool marker =
            p != npos &&
            (copy[p].kind == Kind::number || (copy[p].kind == Kind::word && copy[p].chars == 1)) &&
            (pp == npos || copy[pp].kind == Kind::space);
        const bool smiley = c.is_punct(p, ':') || c.is_punct(p, ';');
        if (marker || smiley) continue;
        add(out, joined, origin, t.offset, "typography.unbalanced-brackets",
            "closing bracket " + std::string(t.text) + " closes nothing");
    }
    for (std::size_t i : brackets) {
        add(out, joined, origin, copy[i].offset, "typography.unbalanced-brackets",
            "opening bracket " + std::string(copy[i].text) + " is never closed");
    }

    for (std::size_t i = 0; i < copy.size(); ++i) {
        const Token& t = copy[i];
        if (t.kind != Kind::word) continue;
        if (t.script == Script::mixed) {
            add(out, joined, origin, t.offset, "typography.mixed-script-word",
                "word " + quoted(t.text) + " mixes Latin and Cyrillic letters");
        }
        const std::size_t s = c.next(i);
        const std::size_t n = s == npos ? npos : c.next(s);
        if (!c.is_space(s) || !c.is_word(n)) continue;
        const Token& u = copy[n];
        if (name_like(t) && name_like(u) &&
            ((t.script == Script::latin && u.script == Script::cyrillic) ||
             (t.script == Script::cyrillic && u.script == Script::latin))) {
            add(out, joined, origin, t.offset, "typography.latin-name",
                "name " + quoted(std::string(t.text) + " " + std::string(u.text)) +
                    " mixes Latin and Cyrillic spelling");
        }
        if (same_word(t.text, u.text)) {
            add(out, joined, origin, u.offset, "typography.repeated-word",
                "word " + quoted(u.text) + " is repeated");
        }
    }
}

}  // namespace verstka::detail::typo
