// Small predicates the rules share; everything navigates with Context::prev/next so that
// markup between tokens is invisible.
#ifndef VERSTKA_TYPOGRAPHY_RULES_HELPERS_HPP
#define VERSTKA_TYPOGRAPHY_RULES_HELPERS_HPP

#include <iterator>

#include "common/chars.hpp"
#include "typography/lexicon.hpp"
#include "typography/rule.hpp"

namespace verstka::detail::typo {

/// The word is in the list `bit` (lexicon.hpp `lex::`).
inline bool has(const Token& t, std::uint16_t bit) { return (t.lex & bit) != 0; }

/// Gives token `i` a new single-character text.
inline void replace(Context& c, std::size_t i, std::string_view text, char32_t cp, Kind kind) {
    c.set_kind(i, kind);
    Token& t = c.t[i];
    t.text = text;
    t.cp = cp;
    t.chars = 1;
}

/// Gives token `i` a named character (typography/glyphs.hpp lists every one a rule writes).
inline void replace(Context& c, std::size_t i, const chars::Named& glyph, Kind kind) {
    replace(c, i, glyph.utf8, glyph.cp, kind);
}

/// Token `i` is the multiplication sign: a word, as the `x` it is made of (token.hpp,
/// is_letter_sign), that parts two factors where that letter would join them to a word.
inline bool is_times_sign(const Context& c, std::size_t i) { return c.is_text(i, chars::times.utf8); }

/// A word that starts a word of its own: at the paragraph start, after a space, an opening
/// bracket or an opening quote; not after a hyphen, a letter, a digit or an apostrophe.
inline bool standalone(const Context& c, std::size_t i) {
    const std::size_t p = c.prev(i);
    if (p == npos) return true;
    const Token& t = c.t[p];
    switch (t.kind) {
        case Kind::space:
            return true;
        case Kind::dash:
            return t.cp == 0x2014;  // `—слово` reads as `— слово`: the dash stands apart
        case Kind::punct:
            return is_open_bracket(t.cp) && t.chars == 1;
        case Kind::quote: {
            const std::size_t pp = c.prev(p);
            return pp == npos || c.t[pp].kind == Kind::space || c.t[pp].kind == Kind::quote ||
                   (c.t[pp].kind == Kind::punct && is_open_bracket(c.t[pp].cp)) || c.t[pp].kind == Kind::dash;
        }
        default:
            return false;
    }
}

/// A hyphen that is part of a sign reads as that sign, not as a dash: `+-` and `+/-` (±),
/// `<-` and `<->` (← ↔).
inline bool sign_hyphen(const Context& c, std::size_t d) {
    if (c.t[d].text != "-") return false;
    if (d > 0 && c.is_punct(d - 1, '<')) return true;
    std::size_t p = c.prev(d);
    if (c.is_punct(p, '/')) p = c.prev(p);
    return c.is_punct(p, '+');
}

/// Token `i` is a number (`³` of `м3` is one) or a fraction made of numbers (`½` of `1/2`):
/// what reads as a number before typesetting and after.
inline bool is_numeral(const Context& c, std::size_t i) {
    if (c.is_number(i)) return true;
    return c.is(i, Kind::punct) && chars::is_vulgar_fraction(c.t[i].cp);
}

/// The word starts here: nothing joins it on the left — no letter, digit or protected token,
/// no apostrophe glued to one (`д’где`), no hyphen or minus glued to the word (`по-где`,
/// `-где`) unless it is the hyphen of a sign (`+-`, `<-`), which reads as ± and ← do.
/// Punctuation before it does not count: the word reads the same whatever space the output
/// puts after a mark (`Итак,где`, `Л.Н.Толстой`).
/// The mirror of word_ends().
inline bool word_starts(const Context& c, std::size_t i) {
    const std::size_t p = c.prev(i);
    if (p == npos) return true;
    const Token& t = c.t[p];
    switch (t.kind) {
        case Kind::word:
        case Kind::number:
        case Kind::opaque:
            return false;
        case Kind::dash:
            // `+-` and `<-` read as ± and ←: that hyphen is a sign, as they are.
            return t.text == "-" ? sign_hyphen(c, p) : t.cp != chars::minus.cp;
        case Kind::quote: {
            // An apostrophe joins only when glued to a word or a number on its left (`½` as the
            // `1/2` it was made of); otherwise the mark opens a quotation, as « does.
            const std::size_t pp = c.prev(p);
            return pp == npos || pp + 1 != p ||
                   !(c.is_word(pp) || is_numeral(c, pp) || c.is(pp, Kind::opaque));
        }
        case Kind::punct:
            // A fraction joins as its digits do (`½<a>из` as `1/2<a>из`).
            return !is_numeral(c, p);
        default:
            return true;
    }
}

/// The word ends here: followed by the end, a space or punctuation, not by more letters,
/// digits, a hyphen or an apostrophe.
inline bool word_ends(const Context& c, std::size_t i) {
    const std::size_t n = c.next(i);
    if (n == npos) return true;
    const Kind k = c.t[n].kind;
    // A glued dash ends the word unless it is a hyphen that goes on (`мм-волна`): `слово—`
    // reads like the spaced `слово —`, and `слово->` like `слово →`.
    if (k == Kind::dash) return c.t[n].text != "-" || c.is_punct(n + 1, '>');
    // A ’ is an apostrophe inside a word (`McDonald’s`); with no letter after it, it ends the
    // word, as a closing mark does (`‘9м’` as `«9м»`).
    if (k == Kind::quote && c.t[n].cp == 0x2019) return !c.is_word(c.next(n));
    return k == Kind::space || k == Kind::punct || k == Kind::quote;
}

/// Something a no-break space may bind to on the left: a word, a number, a closing mark.
inline bool binds_left(const Context& c, std::size_t i) {
    if (i == npos) return false;
    const Token& t = c.t[i];
    switch (t.kind) {
        case Kind::word:
        case Kind::number:
        case Kind::opaque:
        case Kind::quote:
            return true;
        case Kind::punct:
            return is_close_bracket(t.cp) || t.cp == '%' || t.cp == '.' || t.cp == 0x2026 || t.cp == '+';
        default:
            return false;
    }
}

/// A dash as a sentence dash may be written: `-`, `--`, `---`, `–`, `—`, `―`.
inline bool is_sentence_dash(const Token& t) {
    return t.kind == Kind::dash && (t.text == "-" || t.text == "--" || t.text == "---" || t.cp == 0x2013 ||
                                    t.cp == 0x2014 || t.cp == 0x2015);
}

/// A dash (any a sentence dash may be written as) that opens a new line of dialogue inside a
/// paragraph: after a sentence end (`. ! ? …`) and a space, before a space and a capitalised
/// word (`Нет… - А почему?`); an em dash glued to the word reads as spaced (`Нет. —А`). The one
/// answer to whether a dash opens a dialogue line, so that no dash is typeset both ways.
inline bool opens_dialogue_line(const Context& c, std::size_t d) {
    const Token& t = c.t[d];
    if (!is_sentence_dash(t)) return false;
    const std::size_t s1 = c.prev(d);
    const std::size_t s2 = c.next(d);
    if (!c.is_space(s1) || s1 + 1 != d || s2 != d + 1) return false;
    if (!c.is_space(s2) && t.cp != 0x2014) return false;
    const std::size_t end = c.prev(s1);
    const std::size_t word = c.is_space(s2) ? c.next(s2) : s2;
    if (end == npos || word == npos || !c.is_word(word) || !c.t[word].upper) return false;
    const Token& e = c.t[end];
    return e.kind == Kind::punct && (e.cp == '.' || e.cp == '!' || e.cp == '?' || e.cp == 0x2026);
}

/// Token `i` is a letter of `P.S.` or `P.P.S.`: an abbreviation, never initials. Cold: asked
/// only of a P or S, and the rules that ask inline no copy of it (the wasm size is a budget).
[[gnu::cold]] inline bool in_postscript(const Context& c, std::size_t i) {
    if (!c.is_word(i) || (c.t[i].text != "P" && c.t[i].text != "S")) return false;
    // The run may start at `i` or at one of the two letters before it (`X. X. X.`, spaces
    // optional); each start is read, and one that spells `PS` or `PPS` through `i` counts.
    // So a glued run and a spaced one (`P.S. P.S.`, `P. S. P. S.`) are judged alike.
    std::size_t k = i;
    for (int step = 0; step < 3; ++step) {
        // Read the letters from `k`: each followed by its dot, the run ending at the S.
        char letters[3] = {};
        std::size_t count = 0;
        bool through_i = false;
        for (std::size_t n = k; count < 3 && (c.is_text(n, "P") || c.is_text(n, "S"));) {
            letters[count++] = c.t[n].text[0];
            through_i = through_i || n == i;
            if (!c.is_text(c.next(n), ".")) {
                count = 0;  // a letter without its dot spells nothing
                break;
            }
            if (letters[count - 1] == 'S') break;
            n = c.next(c.next(n));
            if (c.is_space(n)) n = c.next(n);
        }
        const std::string_view word(letters, count);
        if (through_i && (word == "PS" || word == "PPS")) return true;
        // The letter before `k`, if the run goes on to the left.
        std::size_t p = c.prev(k);
        if (c.is_space(p)) p = c.prev(p);
        if (!c.is_text(p, ".")) return false;
        k = c.prev(p);
        if (!c.is_text(k, "P") && !c.is_text(k, "S")) return false;
    }
    return false;
}

/// Token `p` is a single dot right after letters (`т.`, `ул.`): it ends a word or an
/// abbreviation, and a number glued after it stands free, as after a space (`стр.12` reads as
/// `стр. 12`).
inline bool dot_after_word(const Context& c, std::size_t p) {
    return c.is_punct(p, '.') && c.is_word(c.prev(p));
}

/// Token `i` is a unit of length with a power glued to it that ends the word: `м2`, `км3.`;
/// a power written ² or ³ reads as the 2 or 3 it is made of (`м²` as `м2`).
inline bool power_after_unit(const Context& c, std::size_t i) {
    // The digit first: few words have one glued after them.
    const std::size_t p = i + 1;
    if (!c.is_word(i) || !c.is_number(p) || c.t[p].chars != 1 || c.t[p].run != c.t[i].run) return false;
    const char32_t power = c.t[p].cp;
    if (power != '2' && power != '3' && !chars::is_superscript_digit(power)) return false;
    const std::string_view w = c.t[i].text;
    if (w != "м" && w != "см" && w != "мм" && w != "км" && w != "дм") return false;
    // The power ends the word: a space, punctuation other than a decimal mark, or the end.
    const std::size_t n = p + 1;
    return n >= c.t.size() || c.t[n].kind == Kind::space || c.t[n].kind == Kind::markup ||
           (c.t[n].kind == Kind::punct && is_trailing_punct(c.t[n].cp) && !c.is_number(n + 1));
}

/// A unit glued to the number at `i` (`12мм`, `1995г.`, `600dpi`, `45000руб`): typeset with a
/// no-break space between them, so the number stands free on its right as in `12 мм`.
inline bool glued_unit(const Context& c, std::size_t i) {
    const std::size_t u = i + 1;
    if (!c.is_number(i) || u >= c.t.size() || !c.is_word(u) || c.t[u].run != c.t[i].run) return false;
    // Not after letters (`Ту154м`) nor as the last group of a phone or a code (`264-00-00руб`);
    // a × is the word x it is made of (`10x2с`, `10×2с`), a minus reads as the hyphen.
    if (i > 0 && c.is_word(i - 1)) return false;
    if (i > 1 && (c.is_text(i - 1, "-") || c.is_text(i - 1, chars::minus.utf8)) &&
        (is_numeral(c, i - 2) || c.is_word(i - 2))) {
        return false;
    }
    return has(c.t[u], lex::unit) && (power_after_unit(c, u) || word_ends(c, u));
}

}  // namespace verstka::detail::typo

#endif
