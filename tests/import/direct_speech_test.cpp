// Direct speech → quote: the speech, the author and the role, for both ways of writing it;
// and the paragraphs that must stay paragraphs.
#include <doctest/doctest.h>

#include <string>

#include "import/direct_speech.hpp"

using verstka::detail::read_direct_speech;

TEST_CASE("direct speech with an em-dash or «» attribution gives text, author and role") {
    struct Case {
        const char* paragraph;
        const char* text;
        const char* author;
        const char* role;
    };
    const Case cases[] = {
        {"— Мы готовы, — отметила Elena Канюк, заместитель главы Сочи.", "Мы готовы.", "Elena Канюк",
         "заместитель главы Сочи"},
        {"— Мы готовы, — сказал Иван Петров.", "Мы готовы.", "Иван Петров", ""},
        {"— Мы готовы! — заявил глава города Андрей Петров.", "Мы готовы!", "Андрей Петров", "глава города"},
        {"— Готовы ли мы? — спросил... нет, — добавил Д. Д. Жилинский, художник.",
         "Готовы ли мы? — спросил... нет.", "Д. Д. Жилинский", "художник"},
        {"— Первое, — сказал Иван Петров. — Второе.", "Первое. Второе.", "Иван Петров", ""},
        {"- Дефис вместо тире, - пояснила Мария Иванова.", "Дефис вместо тире.", "Мария Иванова", ""},
        {"«Станция стала 265-й», — сказал Сергей Иванов, руководитель департамента.", "Станция стала 265-й.",
         "Сергей Иванов", "руководитель департамента"},
        {"«Это «наш» проект!» — подчеркнула Ольга Смирнова.", "Это «наш» проект!", "Ольга Смирнова", ""},
        {"\"Прямые кавычки\", - считает эксперт Пётр Сидоров.", "Прямые кавычки.", "Пётр Сидоров", "эксперт"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.paragraph);
        const auto s = read_direct_speech(c.paragraph);
        REQUIRE(s.has_value());
        CHECK(s->text == c.text);
        CHECK(s->author == c.author);
        CHECK(s->role == c.role);
    }
}

TEST_CASE("direct speech reader leaves paragraphs without a named speaker alone") {
    const char* const paragraphs[] = {
        "— Мы готовы, — сказал он.",                                        // a pronoun, no name
        "— Мы готовы, — сказал в интервью ТАСС Иван Петров.",               // the speaker after a filler
        "— Мы готовы, — пошутил Иван Петров.",                              // not a verb of the table
        "«Станция стала 265-й», — сказал Сергей Иванов. Он добавил, что…",  // more after it
        "«Станция» открылась в 2021 году.",
        "— Мы готовы.",
        "Мы готовы, — сказал Иван Петров.",  // no opening dash or quote
        "—, — сказал Иван Петров.",
        "«», — сказал Иван Петров.",
        "",
        "—",
    };
    for (const char* p : paragraphs) {
        CAPTURE(p);
        CHECK_FALSE(read_direct_speech(p).has_value());
    }
}
