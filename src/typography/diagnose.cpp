// Notes for editors: unbalanced quotes and brackets, mixed-script words, a Latin name next to
// a Cyrillic one, repeated words. They point into the paragraph and never change the text.
#include <algorithm>
#include <cstring>
#include <forward_list>
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

// Code points that start in `[from, to)`: every byte but a UTF-8 continuation byte (10xxxxxx)
// starts one. Eight bytes at a time; the order of the bytes within a word does not matter.
std::size_t code_points(const char* from, const char* to) {
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    const auto bytes = static_cast<std::size_t>(to - from);
    std::size_t continuation = 0;
    for (; to - from >= 8; from += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, from, 8);
        // Bit 7 set and bit 6 clear; `word << 1` moves every byte's bit 6 to its bit 7.
        const std::uint64_t marks = (word & ~(word << 1) & kHigh) >> 7;
        continuation += static_cast<std::size_t>((marks * kOnes) >> 56);  // sum of eight 0/1 bytes
    }
    for (; from < to; ++from) continuation += (static_cast<unsigned char>(*from) & 0xC0) == 0x80;
    return bytes - continuation;
}

// Line and column at byte offsets of the joined pieces, read forward without joining them.
class Locator {
public:
    Locator(const std::vector<Piece>& pieces, Position origin) : pieces_(pieces), pos_(origin) {}

    // The position of byte `offset` (clamped to the end); offsets never decrease between calls.
    Position at(std::size_t offset) {
        while (done_ < offset && piece_ < pieces_.size()) {
            const std::string_view text = pieces_[piece_].text;
            const std::size_t take = std::min(text.size() - within_, offset - done_);
            advance(text.data() + within_, text.data() + within_ + take);
            done_ += take;
            within_ += take;
            if (within_ == text.size()) {
                ++piece_;
                within_ = 0;
            }
        }
        return pos_;
    }

private:
    // A line break starts a new line at column 1; every other code point moves one column.
    void advance(const char* from, const char* to) {
        for (const void* nl;
             (nl = std::memchr(from, '\n', static_cast<std::size_t>(to - from))) != nullptr;) {
            ++pos_.line;
            pos_.column = 1;
            from = static_cast<const char*>(nl) + 1;
        }
        pos_.column += static_cast<int>(code_points(from, to));
    }

    const std::vector<Piece>& pieces_;
    Position pos_;
    std::size_t piece_ = 0;   // the piece holding byte `done_`
    std::size_t within_ = 0;  // `done_` as an offset into that piece
    std::size_t done_ = 0;
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
        kept_.push_back({offset, code, std::move(message)});
    }

    // Line and column of every kept warning from one forward walk over the pieces, in the
    // order of offsets; the warnings keep the order they were found in.
    void finish(const std::vector<Piece>& pieces, Position origin, Diagnostics& out) {
        if (kept_.empty() && counts_.empty()) return;
        // Few warnings are kept (at most kMaxPerCode of each code), mostly found in order: an
        // insertion sort keeps equal offsets in the order they were found.
        std::vector<std::size_t> order(kept_.size());
        for (std::size_t k = 0; k < order.size(); ++k) {
            std::size_t j = k;
            for (; j > 0 && kept_[order[j - 1]].offset > kept_[k].offset; --j) order[j] = order[j - 1];
            order[j] = k;
        }
        std::vector<Position> at(kept_.size());
        Locator locator(pieces, origin);
        for (std::size_t k : order) at[k] = locator.at(kept_[k].offset);
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

// The code point at `s[i]`, advancing `i`: one and two byte sequences inline (the letters of
// Latin and Cyrillic words), anything else as utf8::decode() reads it.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
        ++i;
        return b;
    }
    // C2..DF then a continuation byte is always a valid two-byte sequence (C0 and C1 are overlong).
    if (b >= 0xC2 && b <= 0xDF && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
        const char32_t c =
            (static_cast<char32_t>(b & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
        i += 2;
        return c;
    }
    return utf8::decode(s, i);
}

bool same_word(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size()) {
        if (fold(next_code_point(a, i)) != fold(next_code_point(b, j))) return false;
    }
    return true;
}

std::string quoted(std::string_view word) { return "«" + std::string(word) + "»"; }

// Tokens the notes skip, as Context's navigation does: deleted ones and markup.
bool hidden(const Token& t) { return t.kind == Kind::none || t.kind == Kind::markup; }

// The token after `i` that is not hidden, or npos.
std::size_t next_seen(const std::vector<Token>& t, std::size_t i) {
    for (std::size_t k = i + 1; k < t.size(); ++k) {
        if (!hidden(t[k])) return k;
    }
    return npos;
}

std::size_t prev_seen(const std::vector<Token>& t, std::size_t i) {
    for (std::size_t k = i; k-- > 0;) {
        if (!hidden(t[k])) return k;
    }
    return npos;
}

bool is_kind(const std::vector<Token>& t, std::size_t i, Kind k) { return i < t.size() && t[i].kind == k; }

// The word two tokens from `at` across one space (backward or forward), or npos.
std::size_t neighbour_word(const std::vector<Token>& t, std::size_t at, bool forward) {
    const std::size_t gap = forward ? next_seen(t, at) : prev_seen(t, at);
    if (!is_kind(t, gap, Kind::space)) return npos;
    const std::size_t word = forward ? next_seen(t, gap) : prev_seen(t, gap);
    return is_kind(t, word, Kind::word) ? word : npos;
}

bool latin_name_at(const std::vector<Token>& t, std::size_t at) {
    return at != npos && t[at].script == Script::latin && name_like(t[at]);
}

// A finding on a word whose message is built after all the checks, so that the warnings
// keep the order of the codes (quotes, brackets, words) whatever order the tokens give.
struct Finding {
    enum class What : std::uint8_t { mixed_script, latin_name, repeated_word };
    What what;
    std::size_t at;    // the token the warning points at
    std::size_t next;  // the second word of a pair
};

// What the checks of the brackets and the words find. The vectors grow only when there is
// something to note (or a bracket is open), so a paragraph with nothing to report allocates
// nothing.
struct Findings {
    std::vector<std::size_t> open_brackets;  // opening brackets not closed so far
    std::vector<std::size_t> stray_closes;   // closing brackets that close nothing
    std::vector<Finding> words;
};

// Closing bracket `i` with nothing open: a note unless it ends a list marker (`1)`, `а)`)
// or a smiley (`:)`).
bool stray_close(const std::vector<Token>& t, std::size_t i) {
    const std::size_t p = prev_seen(t, i);
    const std::size_t pp = p == npos ? npos : prev_seen(t, p);
    const bool marker = p != npos &&
                        (t[p].kind == Kind::number || (t[p].kind == Kind::word && t[p].chars == 1)) &&
                        (pp == npos || t[pp].kind == Kind::space);
    const bool smiley =
        p != npos && t[p].kind == Kind::punct && t[p].chars <= 1 && (t[p].cp == ':' || t[p].cp == ';');
    return !marker && !smiley;
}

// Words `i` and `n`, the next shown word after `i` across one space.
void check_pair(const std::vector<Token>& t, std::size_t i, std::size_t n, Findings& found) {
    const Token& w = t[i];
    const Token& u = t[n];
    // A one-word Latin name glued to a Cyrillic one («Elena Канюк»), not a whole Latin name
    // after a Russian word («из Великобритании Oliver Grant»). A capitalised Russian word
    // before a Latin brand («Компания Northwind») still reads as a name: it is only a note.
    // The scripts first: they rule out almost every pair without reading letters.
    const bool latin_then_cyrillic = w.script == Script::latin && u.script == Script::cyrillic &&
                                     name_like(w) && name_like(u) &&
                                     !latin_name_at(t, neighbour_word(t, i, false));
    const bool cyrillic_then_latin = w.script == Script::cyrillic && u.script == Script::latin &&
                                     name_like(w) && name_like(u) &&
                                     !latin_name_at(t, neighbour_word(t, n, true));
    if (latin_then_cyrillic || cyrillic_then_latin) found.words.push_back({Finding::What::latin_name, i, n});
    if (same_word(w.text, u.text)) found.words.push_back({Finding::What::repeated_word, n, npos});
}

// Word `i`: the pair it ends, then the word itself. The pair a word starts comes after the
// notes on the word, so the findings stay in the order of the words.
void note_word(const std::vector<Token>& t, std::size_t i, Findings& found) {
    // The token before is almost always shown: prev_seen() only past markup.
    const auto before = [&](std::size_t k) {
        if (k == 0) return npos;
        return hidden(t[k - 1]) ? prev_seen(t, k - 1) : k - 1;
    };
    const std::size_t gap = before(i);
    if (gap != npos && t[gap].kind == Kind::space) {
        const std::size_t first = before(gap);
        // A pair is worth a look when its scripts differ (a name) or its lengths agree (a
        // repeat): most pairs are neither.
        if (first != npos && t[first].kind == Kind::word &&
            (t[first].script != t[i].script || t[first].text.size() == t[i].text.size())) {
            check_pair(t, first, i, found);
        }
    }
    if (t[i].script == Script::mixed) found.words.push_back({Finding::What::mixed_script, i, npos});
}

// Punctuation mark `i` of one character: brackets pair up, a closing one may close nothing.
void note_bracket(const std::vector<Token>& t, std::size_t i, Findings& found) {
    const char32_t cp = t[i].cp;
    if (is_open_bracket(cp)) {
        found.open_brackets.push_back(i);
    } else if (is_close_bracket(cp)) {
        if (!found.open_brackets.empty()) {
            found.open_brackets.pop_back();
        } else if (stray_close(t, i)) {
            found.stray_closes.push_back(i);
        }
    }
}

// The positions of the quotes, the punctuation and the words. The rules leave the lists of their
// last positions() calls, which stay valid unless a token moved or changed its kind since; only
// then are they built again, through Context, the one place that builds them (all at once).
const KindIndex& index_of(std::vector<Token>& tokens, QuoteMarks& quotes, KindIndex& kinds) {
    constexpr std::uint32_t wanted =
        KindIndex::bit(Kind::quote) | KindIndex::bit(Kind::punct) | KindIndex::bit(Kind::word);
    if ((kinds.fresh & wanted) == wanted) return kinds;
    std::forward_list<std::string> arena;
    const TypographOptions options;
    Context(tokens, arena, options, quotes, kinds).positions(Kind::word);
    return kinds;
}

}  // namespace

void diagnose(std::vector<Token>& tokens, QuoteMarks& quotes, KindIndex& kinds,
              const std::vector<Piece>& pieces, Position origin, Diagnostics& out) {
    const std::vector<Token>& t = tokens;
    const std::vector<QuoteMark>& marks = quotes.marks;
    const KindIndex& index = index_of(tokens, quotes, kinds);

    // The quote marks found again by offset: a mark with no quote token there (an inch mark)
    // has none, and its half of a pair has no partner.
    locate_quotes(t, index.of(Kind::quote), quotes);

    // Brackets and words from the kind index, in token order: most tokens are neither. The
    // neighbours a check needs are looked up when it needs them.
    Findings found;
    for (const std::uint32_t i : index.of(Kind::punct)) {
        if (t[i].chars == 1) note_bracket(t, i, found);
    }
    for (const std::uint32_t i : index.of(Kind::word)) note_word(t, i, found);

    Collector w;
    for (const QuoteMark& m : marks) {
        if (m.index == npos) continue;
        if (m.partner != npos && marks[m.partner].index != npos) continue;
        if (!w.wanted("typography.unbalanced-quotes")) continue;
        w.add(t[m.index].offset, "typography.unbalanced-quotes",
              m.open ? "opening quote " + std::string(t[m.index].text) + " is never closed"
                     : "closing quote " + std::string(t[m.index].text) + " closes nothing");
    }
    for (const std::size_t i : found.stray_closes) {
        if (!w.wanted("typography.unbalanced-brackets")) continue;
        w.add(t[i].offset, "typography.unbalanced-brackets",
              "closing bracket " + std::string(t[i].text) + " closes nothing");
    }
    for (const std::size_t i : found.open_brackets) {
        if (!w.wanted("typography.unbalanced-brackets")) continue;
        w.add(t[i].offset, "typography.unbalanced-brackets",
              "opening bracket " + std::string(t[i].text) + " is never closed");
    }
    for (const Finding& f : found.words) {
        const Token& a = t[f.at];
        switch (f.what) {
            case Finding::What::mixed_script:
                if (w.wanted("typography.mixed-script-word")) {
                    w.add(a.offset, "typography.mixed-script-word",
                          "word " + quoted(a.text) + " mixes Latin and Cyrillic letters");
                }
                break;
            case Finding::What::latin_name:
                if (w.wanted("typography.latin-name")) {
                    w.add(a.offset, "typography.latin-name",
                          "name " + quoted(std::string(a.text) + " " + std::string(t[f.next].text)) +
                              " mixes Latin and Cyrillic spelling");
                }
                break;
            case Finding::What::repeated_word:
                if (w.wanted("typography.repeated-word")) {
                    w.add(a.offset, "typography.repeated-word", "word " + quoted(a.text) + " is repeated");
                }
                break;
        }
    }
    w.finish(pieces, origin, out);
}

}  // namespace verstka::detail::typo
