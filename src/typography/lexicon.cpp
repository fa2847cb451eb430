#include "typography/lexicon.hpp"

#include <cstddef>
#include <iterator>
#include <string>

#include "common/utf8.hpp"

namespace verstka::detail::typo {

namespace {

char32_t fold(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0x0410 && c <= 0x042F) return c + 0x20;
    if (c >= 0x0400 && c <= 0x040F) return c + 0x50;
    return c;
}

template <typename List>
bool contains(const List& list, std::string_view word) {
    for (std::string_view item : list) {
        if (item == word) return true;
    }
    return false;
}

template <typename List>
bool contains_folded(const List& list, std::string_view word) {
    for (std::string_view item : list) {
        if (equals_folded(word, item)) return true;
    }
    return false;
}

constexpr std::string_view kFunctionWords[] = {"без", "для", "если", "или", "как",
                                               "обо", "про", "при",  "под", "над"};
constexpr std::string_view kParticles[] = {"ли", "ль", "же", "ж", "бы", "б"};
constexpr std::string_view kMonthsGenitive[] = {"января",   "февраля", "марта",  "апреля",
                                                "мая",      "июня",    "июля",   "августа",
                                                "сентября", "октября", "ноября", "декабря"};
constexpr std::string_view kMonthsNominative[] = {
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
    "декабрь",
    // and the prepositional case: в марте–апреле
    "январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре",
    "декабре"};
constexpr std::string_view kWeekdays[] = {"понедельник", "вторник",     "среда", "четверг", "пятница",
                                          "суббота",     "воскресенье", "пн",    "вт",      "ср",
                                          "чт",          "пт",          "сб",    "вс"};
constexpr std::string_view kUnits[] = {
    "км",   "м",    "см",  "мм",  "дм",   "мкм", "нм",   "га",   "кг",   "г",   "мг",   "т",   "ц",
    "л",    "мл",   "ч",   "мин", "с",    "сек", "мс",   "Вт",   "кВт",  "МВт", "ГВт",  "кВ",  "А",
    "мА",   "Гц",   "кГц", "МГц", "ГГц",  "Кб",  "Мб",   "Гб",   "Тб",   "КБ",  "МБ",   "ГБ",  "ТБ",
    "Мбит", "Гбит", "руб", "коп", "тыс",  "млн", "млрд", "трлн", "долл", "шт",  "чел",  "экз", "стр",
    "мес",  "гг",   "вв",  "кал", "ккал", "Па",  "кПа",  "МПа",  "дБ",   "мкг", "моль", "dpi", "ppi"};
constexpr std::string_view kPrepositive[] = {
    "г",   "ул",   "д",   "см", "рис", "им",  "пос", "пр",   "просп", "пл", "пер", "наб",
    "кв",  "корп", "стр", "с",  "дер", "ст",  "гл",  "табл", "п",     "ч",  "т",   "мкр",
    "пгт", "оз",   "р",   "о",  "ш",   "тел", "илл", "прил", "разд",  "вып"};
constexpr std::string_view kPostpositive[] = {"обл", "гг", "вв", "р-н", "г", "в", "др", "пр"};
constexpr std::string_view kCompanyForms[] = {
    "ООО", "ОАО", "ЗАО",  "ПАО",  "АО",   "НАО",  "ИП",    "НКО", "АНО", "ГУП", "МУП", "ФГУП", "ГБУ",
    "МБУ", "ГАУ", "ФГБУ", "ГБОУ", "МБОУ", "МАОУ", "ФГБОУ", "ГКУ", "ТСЖ", "СНТ", "ЧУ",  "НП"};
constexpr std::string_view kOrdinalSuffixes[] = {"й", "го", "му", "м",  "я",  "ю",  "е",
                                                 "х", "ми", "ая", "ое", "ые", "ых", "ти"};
constexpr std::string_view kCompoundEnds[] = {"то",   "либо", "нибудь", "ка",  "кась",
                                              "таки", "де",   "за",     "под", "над"};
constexpr std::string_view kCompoundStarts[] = {"кое", "кой"};
constexpr std::string_view kTopLevelDomains[] = {
    "ru",     "com",  "org",    "net",   "su",   "io",   "info", "biz",   "edu",    "gov",  "uk",  "de",
    "ua",     "by",   "kz",     "uz",    "me",   "tv",   "app",  "dev",   "online", "site", "pro", "moscow",
    "ai",     "co",   "eu",     "fr",    "it",   "jp",   "cn",   "us",    "ca",     "рф",   "рус", "москва",
    "онлайн", "сайт", "travel", "media", "news", "club", "shop", "store", "tech",   "ly",   "am",  "ge",
    "az",     "kg",   "tj",     "lv",    "lt",   "ee",   "pl",   "cz",    "es",     "nl",   "ch",  "at",
    "se",     "fi",   "no",     "in",    "br",   "tr",   "il",   "cc"};

// Longest word in any list, in bytes (воскресенье: 11 Cyrillic letters).
constexpr std::size_t kLongestWord = 22;

struct Entry {
    std::string_view key;
    std::uint16_t exact = 0;   // lists that need this exact spelling
    std::uint16_t folded = 0;  // lists that match in any case (the key is lowercase)
};

constexpr std::uint32_t hash(std::string_view s) {
    std::uint32_t h = 2166136261u;  // FNV-1a: short keys, no allocation
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}

// All lists in one open-addressing table, built at compile time.
class Table {
public:
    static constexpr std::size_t kSize = 1024;      // > 4 × the number of keys
    static constexpr std::size_t kFilterBits = 13;  // 8192 bits, under 1 in 30 set

    constexpr Table() {
        add(kFunctionWords, std::size(kFunctionWords), lex::function_word, true);
        add(kParticles, std::size(kParticles), lex::particle, false);
        add(kMonthsGenitive, std::size(kMonthsGenitive), lex::month_genitive, true);
        add(kMonthsNominative, std::size(kMonthsNominative), lex::month_nominative, true);
        add(kUnits, std::size(kUnits), lex::unit, false);
        add(kPrepositive, std::size(kPrepositive), lex::prepositive, false);
        add(kPostpositive, std::size(kPostpositive), lex::postpositive, false);
        add(kCompanyForms, std::size(kCompanyForms), lex::company, false);
        add(kOrdinalSuffixes, std::size(kOrdinalSuffixes), lex::ordinal_suffix, false);
        add(kWeekdays, std::size(kWeekdays), lex::weekday, true);
        add(kCompoundEnds, std::size(kCompoundEnds), lex::compound_end, false);
        add(kCompoundStarts, std::size(kCompoundStarts), lex::compound_start, true);
    }

    /// False when neither `word` nor any case form of it is a key; true does not mean it is one.
    /// Most words are in no list: a fingerprint that no case change alters picks one bit of a
    /// filter without reading the middle of the word.
    constexpr bool may_hold(std::string_view word) const {
        const std::size_t bit = filter_bit(word);
        return bit != kNoBit && (filter_[bit / 64] & (std::uint64_t{1} << (bit % 64))) != 0;
    }

    constexpr const Entry* find(std::string_view key) const {
        for (std::size_t k = hash(key) & (kSize - 1);; k = (k + 1) & (kSize - 1)) {
            if (slots_[k].key.empty()) return nullptr;
            if (slots_[k].key == key) return &slots_[k];
        }
    }

private:
    static constexpr std::size_t kNoBit = static_cast<std::size_t>(-1);

    // The fingerprint: the length in bytes, whether the first letter is ASCII, and the low
    // five bits of the first and the last letter's code points (the first byte of an ASCII
    // letter, the second of a two-byte one, the last byte of the word). Case pairs A/a and
    // А/а differ by 0x20 and keep all three. Hashed to one bit; kNoBit when it is too long
    // or too short to be a key.
    static constexpr std::size_t filter_bit(std::string_view word) {
        const std::size_t size = word.size();
        if (size == 0 || size > kLongestWord) return kNoBit;
        const std::uint32_t wide = static_cast<unsigned char>(word[0]) >> 7;
        if (wide > size - 1) return kNoBit;
        const std::uint32_t first = static_cast<unsigned char>(word[wide]) & 0x1F;
        const std::uint32_t last = static_cast<unsigned char>(word[size - 1]) & 0x1F;
        const std::uint32_t key = ((static_cast<std::uint32_t>(size) * 2 + wide) * 32 + first) * 32 + last;
        return (key * 0x9E3779B1u) >> (32 - kFilterBits);
    }

    // Not a template: clang evaluates the constructor before it would instantiate one.
    constexpr void add(const std::string_view* list, std::size_t count, std::uint16_t bit, bool folded) {
        for (std::size_t i = 0; i < count; ++i) {
            const std::string_view w = list[i];
            std::size_t k = hash(w) & (kSize - 1);
            while (!slots_[k].key.empty() && slots_[k].key != w) k = (k + 1) & (kSize - 1);
            slots_[k].key = w;
            const std::size_t f = filter_bit(w);
            filter_[f / 64] |= std::uint64_t{1} << (f % 64);
            if (folded) {
                slots_[k].folded |= bit;
            } else {
                slots_[k].exact |= bit;
            }
        }
    }

    Entry slots_[kSize] = {};
    std::uint64_t filter_[(std::size_t{1} << kFilterBits) / 64] = {};
};

constexpr Table kTable;

// The lists of a word that passed the filter: the exact spelling, then (capitalised words)
// the lowercase form in the any-case lists. Out of line: classify() stays a few instructions.
[[gnu::noinline]] std::uint16_t lookup(std::string_view word, bool capitalised) noexcept {
    std::uint16_t bits = 0;
    if (const Entry* exact = kTable.find(word)) bits |= exact->exact | exact->folded;
    if (!capitalised) return bits;
    char buffer[kLongestWord];
    std::size_t length = 0;
    std::size_t i = 0;
    bool changed = false;
    while (i < word.size()) {
        const auto b = static_cast<unsigned char>(word[i]);
        char32_t c = b;
        if (b < 0x80) {
            ++i;
        } else if ((b & 0xE0) == 0xC0 && i + 1 < word.size()) {
            c = (static_cast<char32_t>(b & 0x1F) << 6) | (static_cast<unsigned char>(word[i + 1]) & 0x3F);
            i += 2;
        } else {
            return bits;  // no list has letters beyond two bytes
        }
        const char32_t f = fold(c);
        changed |= f != c;
        if (length + 2 > kLongestWord) return bits;
        if (f < 0x80) {
            buffer[length++] = static_cast<char>(f);
        } else if (f < 0x800) {
            buffer[length++] = static_cast<char>(0xC0 | (f >> 6));
            buffer[length++] = static_cast<char>(0x80 | (f & 0x3F));
        } else {
            return bits;  // no list has letters beyond two bytes
        }
    }
    if (changed) {
        if (const Entry* folded = kTable.find(std::string_view(buffer, length))) bits |= folded->folded;
    }
    return bits;
}

}  // namespace

std::uint16_t classify(std::string_view word, bool capitalised) noexcept {
    return kTable.may_hold(word) ? lookup(word, capitalised) : 0;
}

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

bool is_function_word(std::string_view word) noexcept { return contains_folded(kFunctionWords, word); }
bool is_particle(std::string_view word) noexcept { return contains(kParticles, word); }
bool is_month_genitive(std::string_view word) noexcept { return contains_folded(kMonthsGenitive, word); }
bool is_month_nominative(std::string_view word) noexcept { return contains_folded(kMonthsNominative, word); }
bool is_unit(std::string_view word) noexcept { return contains(kUnits, word); }
bool is_prepositive_abbreviation(std::string_view word) noexcept { return contains(kPrepositive, word); }
bool is_postpositive_abbreviation(std::string_view word) noexcept { return contains(kPostpositive, word); }
bool is_company_form(std::string_view word) noexcept { return contains(kCompanyForms, word); }
bool is_ordinal_suffix(std::string_view ending) noexcept { return contains(kOrdinalSuffixes, ending); }
bool is_top_level_domain(std::string_view label) noexcept { return contains_folded(kTopLevelDomains, label); }

bool is_abbreviation_pair(std::string_view first, std::string_view second) noexcept {
    const bool t = equals_folded(first, "т");
    if (t) return contains(std::initializer_list<std::string_view>{"е", "д", "п", "к", "н", "о"}, second);
    if (equals_folded(first, "и")) return second == "о";
    if (equals_folded(first, "н")) return second == "э";
    return false;
}

// Standard form only (MMXXIV, XIX, IV): thousands M{0,3}, then for hundreds, tens and units
// one of 1–3 ones, 4 (one+five), 5–8 (five + up to three ones) or 9 (one+ten). `LLLL` or
// `IIII` are letters, not a number.
bool is_roman_numeral(std::string_view word) noexcept {
    std::size_t i = 0;
    const auto at = [&](char c) { return i < word.size() && word[i] == c; };
    const auto digit = [&](char one, char five, char ten) {
        if (at(one) && i + 1 < word.size() && (word[i + 1] == five || word[i + 1] == ten)) {
            i += 2;
            return;
        }
        if (at(five)) ++i;
        for (int k = 0; k < 3 && at(one); ++k) ++i;
    };
    for (int k = 0; k < 3 && at('M'); ++k) ++i;
    digit('C', 'D', 'M');
    digit('X', 'L', 'C');
    digit('I', 'V', 'X');
    return !word.empty() && i == word.size();
}

std::string_view short_ordinal_ending(std::string_view ending) noexcept {
    struct Pair {
        std::string_view full;
        std::string_view short_form;
    };
    static constexpr Pair pairs[] = {
        {"ый", "й"},   {"ой", "й"}, {"ий", "й"}, {"ого", "го"}, {"его", "го"}, {"ому", "му"},
        {"ему", "му"}, {"ым", "м"}, {"им", "м"}, {"ая", "я"},   {"яя", "я"},   {"ую", "ю"},
        {"юю", "ю"},   {"ое", "е"}, {"ее", "е"}, {"ых", "х"},   {"их", "х"},   {"ыми", "ми"},
        {"ими", "ми"}, {"ом", "м"}, {"ем", "м"}, {"ей", "й"},
    };
    for (const Pair& p : pairs) {
        if (p.full == ending) return p.short_form;
    }
    return {};
}

}  // namespace verstka::detail::typo
