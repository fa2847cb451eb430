#include "typography/quote_analysis.hpp"

#include "typography/rules/helpers.hpp"

namespace verstka::detail::typo {

namespace {

enum class Side { open, close, either, none };

// ″ and ′ are quote tokens, as the `"` and `'` they are made of, and primes by their shape: no
// quotation mark. Beside a quote a prime reads as the sign it is: it ends a run of marks and
// closes the context before it, as punctuation does (`'?‘′'$` reads as `'?‘,'$`).
bool is_prime(const Token& t) { return t.cp == chars::double_prime.cp || t.cp == chars::prime.cp; }

// A quotation mark: a quote reading the text beside it passes over the marks next to it.
bool passed_over(const Token& t) { return t.kind == Kind::quote && !is_prime(t); }

// Opening context to the left: paragraph start, space, opening bracket, dash, `/`.
bool opens_left(const Context& c, std::size_t p) {
    if (p == npos) return true;
    const Token& t = c.t[p];
    if (t.kind == Kind::space) return true;
    if (t.kind == Kind::dash) return !sign_hyphen(c, p);
    return t.kind == Kind::punct && (is_open_bracket(t.cp) || t.cp == '/' || t.cp == 0x2014);
}

// Closing context to the right: paragraph end, space, punctuation other than an opening bracket
// or a fraction, which reads as the number it is made of (`"1/2` and `"½`).
bool closes_right(const Context& c, std::size_t n) {
    if (n == npos) return true;
    const Token& t = c.t[n];
    if (t.kind == Kind::space || t.kind == Kind::dash || is_prime(t)) return true;
    // An ellipsis glued to the word after it starts the quotation (`"...и снова..."`).
    const bool ellipsis = t.kind == Kind::punct && (t.cp == 0x2026 || (t.cp == '.' && t.chars >= 3));
    if (ellipsis && c.is_word(c.next(n)) && c.next(n) == n + 1) return false;
    return t.kind == Kind::punct && !is_open_bracket(t.cp) && !chars::is_vulgar_fraction(t.cp) &&
           t.cp != '#' && t.cp != '$' && t.cp != 0x2116;
}

// A straight mark glued after a number or a fraction with nothing glued after it (`55"`,
// `6' 2"`, `5",`, `½"`) measures inches or feet, unless it closes an open quotation (`"Группа 5"`).
bool prime_shaped(const Context& c, std::size_t i) {
    if (i == 0 || c.prev(i) != i - 1) return false;
    const Token& before = c.t[i - 1];
    const bool measure =
        before.kind == Kind::number || (before.kind == Kind::punct && chars::is_vulgar_fraction(before.cp));
    if (!measure) return false;
    const std::size_t n = c.next(i);
    return n == npos || c.is_space(n) || (c.t[n].kind == Kind::punct && is_trailing_punct(c.t[n].cp));
}

bool single_family(char32_t cp) { return cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x201A; }

}  // namespace

void analyze_quotes(Context& c, QuoteMarks& out) {
    out.clear();
    std::vector<QuoteMark>& marks = out.marks;
    std::vector<std::size_t>& stack = out.stack;  // indices into marks
    std::vector<Token>& t = c.t;
    const Positions quotes = c.positions(Kind::quote);
    for (const std::uint32_t* q = quotes.begin(); q != quotes.end(); ++q) {
        const std::size_t i = *q;
        // A prime is one by its shape, as « opens by its shape: no quotation mark.
        if (is_prime(t[i])) {
            t[i].flags |= kPrime;
            continue;
        }
        // Three or more quotation marks in a row are none (real text has at most `»»` or
        // `«„`): such a run is left as it is.
        std::size_t run_end = i;
        while (run_end + 1 < t.size() && passed_over(t[run_end + 1])) ++run_end;
        if (run_end - i >= 2) {
            q += run_end - i;  // the run's quotes are adjacent in the list too
            continue;
        }
        const char32_t cp = t[i].cp;
        std::size_t p = c.prev(i);
        while (p != npos && passed_over(t[p])) p = c.prev(p);
        std::size_t n = c.next(i);
        while (n != npos && passed_over(t[n])) n = c.next(n);
        const std::size_t p1 = c.prev(i);
        const std::size_t n1 = c.next(i);
        const bool glued_letters = c.is_word(p1) && c.is_word(n1);
        const bool left = opens_left(c, p);
        const bool right = closes_right(c, n);
        Side side = left && !right ? Side::open : !left && right ? Side::close : Side::either;
        // `,"слово`: after , ; : and before a word a quote opens, as it does in `, "слово`.
        if (!right && p != npos && t[p].kind == Kind::punct &&
            (t[p].cp == ',' || t[p].cp == ';' || t[p].cp == ':') && n != npos &&
            (t[n].kind == Kind::word || t[n].kind == Kind::number)) {
            side = Side::open;
        }
        if (left && right) side = Side::none;
        // A straight quote glued between two letters (`c"os`) is no quotation mark, as the ’
        // that stands there is an apostrophe.
        if (cp == '"' && glued_letters) side = Side::none;
        // Right after an opening mark and before a word: a nested opening (`"'слово`), however
        // the first mark was placed (`!"'` and `! «'` read the same).
        if (!right && !marks.empty() && marks.back().index == p1 && marks.back().open) {
            side = Side::open;
        }
        if (cp == 0x00AB || cp == 0x201E || cp == 0x201A || cp == '<') side = Side::open;
        if (cp == 0x00BB || cp == '>') side = Side::close;
        // A typographic mark reads by the role of its shape: ” always closes; “ closes an open „
        // (Russian inner quotes) or closes by context, and opens otherwise.
        if (cp == 0x201D) side = Side::close;
        if (cp == 0x201C) {
            const bool after_lapka = !stack.empty() && t[marks[stack.back()].index].cp == 0x201E;
            side = after_lapka || (side == Side::close && !stack.empty()) ? Side::close : Side::open;
        }
        // A straight mark shaped as an inch or prime mark is a prime, as ″ and ′ are: no
        // quotation mark, unless it closes an open quotation.
        if ((cp == '"' || cp == '\'') && prime_shaped(c, i)) {
            const char32_t top = stack.empty() ? 0 : t[marks[stack.back()].index].cp;
            const bool closes =
                (side == Side::close || side == Side::either) && (cp == '"' ? top != 0 : top == '\'');
            if (!closes) {
                t[i].flags |= kPrime;
                continue;
            }
        }
        if (single_family(cp)) {
            // Between letters it is an apostrophe (д’Артаньян), and between a digit and a letter
            // (`8’r`, `90’s`, `½’r` as `1/2’r`); a closing single quote that closes nothing is an
            // apostrophe too (students’ books).
            if (glued_letters || (is_numeral(c, p1) && c.is_word(n1))) continue;
            // Inside an open quotation ‘ reads as an opening mark (also where the context says
            // close: `“‘b�‘�e’”`, `9‘p`), as the ‘ of a nested English quotation does.
            // A stray one outside stays as it is.
            if (cp == 0x2018 && (side == Side::either || !stack.empty())) side = Side::open;
            // ’ reads as a closing mark: where the context says open (`- ’2`), it closes or is
            // an apostrophe (`’90-е`), never opens.
            if (side != Side::open || cp == 0x2019) {
                // A straight ' closes only a straight one; ’ also closes ‘, and in a quotation
                // a `"` opens it is an apostrophe. Nor does one right after the mark that opens
                // (`"’r`, `‘’r`): no quotation is empty, so that ’ is an apostrophe.
                const char32_t top = stack.empty() ? 0 : t[marks[stack.back()].index].cp;
                const bool single_open = cp == '\'' ? top == '\'' : (top == '\'' || top == 0x2018);
                const bool right_after_open = !stack.empty() && marks[stack.back()].index == p1;
                if (!single_open || right_after_open) continue;
                side = Side::close;
            }
        }
        if (side == Side::none) continue;
        if (side == Side::either) {
            // Glued on both sides (`"a"b`): it closes whatever is open, as the closing `”` of
            // `“a”b` does.
            side = stack.empty() ? Side::open : Side::close;
        }
        QuoteMark mark;
        mark.index = i;
        mark.offset = t[i].offset;
        mark.open = side == Side::open;
        if (mark.open) {
            mark.depth = static_cast<int>(stack.size());
            mark.parent = stack.empty() ? npos : stack.back();
            stack.push_back(marks.size());
            marks.push_back(mark);
        } else if (!stack.empty()) {
            const std::size_t o = stack.back();
            stack.pop_back();
            mark.depth = marks[o].depth;
            mark.parent = marks[o].parent;
            mark.partner = o;
            marks[o].partner = marks.size();
            marks.push_back(mark);
        } else {
            marks.push_back(mark);
        }
    }
    for (const QuoteMark& m : marks) {
        Token& tok = t[m.index];
        tok.flags |= m.open ? kQuoteOpen : kQuoteClose;
        if (m.partner != npos) tok.flags |= kQuotePaired;
    }
}

void locate_quotes(const std::vector<Token>& tokens, Positions quote_tokens, QuoteMarks& quotes) {
    std::vector<QuoteMark>& marks = quotes.marks;
    std::size_t k = 0;
    for (const std::uint32_t i : quote_tokens) {
        if (k == marks.size()) return;
        const Token& tok = tokens[i];
        if ((tok.flags & (kQuoteOpen | kQuoteClose)) == 0) continue;
        // Marks with no quote token at their offset (an inch mark) come first: the tokens keep
        // their order, so a mark's token is found by its offset or not at all.
        for (; k < marks.size() && marks[k].offset < tok.offset; ++k) marks[k].index = npos;
        if (k < marks.size() && marks[k].offset == tok.offset) marks[k++].index = i;
    }
    for (; k < marks.size(); ++k) marks[k].index = npos;
}

}  // namespace verstka::detail::typo
