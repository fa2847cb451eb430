// Every character the typography engine writes, each with the input it is made from and an
// input that makes it: the list the glyph-class and entity tests enumerate. A rule writes a
// character only through `replace(…, chars::X, …)` with a name of this list.
#ifndef VERSTKA_TYPOGRAPHY_GLYPHS_HPP
#define VERSTKA_TYPOGRAPHY_GLYPHS_HPP

#include <cstddef>
#include <string_view>

#include "common/chars.hpp"

namespace verstka::detail::typo {

struct Glyph {
    const chars::Named* written;
    std::string_view source;   ///< what the engine reads in its place (`...` for `…`)
    std::string_view example;  ///< an input the default rules turn into a text holding it
    bool english = false;      ///< written only with `english_quotes_for_latin`
};

inline constexpr Glyph kGlyphs[] = {
    {&chars::nbsp, " ", "в Сочи"},
    {&chars::em_dash, "-", "Москва - столица"},
    {&chars::en_dash, "-", "5-7 см"},
    {&chars::minus, "-", "было -5 °C"},
    {&chars::laquo, "\"", "Проект \"Север\" готов"},
    {&chars::raquo, "\"", "Проект \"Север\" готов"},
    {&chars::bdquo, "\"", "\"Проект \"Север\" готов\""},
    {&chars::ldquo, "\"", "\"Проект \"Север\" готов\""},
    {&chars::rdquo, "\"", "he said \"hello world\"", true},
    {&chars::lsquo, "'", "he said \"it's 'hello world' now\"", true},
    {&chars::rsquo, "'", "д'Артаньян"},
    {&chars::hellip, "...", "Ну и..."},
    {&chars::times, "x", "размер 10x20"},
    {&chars::plus_minus, "+-", "5+-2"},
    {&chars::greater_equal, ">=", "a >= b"},
    {&chars::less_equal, "<=", "a <= b"},
    {&chars::not_equal, "!=", "a != b"},
    {&chars::right_arrow, "->", "a -> b"},
    {&chars::left_arrow, "<-", "a <- b"},
    {&chars::left_right_arrow, "<->", "a <-> b"},
    {&chars::copyright, "(c)", "(c) Яндекс"},
    {&chars::registered, "(r)", "Coca-Cola(r)"},
    {&chars::trade_mark, "(tm)", "Windows(tm)"},
    {&chars::one_half, "1/2", "1/2 стакана"},
    {&chars::one_quarter, "1/4", "1/4 пути"},
    {&chars::three_quarters, "3/4", "3/4 пути"},
    {&chars::superscript_two, "2", "площадь 7 м2"},
    {&chars::superscript_three, "3", "объём 7 м3"},
    {&chars::double_prime, "\"", "экран 55\""},
    {&chars::prime, "'", "рост 6'"},
    {&chars::numero, "№№", "№№ 5"},
};

}  // namespace verstka::detail::typo

#endif
