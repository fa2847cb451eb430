// «№5», «№ 5», «№№ 5» → «№⍽5»; «§ 3» → «§⍽3».
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

void apply(Context& c) {
    for (std::size_t i = 0; i < c.t.size(); ++i) {
        if (!c.is_punct(i, 0x2116) && !c.is_punct(i, 0x00A7)) continue;
        std::size_t n = c.next(i);
        if (c.t[i].cp == 0x2116) {
            while (c.is_punct(n, 0x2116) && n == i + 1) {
                c.erase(n);   // `№№` is written as one sign
                c.compact();  // only tokens after `i` move
                n = c.next(i);
            }
        } else if (c.is_punct(n, 0x00A7) && n == i + 1) {
            continue;  // `§§ 1–3`: the space goes after the second sign
        }
        if (c.is_space(n)) {
            const std::size_t w = c.next(n);
            if (c.is_number(w) || (c.is_word(w) && c.t[w].upper) || c.is(w, Kind::opaque)) {
                c.set_nbsp(n);
            }
        } else if ((c.is_number(n) || (c.is_word(n) && c.t[n].upper)) && n == i + 1) {
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
