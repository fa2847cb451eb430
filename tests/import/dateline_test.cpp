// Datelines at the start of a news text: which forms are read, what each gives, and where
// the reader must not fire.
#include <doctest/doctest.h>

#include <string>

#include "import/dateline.hpp"

using verstka::detail::read_dateline;

TEST_CASE("dateline forms of Russian outlets and agencies give place, day, month, year and agency") {
    struct Case {
        const char* paragraph;
        const char* place;
        int day, month, year;
        const char* source;
        const char* rest;  // the paragraph after the dateline
    };
    const Case cases[] = {
        {"13 сентября. В Сочи делегация", "", 13, 9, 0, "", " В Сочи делегация"},
        {"МОСКВА, 2 сентября. /ТАСС/. Мэр открыл", "Москва", 2, 9, 0, "ТАСС", " Мэр открыл"},
        {"МОСКВА, 2 сентября /ТАСС/. Мэр", "", 0, 0, 0, "", ""},  // no dot after the date
        {"САНКТ-ПЕТЕРБУРГ, 1 июня. /ТАСС/. Текст", "Санкт-Петербург", 1, 6, 0, "ТАСС", " Текст"},
        {"РОСТОВ-НА-ДОНУ, 30 апреля. Текст", "Ростов-на-Дону", 30, 4, 0, "", " Текст"},
        {"НИЖНИЙ НОВГОРОД, 7 октября (ТАСС). Текст", "", 0, 0, 0, "", ""},
        {"НИЖНИЙ НОВГОРОД, 7 октября. (ТАСС). Текст", "Нижний Новгород", 7, 10, 0, "ТАСС", " Текст"},
        {"МОСКВА, 5 мар — РИА Новости. Глава", "Москва", 5, 3, 0, "РИА Новости", " Глава"},
        {"МОСКВА, 5 мар - РИА Новости. Глава", "Москва", 5, 3, 0, "РИА Новости", " Глава"},
        {"Новосибирск. 14 ноября. INTERFAX.RU - Власти", "Новосибирск", 14, 11, 0, "INTERFAX.RU", "Власти"},
        {"Сочи, 13 сентября 2024. Текст", "Сочи", 13, 9, 2024, "", " Текст"},
        {"2 сент. 2024. Текст", "", 2, 9, 2024, "", " Текст"},
        {"2 сент. Текст", "", 2, 9, 0, "", " Текст"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.paragraph);
        const auto d = read_dateline(c.paragraph);
        if (c.day == 0) {
            CHECK_FALSE(d.has_value());
            continue;
        }
        REQUIRE(d.has_value());
        CHECK(d->place == c.place);
        CHECK(d->day == c.day);
        CHECK(d->month == c.month);
        CHECK(d->year == c.year);
        CHECK(d->source == c.source);
        CHECK(std::string(c.paragraph).substr(d->length) == c.rest);
    }
}

TEST_CASE("dateline reader does not fire on sentences that merely start with a date or a place") {
    const char* const paragraphs[] = {
        "В Сочи 13 сентября прошла встреча.",
        "13 сентября в Сочи прошла встреча.",  // no dot after the date
        "32 сентября. Такого дня нет.",
        "31 апреля. Такого дня тоже нет.",
        "Вчера, 5 сентября, мэр открыл сквер.",  // a date inside a sentence
        "Как сообщил Иван, 5 сентября. Текст",   // a lower-case word is no place name
        "2024 год. Итоги.",
        "13 сентябрь. Именительный падеж не дата.",
        "",
        "МОСКВА",
    };
    for (const char* p : paragraphs) {
        CAPTURE(p);
        CHECK_FALSE(read_dateline(p).has_value());
    }
}
