// «№5», «№ 5», «№№ 5» → «№⍽5»; «§ 3» → «§⍽3».
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::punct)) {
        if (!c.is_punct(i, 0x2116) && !c.is_punct(i, 0x00A7)) continue;
        std::size_t n = c.next(i);
        std::size_t glued = i + 1;  // the index `n` must have to touch the sign
        if (c.t[i].cp == 0x2116) {
            // `№№` is written as one sign; erased in place, so that a run of them stays linear.
            while (c.is_punct(n, 0x2116) && n == glued) {
                c.erase(n);
                ++glued;
                n = c.next(n);
            }
        } else if (c.is_punct(n, 0x00A7) && n == glued) {
            continue;  // `§§ 1–3`: the space goes after the second sign
        }
        if (c.is_space(n)) {
            const std::size_t w = c.next(n);
            if (c.is_number(w) || (c.is_word(w) && c.t[w].upper) || c.is(w, Kind::opaque)) {
                c.set_nbsp(n);
            }
        } else if ((c.is_number(n) || (c.is_word(n) && c.t[n].upper)) && n == glued) {
            c.insert_space(n, kNbsp);
        }
    }
}

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
                            apply,
                            kExamples,
                            std::size(kExamples),
                            need::sign};

}  // namespace verstka::detail::typo
