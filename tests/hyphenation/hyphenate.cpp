// hyphenate(): which words get soft hyphens, where, and what is never touched.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "verstka/hyphenate.hpp"

namespace {

// Expected outputs are written with '|' for each soft hyphen.
std::string shy(std::string_view marked) {
    std::string out;
    for (char c : marked) {
        if (c == '|') {
            out += "\xC2\xAD";
        } else {
            out += c;
        }
    }
    return out;
}

struct Case {
    const char* name;
    const char* input;
    const char* expected;  // '|' marks a soft hyphen
};

void check_cases(const Case* cases, std::size_t count, const verstka::HyphenateOptions& options = {}) {
    for (std::size_t i = 0; i < count; ++i) {
        CAPTURE(cases[i].name);
        CHECK(verstka::hyphenate(cases[i].input, options) == shy(cases[i].expected));
    }
}

}  // namespace

TEST_CASE("hyphenate() breaks Russian words where the patterns allow, 2 letters at least on either side") {
    const Case cases[] = {
        {"lowercase word", "муниципалитетов", "му|ни|ци|па|ли|те|тов"},
        {"capitalised word keeps its capital", "Всероссийской", "Все|рос|сий|ской"},
        {"mixed case is hyphenated as its lowercase", "ВКонтакте", "ВКон|так|те"},
        {"hard and soft signs stay with their syllable", "подъезжающий", "подъ|ез|жа|ю|щий"},
        {"ё is a letter of the patterns", "ёлочными", "ёлоч|ны|ми"},
        {"capital Ё at the start", "Ёлочными", "Ёлоч|ны|ми"},
        {"exception list wins over the patterns", "фотопленок", "фо|то|пле|нок"},
        {"exception list: сегодня", "сегодня", "се|го|дня"},
        {"punctuation around a word", "(муниципалитетов).", "(му|ни|ци|па|ли|те|тов)."},
        {"quotes around a word", "«Всероссийской»", "«Все|рос|сий|ской»"},
        {"every word of a sentence", "Всероссийской олимпиады муниципалитетов",
         "Все|рос|сий|ской олим|пи|а|ды му|ни|ци|па|ли|те|тов"},
        {"words joined by NBSP are separate words", "муниципалитетов\xC2\xA0Всероссийской",
         "му|ни|ци|па|ли|те|тов\xC2\xA0Все|рос|сий|ской"},
        {"empty text", "", ""},
    };
    check_cases(cases, sizeof cases / sizeof cases[0]);
}

TEST_CASE("hyphenate() leaves words under min_word_length letters whole (default 7)") {
    const Case defaults[] = {
        {"6 letters: whole", "ребята", "ребята"},
        {"7 letters: hyphenated", "переход", "пе|ре|ход"},
    };
    check_cases(defaults, sizeof defaults / sizeof defaults[0]);

    verstka::HyphenateOptions longer;
    longer.min_word_length = 10;
    const Case ten[] = {
        {"9 letters under a minimum of 10: whole", "ёлочными", "ёлочными"},
        {"15 letters: hyphenated", "муниципалитетов", "му|ни|ци|па|ли|те|тов"},
    };
    check_cases(ten, sizeof ten / sizeof ten[0], longer);

    verstka::HyphenateOptions shortest;
    shortest.min_word_length = 0;  // acts as 4
    const Case four[] = {
        {"6 letters with a minimum of 4", "ребята", "ре|бя|та"},
        {"3 letters never break", "еда", "еда"},
    };
    check_cases(four, sizeof four / sizeof four[0], shortest);
}

TEST_CASE("hyphenate() hyphenates each part of a hyphenated compound on its own") {
    const Case cases[] = {
        {"short first part stays whole", "военно-патриотического", "военно-пат|ри|о|ти|че|ско|го"},
        {"both parts long enough", "муниципально-всероссийской", "му|ни|ци|паль|но-все|рос|сий|ской"},
        {"non-breaking hyphen joins too", "премьер\xE2\x80\x91министр", "пре|мьер\xE2\x80\x91ми|нистр"},
        {"a dash with spaces is no compound", "муниципалитетов - всероссийской",
         "му|ни|ци|па|ли|те|тов - все|рос|сий|ской"},
    };
    check_cases(cases, sizeof cases / sizeof cases[0]);
}

TEST_CASE("hyphenate() never touches abbreviations, numbers, Latin, addresses or an author's soft hyphen") {
    const Case cases[] = {
        {"all-capital abbreviation", "ВСЕРОССИЙСКОЙ", "ВСЕРОССИЙСКОЙ"},
        {"abbreviation with a number", "ВНОТ-2024", "ВНОТ-2024"},
        {"compound with a number", "2024-муниципалитетов", "2024-муниципалитетов"},
        {"digits in the word", "муниципалитетов2", "муниципалитетов2"},
        {"Latin word", "SochiMedia", "SochiMedia"},
        {"Latin lookalike letter in a Cyrillic word", "Bсероссийской", "Bсероссийской"},
        {"compound with a Latin part", "IT-муниципалитетов", "IT-муниципалитетов"},
        {"Ukrainian letter", "муніципалітетів", "муніципалітетів"},
        {"URL", "https://sochi.media/всероссийской", "https://sochi.media/всероссийской"},
        {"domain without a scheme", "муниципалитетов.рф", "муниципалитетов.рф"},
        {"e-mail", "муниципалитетов@почта.рф", "муниципалитетов@почта.рф"},
        {"hashtag", "#всероссийской", "#всероссийской"},
        {"path", "/муниципалитетов/всероссийской", "/муниципалитетов/всероссийской"},
        {"snake_case", "муниципалитетов_всероссийской", "муниципалитетов_всероссийской"},
        {"words glued by a dot", "т.е.муниципалитетов", "т.е.муниципалитетов"},
        {"word with an author's soft hyphen", "Все\xC2\xADроссийской", "Все\xC2\xADроссийской"},
        {"compound with an author's soft hyphen in one part", "военно-пат\xC2\xADриотического",
         "военно-пат\xC2\xADриотического"},
        {"stress mark (combining acute)", "муниципалите\xCC\x81тов", "муниципалите\xCC\x81тов"},
    };
    check_cases(cases, sizeof cases / sizeof cases[0]);
}

TEST_CASE("hyphenate() next to an address hyphenates the words around it") {
    const Case cases[] = {
        {"URL between words", "муниципалитетов https://всероссийской.рф муниципалитетов",
         "му|ни|ци|па|ли|те|тов https://всероссийской.рф му|ни|ци|па|ли|те|тов"},
        {"sentence end is no domain", "муниципалитетов. Всероссийской",
         "му|ни|ци|па|ли|те|тов. Все|рос|сий|ской"},
    };
    check_cases(cases, sizeof cases / sizeof cases[0]);
}

TEST_CASE("hyphenate() writes &shy; when the character output is entities") {
    verstka::HyphenateOptions options;
    options.chars = verstka::CharOutput::entities;
    CHECK(verstka::hyphenate("Всероссийской", options) == "Все&shy;рос&shy;сий&shy;ской");
    options.mode = verstka::TextMode::html;
    CHECK(verstka::hyphenate("<p>Всероссийской</p>", options) == "<p>Все&shy;рос&shy;сий&shy;ской</p>");
}

TEST_CASE("hyphenate() in HTML mode touches text only") {
    verstka::HyphenateOptions html;
    html.mode = verstka::TextMode::html;
    const Case cases[] = {
        {"text between tags", "<p>Всероссийской</p>", "<p>Все|рос|сий|ской</p>"},
        {"attribute values stay", "<a title=\"муниципалитетов\" href=\"/x\">муниципалитетов</a>",
         "<a title=\"муниципалитетов\" href=\"/x\">му|ни|ци|па|ли|те|тов</a>"},
        {"code element content stays", "<code>муниципалитетов</code> муниципалитетов",
         "<code>муниципалитетов</code> му|ни|ци|па|ли|те|тов"},
        {"pre element content stays", "<pre>муниципалитетов\n<b>x</b> муниципалитетов</pre>",
         "<pre>муниципалитетов\n<b>x</b> муниципалитетов</pre>"},
        {"script content stays", "<script>var муниципалитетов = 1</script>",
         "<script>var муниципалитетов = 1</script>"},
        {"comments stay", "<!-- муниципалитетов -->", "<!-- муниципалитетов -->"},
        {"entity between words is one character", "муниципалитетов&nbsp;Всероссийской",
         "му|ни|ци|па|ли|те|тов&nbsp;Все|рос|сий|ской"},
        {"an &shy; entity is an author's soft hyphen", "Все&shy;российской", "Все&shy;российской"},
        {"a numeric soft hyphen entity too", "Все&#173;российской", "Все&#173;российской"},
        {"a word cut by an inline tag stays whole", "<b>Все</b>российской", "<b>Все</b>российской"},
        {"a whole word inside an inline tag", "<b>Всероссийской</b> олимпиады",
         "<b>Все|рос|сий|ской</b> олим|пи|а|ды"},
        {"block tags end words", "<p>муниципалитетов</p><p>Всероссийской</p>",
         "<p>му|ни|ци|па|ли|те|тов</p><p>Все|рос|сий|ской</p>"},
        {"a lone < is text", "муниципалитетов < всероссийской", "му|ни|ци|па|ли|те|тов < все|рос|сий|ской"},
    };
    check_cases(cases, sizeof cases / sizeof cases[0], html);
}

TEST_CASE("hyphenate() is idempotent and only ever inserts soft hyphens") {
    const std::string text =
        "Во Всероссийской олимпиаде муниципалитетов (ВНОТ-2024) участвовали военно-патриотические клубы; "
        "подробности — на https://sochi.media/всероссийской и в SochiMedia.";
    const std::string once = verstka::hyphenate(text);
    CHECK(once != text);
    CHECK(verstka::hyphenate(once) == once);
    std::string without;
    for (std::size_t i = 0; i < once.size(); ++i) {
        if (once.compare(i, 2, "\xC2\xAD") == 0) {
            ++i;
        } else {
            without += once[i];
        }
    }
    CHECK(without == text);
}

TEST_CASE("hyphenate() keeps invalid UTF-8 bytes as they are") {
    const std::string input = "муниципалитетов \xFF\xC3 Всероссийской\xE2\x82";
    CHECK(verstka::hyphenate(input) == shy("му|ни|ци|па|ли|те|тов \xFF\xC3 Все|рос|сий|ской\xE2\x82"));
}
