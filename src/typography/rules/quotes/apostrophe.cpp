// «д'Артаньян», «McDonald's» → «д’Артаньян», «McDonald’s»: the apostrophe between letters.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// At a `'` or `‘` glued between two words.
bool rewrite(Context& c, std::size_t i) {
    if (!c.is_word(c.before(i)) || !c.is_word(c.after(i))) return false;
    replace(c, i, chars::rsquo, Kind::quote);
    return true;
}

constexpr GlyphRow kGlyphs[] = {{Kind::quote, '\'', rewrite}, {Kind::quote, 0x2018, rewrite}};

constexpr Example kExamples[] = {
    {"д'Артаньян", "д’Артаньян"},
    {"McDonald's", "McDonald’s"},
    {"'слово'", "'слово'"},
};

}  // namespace

const Rule rule_quotes_apostrophe{"quotes/apostrophe",
                                  "Апостроф ’ внутри слова",
                                  "Apostrophe ’ inside a word",
                                  true,
                                  nullptr,
                                  need::quote,
                                  nullptr,
                                  nullptr,
                                  0,
                                  kGlyphs,
                                  std::size(kGlyphs)};
const RuleExamples examples_quotes_apostrophe{"quotes/apostrophe", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
