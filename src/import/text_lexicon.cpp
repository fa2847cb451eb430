// The importer's word lists. Each list is data: add a word here, not a branch in the code.
#include "import/text_lexicon.hpp"

#include "common/utf8.hpp"
#include "import/text_case.hpp"

namespace verstka::detail::text_lexicon {

namespace {

using B = Boilerplate;

// Longer phrases before the shorter ones they start with («полная версия на сайте» before
// «полная версия»): the first match wins.
constexpr BoilerplatePhrase kBoilerplate[] = {
    {"смотрите полную версию на сайте", B::link_full},
    {"смотрите полную версию", B::link_full},
    {"полная версия на сайте", B::link_full},
    {"полная версия", B::link_full},
    {"читать полностью", B::link_full},
    {"читать далее", B::link_full},
    {"подробнее на сайте", B::link_full},
    {"следующая новость", B::link_next},
    {"следующая статья", B::link_next},
    {"следующий материал", B::link_next},
    {"читайте также", B::related},
    {"читайте еще", B::related},
    {"смотрите также", B::related},
    {"еще по теме", B::related},
    {"по теме", B::related},
    {"другие новости", B::related},
    {"новости партнеров", B::related},
    {"популярное", B::related},
    {"предыдущая новость", B::related},
    {"источник", B::source},
    {"теги", B::tags},
    {"тэги", B::tags},
    {"метки", B::tags},
    {"подписывайтесь", B::dropped},
    {"подпишитесь", B::dropped},
    {"присоединяйтесь к нам", B::dropped},
    {"следите за новостями", B::dropped},
    {"больше новостей", B::dropped},
    {"все новости", B::dropped},
    {"наш telegram", B::dropped},
    {"наш телеграм", B::dropped},
    {"мы в telegram", B::dropped},
    {"мы в телеграм", B::dropped},
    {"поделиться", B::dropped},
    {"комментарии", B::dropped},
    {"нашли ошибку", B::dropped},
    {"если вы нашли ошибку", B::dropped},
    {"если вы заметили ошибку", B::dropped},
    {"реклама", B::dropped},
    {"все права защищены", B::dropped},
    {"при использовании материалов", B::dropped},
    {"при цитировании", B::dropped},
    {"перепечатка", B::dropped},
    {"copyright", B::dropped},
    {"(c)", B::dropped},
    {"\xC2\xA9", B::dropped},  // ©
};

// Past and present forms, masculine, feminine and plural.
constexpr std::string_view kSpeechVerbs[] = {
    "отметил",           "отметила",       "отметили",   "отмечает",    "отмечают",     "сказал",
    "сказала",           "сказали",        "говорит",    "говорят",     "заявил",       "заявила",
    "заявили",           "заявляет",       "подчеркнул", "подчеркнула", "подчеркнули",  "подчеркивает",
    "пояснил",           "пояснила",       "пояснили",   "поясняет",    "добавил",      "добавила",
    "добавили",          "добавляет",      "рассказал",  "рассказала",  "рассказали",   "рассказывает",
    "сообщил",           "сообщила",       "сообщили",   "уточнил",     "уточнила",     "уточнили",
    "заключил",          "заключила",      "считает",    "считают",     "уверен",       "уверена",
    "признался",         "призналась",     "признает",   "резюмировал", "резюмировала", "прокомментировал",
    "прокомментировала", "ответил",        "ответила",   "напомнил",    "напомнила",    "напомнили",
    "констатировал",     "констатировала", "указал",     "указала",     "объяснил",     "объяснила",
    "объясняет",         "заметил",        "заметила",   "поделился",   "поделилась",   "выразил",
    "выразила",          "убежден",        "убеждена",   "пообещал",    "пообещала",    "предупредил",
    "предупредила",      "призвал",        "призвала",   "высказался",  "высказалась",  "сообщает",
};

constexpr std::string_view kSourceVerbs[] = {
    "сообщает", "сообщают", "передает", "пишет", "информирует", "сообщило",
};

constexpr std::string_view kAttributionFillers[] = {
    "в",       "во",        "на",  "с",       "со",         "по",          "для",
    "из",      "у",         "к",   "о",       "об",         "журналистам", "корреспонденту",
    "изданию", "агентству", "нам", "порталу", "телеканалу", "радио",       "газете",
    "сайту",
};

struct Month {
    std::string_view folded;
    int number;
};

constexpr Month kMonths[] = {
    {"января", 1}, {"февраля", 2}, {"марта", 3},    {"апреля", 4},   {"мая", 5},     {"июня", 6},
    {"июля", 7},   {"августа", 8}, {"сентября", 9}, {"октября", 10}, {"ноября", 11}, {"декабря", 12},
    {"янв", 1},    {"фев", 2},     {"февр", 2},     {"мар", 3},      {"апр", 4},     {"июн", 6},
    {"июл", 7},    {"авг", 8},     {"сен", 9},      {"сент", 9},     {"окт", 10},    {"ноя", 11},
    {"нояб", 11},  {"дек", 12},    {"май", 5},      {"июнь", 6},     {"июль", 7},    {"марта", 3},
};

constexpr std::string_view kCreditWords[] = {
    "источник фото", "фото",        "фотография",  "иллюстрация", "коллаж", "кадр",
    "скриншот",      "инфографика", "изображение", "фотограф",    "снимок",
};

constexpr std::string_view kPlaceParticles[] = {
    "на", "над", "под", "при", "у", "в", "и", "де", "дю", "ла",
};

template <std::size_t N>
bool contains(const std::string_view (&list)[N], std::string_view word) noexcept {
    for (const std::string_view entry : list) {
        if (entry == word) return true;
    }
    return false;
}

// `line` starts with `phrase` and the phrase ends there or before a character that is not a
// letter or digit.
bool starts_with_phrase(std::string_view line, std::string_view phrase) noexcept {
    if (line.substr(0, phrase.size()) != phrase) return false;
    if (line.size() == phrase.size()) return true;
    std::size_t i = phrase.size();
    const char32_t next = utf8::decode(line, i);
    return !text_case::is_letter(next) && !text_case::is_digit(next);
}

std::size_t code_points(std::string_view text) noexcept {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++n) utf8::decode(text, i);
    return n;
}

}  // namespace

const BoilerplatePhrase* find_boilerplate(std::string_view folded_line) noexcept {
    for (const BoilerplatePhrase& phrase : kBoilerplate) {
        // A sign such as © needs no word boundary after it.
        const bool sign =
            phrase.folded.front() == '(' || static_cast<unsigned char>(phrase.folded.front()) == 0xC2;
        if (sign ? folded_line.substr(0, phrase.folded.size()) == phrase.folded
                 : starts_with_phrase(folded_line, phrase.folded)) {
            return &phrase;
        }
    }
    return nullptr;
}

bool is_speech_verb(std::string_view folded_word) noexcept { return contains(kSpeechVerbs, folded_word); }

bool is_source_verb(std::string_view folded_word) noexcept { return contains(kSourceVerbs, folded_word); }

bool is_attribution_filler(std::string_view folded_word) noexcept {
    return contains(kAttributionFillers, folded_word);
}

int month_number(std::string_view folded_word) noexcept {
    for (const Month& month : kMonths) {
        if (month.folded == folded_word) return month.number;
    }
    return 0;
}

bool is_credit_start(std::string_view folded_line, std::size_t& prefix_code_points) noexcept {
    for (const std::string_view word : kCreditWords) {
        if (starts_with_phrase(folded_line, word)) {
            prefix_code_points = code_points(word);
            return true;
        }
    }
    return false;
}

bool is_place_particle(std::string_view folded_word) noexcept {
    return contains(kPlaceParticles, folded_word);
}

}  // namespace verstka::detail::text_lexicon
