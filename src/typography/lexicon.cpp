#include "typography/lexicon.hpp"

#include <cstddef>

#include "common/utf8.hpp"

namespace verstka::detail::typo {

namespace {

using List = std::initializer_list<std::string_view>;

char32_t fold(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0x0410 && c <= 0x042F) return c + 0x20;
    if (c >= 0x0400 && c <= 0x040F) return c + 0x50;
    return c;
}

bool contains(List list, std::string_view word) {
    for (std::string_view item : list) {
        if (item == word) return true;
    }
    return false;
}

bool contains_folded(List list, std::string_view word) {
    for (std::string_view item : list) {
        if (equals_folded(word, item)) return true;
    }
    return false;
}

}  // namespace

bool equals_folded(std::string_view word, std::string_view lower) noexcept {
    // Case pairs of Latin and Cyrillic letters have the same UTF-8 length.
    if (word.size() != lower.size()) return false;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < word.size()) {
        if (fold(utf8::decode(word, i)) != utf8::decode(lower, j)) return false;
    }
    return true;
}

bool is_function_word(std::string_view word) noexcept {
    return contains_folded({"без", "для", "если", "или", "как", "обо", "про", "при", "под", "над"},
                           word);
}

bool is_particle(std::string_view word) noexcept {
    return contains({"ли", "ль", "же", "ж", "бы", "б"}, word);
}

bool is_month_genitive(std::string_view word) noexcept {
    return contains_folded({"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                            "августа", "сентября", "октября", "ноября", "декабря"},
                           word);
}

bool is_month_nominative(std::string_view word) noexcept {
    return contains_folded({"январь", "февраль", "март", "апрель", "май", "июнь", "июль",
                            "август", "сентябрь", "октябрь", "ноябрь", "декабрь"},
                           word);
}

bool is_unit(std::string_view word) noexcept {
    return contains({"км", "м", "см", "мм", "дм", "мкм", "нм", "га", "кг", "г", "мг", "т", "ц",
                     "л", "мл", "ч", "мин", "с", "сек", "мс", "Вт", "кВт", "МВт", "ГВт",
                     "кВ", "А", "мА", "Гц", "кГц", "МГц", "ГГц", "Кб", "Мб", "Гб", "Тб", "КБ",
                     "МБ", "ГБ", "ТБ", "Мбит", "Гбит", "руб", "коп", "тыс", "млн", "млрд",
                     "трлн", "долл", "шт", "чел", "экз", "стр", "мес", "гг",
                     "вв", "кал", "ккал", "Па", "кПа", "МПа", "дБ", "мкг", "моль"},
                    word);
}

bool is_prepositive_abbreviation(std::string_view word) noexcept {
    return contains({"г", "ул", "д", "см", "рис", "им", "пос", "пр", "просп", "пл", "пер", "наб",
                     "кв", "корп", "стр", "с", "дер", "ст", "гл", "табл", "п", "ч", "т", "мкр",
                     "пгт", "оз", "р", "о", "ш", "тел", "илл", "прил", "разд", "вып"},
                    word);
}

bool is_postpositive_abbreviation(std::string_view word) noexcept {
    return contains({"обл", "гг", "вв", "р-н", "г", "в", "др", "пр"}, word);
}

bool is_abbreviation_pair(std::string_view first, std::string_view second) noexcept {
    const bool t = equals_folded(first, "т");
    if (t) return contains({"е", "д", "п", "к", "н", "о"}, second);
    if (equals_folded(first, "и")) return second == "о";
    if (equals_folded(first, "н")) return second == "э";
    return false;
}

bool is_company_form(std::string_view word) noexcept {
    return contains({"ООО", "ОАО", "ЗАО", "ПАО", "АО", "НАО", "ИП", "НКО", "АНО", "ГУП", "МУП",
                     "ФГУП", "ГБУ", "МБУ", "ГАУ", "ФГБУ", "ГБОУ", "МБОУ", "МАОУ", "ФГБОУ",
                     "ГКУ", "ТСЖ", "СНТ", "ЧУ", "НП"},
                    word);
}

bool is_top_level_domain(std::string_view label) noexcept {
    return contains_folded({"ru", "com", "org", "net", "su", "io", "info", "biz", "edu", "gov",
                            "uk", "de", "ua", "by", "kz", "uz", "me", "tv", "app", "dev",
                            "online", "site", "pro", "moscow", "ai", "co", "eu", "fr", "it",
                            "jp", "cn", "us", "ca", "рф", "рус", "москва", "онлайн", "сайт",
                            "travel", "media", "news", "club", "shop", "store", "tech", "ly",
                            "am", "ge", "az", "kg", "tj", "lv", "lt", "ee", "pl", "cz", "es",
                            "nl", "ch", "at", "se", "fi", "no", "in", "br", "tr", "il", "cc"},
                           label);
}

bool is_roman_numeral(std::string_view word) noexcept {
    if (word.empty()) return false;
    for (char c : word) {
        if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C' && c != 'D' && c != 'M') {
            return false;
        }
    }
    return true;
}

std::string_view short_ordinal_ending(std::string_view ending) noexcept {
    struct Pair {
        std::string_view full;
        std::string_view short_form;
    };
    static constexpr Pair pairs[] = {
        {"ый", "й"},  {"ой", "й"},  {"ий", "й"},  {"ого", "го"}, {"его", "го"},
        {"ому", "му"}, {"ему", "му"}, {"ым", "м"},  {"им", "м"},   {"ая", "я"},
        {"яя", "я"},  {"ую", "ю"},  {"юю", "ю"},  {"ое", "е"},   {"ее", "е"},
        {"ых", "х"},  {"их", "х"},  {"ыми", "ми"}, {"ими", "ми"}, {"ом", "м"},
        {"ем", "м"},   {"ей", "й"},
    };
    for (const Pair& p : pairs) {
        if (p.full == ending) return p.short_form;
    }
    return {};
}

bool is_ordinal_suffix(std::string_view ending) noexcept {
    return contains({"й", "го", "му", "м", "я", "ю", "е", "х", "ми", "ая", "ое", "ые", "ых", "ти"},
                    ending);
}

}  // namespace verstka::detail::typo
