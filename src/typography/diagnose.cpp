// Notes for editors: unbalanced quotes and brackets, mixed-script words, a Latin name next to
// a Cyrillic one, repeated words. They point into the paragraph and never change the text.
#include <algorithm>
#include <string>

#include "common/utf8.hpp"
#include "typography/engine.hpp"
#include "typography/quote_analysis.hpp"

namespace verstka::detail::typo {

namespace {

// Warnings of one code past this many in a paragraph are summed up in one
// `typography.too-many-warnings`: a paragraph of 10,000 stray quotes needs one look, not
// 10,000 lines, and the output stays linear in the input.
constexpr std::size_t kMaxPerCode = 20;

struct Pending {
    std::uint32_t offset;
    const char* code;
    std::string message;
};

// Collects the warnings of one paragraph; `finish` finds all their positions in one pass.
class Collector {
public:
    // Whether one more warning of `code` is kept (so that its message is worth building).
    bool wanted(const char* code) {
        for (Count& k : counts_) {
            if (std::string_view(k.code) != code) continue;
            return ++k.seen <= kMaxPerCode;
        }
        counts_.push_back({code, 1});
        return true;
    }
    void add(std::uint32_t offset, const char* code, std::string message) {
        if (wanted(code)) kept_.push_back({offset, code, std::move(message)});
    }

    // Line and column of every kept warning from one forward walk over the joined pieces, in
    // the order of offsets; the warnings keep the order they were found in. The joined text is
    // built only when there is a warning to place.
    void finish(const std::vector<Piece>& pieces, Position origin, Diagnostics& out) {
        if (kept_.empty() && counts_.empty()) return;
        std::string joined;
        for (const Piece& piece : pieces) joined += piece.text;
        std::vector<std::size_t> order(kept_.size());
        for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return kept_[a].offset < kept_[b].offset; });
        std::vector<Position> at(kept_.size());
        Position pos = origin;
        std::size_t i = 0;
        for (std::size_t k : order) {
            const std::size_t end = kept_[k].offset < joined.size() ? kept_[k].offset : joined.size();
            // Columns count code points: every byte but a UTF-8 continuation byte starts one.
            for (; i < end; ++i) {
                const auto b = static_cast<unsigned char>(joined[i]);
                if (b == '\n') {
                    ++pos.line;
                    pos.column = 1;
                } else if ((b & 0xC0) != 0x80) {
                    ++pos.column;
                }
            }
            at[k] = pos;
        }
        for (std::size_t k = 0; k < kept_.size(); ++k)
            push(out, at[k], kept_[k].code, std::move(kept_[k].message));
        for (const Count& k : counts_) {
            if (k.seen <= kMaxPerCode) continue;
            push(out, origin, "typography.too-many-warnings",
                 std::to_string(k.seen - kMaxPerCode) + " more " + k.code + " warnings in this paragraph");
        }
    }

private:
    struct Count {
        const char* code;
        std::size_t seen;
    };
    static void push(Diagnostics& out, Position pos, const char* code, std::string message) {
        Diagnostic d;
        d.severity = Severity::warning;
        d.code = code;
        d.message = std::move(message);
        d.line = pos.line;
        d.column = pos.column;
        out.push_back(std::move(d));
    }
    std::vector<Count> counts_;
    std::vector<Pending> kept_;
};

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

void diagnose(std::vector<Token>& copy, QuoteMarks& quotes, KindIndex& kinds,
              const std::vector<Piece>& pieces, Position origin, Diagnostics& out) {
    std::forward_list<std::string> arena;
    TypographOptions options;
    Context c(copy, arena, options, quotes, kinds);
    Collector w;

    // The marks as the engine paired them before the rules; a mark whose token a rule turned
    // into something else (an inch mark) is gone, and so is its half of a pair.
    std::vector<QuoteMark>& marks = quotes.marks;
    if (!marks.empty()) locate_quotes(c, quotes);
    for (const QuoteMark& m : marks) {
        if (m.index == npos) continue;
        if (m.partner != npos && marks[m.partner].index != npos) continue;
        w.add(copy[m.index].offset, "typography.unbalanced-quotes",
              m.open ? "opening quote " + std::string(copy[m.index].text) + " is never closed"
                     : "closing quote " + std::string(copy[m.index].text) + " closes nothing");
    }

    std::vector<std::size_t> brackets;
    for (const std::size_t i : c.positions(Kind::punct)) {
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
        w.add(t.offset, "typography.unbalanced-brackets",
              "closing bracket " + std::string(t.text) + " closes nothing");
    }
    for (std::size_t i : brackets) {
        w.add(copy[i].offset, "typography.unbalanced-brackets",
              "opening bracket " + std::string(copy[i].text) + " is never closed");
    }

    for (const std::size_t i : c.positions(Kind::word)) {
        const Token& t = copy[i];
        if (t.script == Script::mixed) {
            w.add(t.offset, "typography.mixed-script-word",
                  "word " + quoted(t.text) + " mixes Latin and Cyrillic letters");
        }
        const std::size_t s = c.next(i);
        const std::size_t n = s == npos ? npos : c.next(s);
        if (!c.is_space(s) || !c.is_word(n)) continue;
        const Token& u = copy[n];
        // A one-word Latin name glued to a Cyrillic one («Elena Канюк»), not a whole Latin name
        // after a Russian word («из Великобритании Oliver Grant»). A capitalised Russian word
        // before a Latin brand («Компания Northwind») still reads as a name: it is only a note.
        auto neighbour_word = [&](std::size_t at, bool forward) {
            const std::size_t gap = forward ? c.next(at) : c.prev(at);
            if (!c.is_space(gap)) return npos;
            const std::size_t word = forward ? c.next(gap) : c.prev(gap);
            return c.is_word(word) ? word : npos;
        };
        auto latin_name_at = [&](std::size_t at) {
            return at != npos && copy[at].script == Script::latin && name_like(copy[at]);
        };
        // The scripts first: they rule out almost every pair without reading letters.
        const bool latin_then_cyrillic = t.script == Script::latin && u.script == Script::cyrillic &&
                                         name_like(t) && name_like(u) &&
                                         !latin_name_at(neighbour_word(i, false));
        const bool cyrillic_then_latin = t.script == Script::cyrillic && u.script == Script::latin &&
                                         name_like(t) && name_like(u) &&
                                         !latin_name_at(neighbour_word(n, true));
        if (latin_then_cyrillic || cyrillic_then_latin) {
            w.add(t.offset, "typography.latin-name",
                  "name " + quoted(std::string(t.text) + " " + std::string(u.text)) +
                      " mixes Latin and Cyrillic spelling");
        }
        if (same_word(t.text, u.text)) {
            w.add(u.offset, "typography.repeated-word", "word " + quoted(u.text) + " is repeated");
        }
    }
    w.finish(pieces, origin, out);
}

}  // namespace verstka::detail::typo
