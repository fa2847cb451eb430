// «№5», «№ 5», «№№ 5» → «№⍽5»; «§ 3» → «§⍽3».
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

bool is_sign(const Context& c, std::size_t i) { return c.is_punct(i, 0x2116) || c.is_punct(i, 0x00A7); }

// What a sign numbers: a number, a name, a protected token (`№ A-12`, `§ 3`, `№ i.ru/1`).
bool numbered(const Token& t) {
    return t.kind == Kind::number || (t.kind == Kind::word && t.upper) || t.kind == Kind::opaque;
}

// `№№ 5`, `№5`, `§5` read as the `№ 5` and `§ 5` whose gaps bind alike: a repeated № is one
// sign, and a number or a name glued to a sign is separated by a space, so that the glued and
// the spaced forms read alike everywhere.
void separate(Context& c) {
    for (const std::size_t i : c.positions(Kind::punct)) {
        if (!is_sign(c, i)) continue;
        std::size_t n = c.next(i);
        std::size_t glued = i + 1;  // the index `n` must have to touch the sign
        if (c.t[i].cp == 0x2116) {
            // Erased in place, so that a run of them stays linear.
            while (c.is_punct(n, 0x2116) && n == glued) {
                c.erase(n);
                ++glued;
                n = c.next(n);
            }
        } else if (c.is_punct(n, 0x00A7) && n == glued) {
            continue;  // `§§ 1–3`: the space goes after the second sign
        }
        if (n == glued && (c.is_number(n) || (c.is_word(n) && c.t[n].upper))) c.insert_space(n, kSpace);
    }
}

bool binds(const Context& c, const Gap& g) { return is_sign(c, g.left) && numbered(c.t[g.right]); }

constexpr GapRow kGaps[] = {{{kind_bit(Kind::punct), 0, 1},
                             {kind_bit(Kind::number) | kind_bit(Kind::word) | kind_bit(Kind::opaque)},
                             binds}};

constexpr Example kExamples[] = {
    {"школа №5", "школа №⍽5"},
    {"приказ №№ 12", "приказ №⍽12"},
    {"§ 3 устава", "§⍽3 устава"},
};

}  // namespace

const Rule rule_nbsp_numero{"nbsp/numero",
                            "Неразрывный пробел после № и §",
                            "No-break space after № and §",
                            true,
                            nullptr,
                            need::sign,
                            separate,
                            kGaps,
                            std::size(kGaps)};
const RuleExamples examples_nbsp_numero{"nbsp/numero", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
