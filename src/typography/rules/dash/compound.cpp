// «из за», «где то», «кое где», «смотри ка», «опять таки» → «из-за», «где-то», «кое-где»,
// «смотри-ка», «опять-таки»: the hyphen of a compound written as a space or a spaced hyphen
// (`когда- то`, `чей - то`) is restored. Letters are never changed: the hyphen stands where
// the gap stood, and a hyphenated compound reads as a word like any other.
#include <algorithm>

#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// `word` is one of `list`. A loop, not one comparison per word unrolled: these lists are
// asked about only for the rare pair of words that may join.
[[gnu::noinline]] bool in_list(std::string_view word, const std::string_view* list, std::size_t count) {
    for (std::size_t k = 0; k < count; ++k) {
        if (word == list[k]) return true;
    }
    return false;
}

template <std::size_t N>
bool any_of(std::string_view word, const std::string_view (&list)[N]) {
    return in_list(word, list, N);
}

constexpr std::string_view kIndefinite[] = {
    "кто",     "что",  "где",  "куда", "откуда", "когда",  "как",    "почему", "зачем", "отчего",
    "сколько", "кого", "кому", "кем",  "ком",    "чего",   "чему",   "чем",    "чём",   "чей",
    "чья",     "чьё",  "чье",  "чьи",  "каков",  "какова", "каково", "каковы"};
constexpr std::string_view kBeforeKa[] = {"ну", "на", "нука"};
constexpr std::string_view kBeforeTaki[] = {"всё", "все", "так", "опять"};

bool ends_with(std::string_view word, std::string_view end) {
    return word.size() > end.size() && word.substr(word.size() - end.size()) == end;
}

bool starts_with(std::string_view word, std::string_view start) {
    return word.substr(0, start.size()) == start;
}

// The word with its first letter lowercased (Cyrillic А–Я, Ё) into `buffer`; long words,
// which no list here holds, come back unchanged.
std::string_view lower_first(std::string_view w, char (&buffer)[24]) {
    if (w.size() < 2 || w.size() > sizeof buffer) return w;
    const auto b0 = static_cast<unsigned char>(w[0]);
    const auto b1 = static_cast<unsigned char>(w[1]);
    if (b0 != 0xD0 || !(b1 == 0x81 || (b1 >= 0x90 && b1 <= 0xAF))) return w;
    w.copy(buffer, w.size());
    if (b1 == 0x81) {  // Ё → ё
        buffer[0] = static_cast<char>(0xD1);
        buffer[1] = static_cast<char>(0x91);
    } else if (b1 <= 0x9F) {  // А–П → а–п
        buffer[1] = static_cast<char>(b1 + 0x20);
    } else {  // Р–Я → р–я
        buffer[0] = static_cast<char>(0xD1);
        buffer[1] = static_cast<char>(b1 - 0x20);
    }
    return {buffer, w.size()};
}

// Pronouns and adverbs that take -то, -либо, -нибудь: кто, что, где, как, какой, чей …
bool takes_indefinite_suffix(std::string_view w) {
    if (any_of(w, kIndefinite)) return true;
    // какой, какая, какого, каким … and чьего, чьим …
    return (starts_with(w, "как") && w.size() >= 8) || (starts_with(w, "чь") && w.size() >= 6);
}

// Words after кое-/кой-: кое-где, кое-как, кое-кто, кое-что, кое-какой, кое-чем …
bool takes_koe(std::string_view w) {
    return takes_indefinite_suffix(w) || starts_with(w, "как") || starts_with(w, "чем") ||
           starts_with(w, "кем") || starts_with(w, "ком");
}

// A verb form before -ка, -кась: an imperative (смотри, давай, пойдём, скажите) or ну/на.
bool takes_ka(std::string_view w) {
    if (any_of(w, kBeforeKa)) return true;
    return ends_with(w, "и") || ends_with(w, "й") || ends_with(w, "ь") || ends_with(w, "те") ||
           ends_with(w, "ём") || ends_with(w, "ем");
}

// A verb in the past or present tense (сказал, добился, пришла, говорит): -де, -таки follow it.
bool is_verb_form(std::string_view w) {
    for (std::string_view end : {"л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "ет", "ит", "ут", "ют",
                                 "ат", "ят", "ешь", "ишь"}) {
        if (ends_with(w, end)) return true;
    }
    return false;
}

// The first word `w` (first letter lowercased; `capital` when it was uppercase) and the second
// word make a compound.
bool joins(std::string_view w, bool capital, std::string_view second) {
    if (w == "кое" || w == "кой") return takes_koe(second);
    if (second == "за" || second == "под") return w == "из";
    if (second == "над") return w == "по";
    if (second == "то" || second == "либо" || second == "нибудь") return takes_indefinite_suffix(w);
    if (second == "ка" || second == "кась") return takes_ka(w);
    if (second == "таки") return any_of(w, kBeforeTaki) || is_verb_form(w);
    // Capitalised, `де` is part of a name (`Карл де Голль`).
    if (second == "де") return !capital && is_verb_form(w);
    return false;
}

// The words that end a compound (`joins` lists what may come before each), and the words that
// begin one whatever follows (кое-, кой-): one bit test spares most pairs of words the rest.
bool may_join(const Token& first, const Token& second) {
    return has(second, lex::compound_end) || has(first, lex::compound_start);
}

// Token `i` is a lowercase Cyrillic word of its own.
bool plain_word(const Context& c, std::size_t i) { return c.is_word(i) && c.t[i].script == Script::cyrillic; }

// The word at `i` as the first half of a compound: the gap after it, the second half, and the
// hyphen put in. `resume` is the first token no earlier compound took.
void join_at(Context& c, std::size_t i, std::size_t& resume) {
    const std::size_t n = c.t.size();
    if (i < resume || !plain_word(c, i)) return;
    // The gap: `_`, `-_`, `_-` or `_-_`, all inside one run, then the second word. A line
    // break inside a paragraph (HTML) reads as a space, as a no-break space does.
    std::size_t k = i + 1;
    std::size_t dash = npos;
    bool spaced = false;
    if (k < n && c.is_space(k)) {
        spaced = true;
        ++k;
    }
    if (k < n && c.is(k, Kind::dash) && c.t[k].text == "-") {
        dash = k++;
        if (k < n && c.is_space(k)) {
            spaced = true;
            ++k;
        }
    }
    if (!spaced || k >= n || !plain_word(c, k) || c.t[k].upper) return;
    if (!may_join(c.t[i], c.t[k])) return;
    if (!word_starts(c, i) || !word_ends(c, k) || c.t[k].run != c.t[i].run) return;
    const std::string_view second = c.t[k].text;
    char buffer[24];
    bool ok = joins(lower_first(c.t[i].text, buffer), c.t[i].upper, second);
    // `когда то же`: `то же` is a word of its own there.
    if (ok && second == "то") {
        const std::size_t after = c.next(k);
        if (c.is_space(after) && c.is_text(c.next(after), "же")) ok = false;
    }
    if (!ok) return;
    for (std::size_t j = i + 1; j < k; ++j) {
        if (j == dash) continue;
        if (dash == npos) {
            replace(c, j, "-", '-', Kind::dash);  // the hyphen in the space's place
        } else {
            c.erase(j);
        }
    }
    resume = k + 1;
}

// A compound has a word of one of the two lists for a half (`may_join`): the pass starts at
// those words (one in two hundred of a news text) and asks each word that may be a first half
// with them, in text order and once.
void apply(Context& c) {
    std::size_t resume = 0;  // the first token not taken by a match
    std::size_t asked = 0;   // tokens before it were asked as first halves
    for (const std::size_t w : c.positions(Kind::word)) {
        const unsigned bits = c.t[w].lex & (lex::compound_start | lex::compound_end);
        if (bits == 0) continue;
        // A word that ends a compound may close one begun two to four tokens before it (the
        // widest gap is `_-_`); a word that begins one is a first half itself.
        const bool ends = (bits & lex::compound_end) != 0;
        const bool begins = (bits & lex::compound_start) != 0;
        if (!begins && w < 2) continue;
        const std::size_t from = ends ? (w >= 4 ? w - 4 : 0) : w;
        const std::size_t to = begins ? w : w - 2;
        for (std::size_t i = std::max(from, asked); i <= to; ++i) {
            if (c.is_word(i)) join_at(c, i, resume);
        }
        asked = std::max(asked, to + 1);
    }
}

constexpr Example kExamples[] = {
    {"из за пробок, где то в центре", "из-за пробок, где-то в центре"},
    {"кое где, но кое с кем", "кое-где, но кое с кем"},
    {"смотри ка, опять таки он таки пришёл", "смотри-ка, опять-таки он таки пришёл"},
};

}  // namespace

const Rule rule_dash_compound{"dash/compound", "Дефис в составных словах: из-за, где-то, кое-как, смотри-ка",
                              "The hyphen of compounds: из-за, где-то, кое-как, смотри-ка", true, apply};
const RuleExamples examples_dash_compound{"dash/compound", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
