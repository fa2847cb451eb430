// Regression tests for findings of the fuzzers and benchmarks in other modules, through the
// public API. Typography's time on pathological shapes is measured by bench/complexity.mjs
// (unclosed quotes, a repeated word, commas and ellipses glued to words); what makes it
// linear is checked deterministically in tests/typography/complexity.cpp (warnings capped per
// code, every inserted space placed in one rebuild).
#include <doctest/doctest.h>

#include <string>

#include "verstka/verstka.hpp"

using namespace verstka;

TEST_CASE("typography is idempotent for quotes glued to punctuation or to << (fuzz findings)") {
    // Found by tests/fuzz/typography_fuzz.cpp: a second pass used to put a space between the
    // punctuation and the « the first pass made, or to pair the " left before a << made «.
    for (const char* input : {"а?\"B", "а!\"б\"", "\"Север\"?\"B", "\"<<~/l"}) {
        const std::string shown(input);
        CAPTURE(shown);
        const std::string once = typograph(input).text;
        CHECK(typograph(once).text == once);
    }
}

TEST_CASE("typography is idempotent for quotes already set apart from the punctuation") {
    for (const char* input : {"а? \"B\"", "а?«B»"}) {
        const std::string shown(input);
        CAPTURE(shown);
        const std::string once = typograph(input).text;
        CHECK(typograph(once).text == once);
    }
}
