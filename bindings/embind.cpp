// Embind glue: one UTF-8 text and a few numbers in, one plain JS value out per call.
//
// The JS wrapper (bindings/js/core.js) checks every argument and flattens the options into
// primitives, so nothing here reads JS objects property by property (each read is a round
// trip through Embind's handle table). The input text arrives as (pointer, length) of a buffer
// the wrapper allocated and filled with TextEncoder.encodeInto, and frees after the call:
// Embind's own std::string conversion copies byte by byte in JS, a fifth of typograph()'s time.
// No C++ exception exists in this build (-fno-exceptions): bad input comes back as
// {ok: false, diagnostics}, never as a trap.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "verstka/verstka.hpp"

namespace {

using emscripten::val;
using namespace verstka;

// Boolean options travel as two bits each in one integer: "given" and its value, so the
// defaults stay those of the C++ structs. The order is the wrapper's FLAGS table.
enum Flag : unsigned {
    typography = 0,
    json_ld,
    raw_html_drop,
    nofollow,
    new_tab,
    entities,
    english_quotes,
    html,
};

bool given(unsigned flags, Flag flag) { return (flags >> (2 * flag)) & 1U; }
bool value(unsigned flags, Flag flag) { return (flags >> (2 * flag + 1)) & 1U; }

void apply(unsigned flags, Flag flag, bool& target) {
    if (given(flags, flag)) target = value(flags, flag);
}

// Rule ids joined with '\n' (ids never contain one).
std::vector<std::string> rule_list(const std::string& joined) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < joined.size()) {
        std::size_t end = joined.find('\n', start);
        if (end == std::string::npos) end = joined.size();
        out.emplace_back(joined, start, end - start);
        start = end + 1;
    }
    return out;
}

TypographOptions typograph_options(unsigned flags, const std::string& enable, const std::string& disable) {
    TypographOptions options;
    if (given(flags, html)) options.mode = value(flags, html) ? TextMode::html : TextMode::text;
    if (given(flags, entities))
        options.chars = value(flags, entities) ? CharOutput::entities : CharOutput::unicode;
    apply(flags, english_quotes, options.english_quotes_for_latin);
    options.enable = rule_list(enable);
    options.disable = rule_list(disable);
    return options;
}

// layout: 0 full, 1 teaser, 2 compact (the wrapper's LAYOUTS order); heading_base 0 and
// max_bytes < 0 mean the default.
RenderOptions render_options(unsigned flags, int layout, int heading_base, double max_bytes,
                             const std::string& enable, const std::string& disable) {
    RenderOptions options;
    options.typograph = typograph_options(flags, enable, disable);
    options.layout = layout == 1 ? Layout::teaser : layout == 2 ? Layout::compact : Layout::full;
    apply(flags, typography, options.typography);
    apply(flags, json_ld, options.json_ld);
    if (given(flags, raw_html_drop))
        options.raw_html = value(flags, raw_html_drop) ? RawHtml::drop : RawHtml::escape;
    apply(flags, nofollow, options.nofollow_links);
    apply(flags, new_tab, options.links_new_tab);
    if (heading_base > 0) options.markdown_heading_base = heading_base;
    if (max_bytes >= 0) options.parse.max_input_bytes = static_cast<std::size_t>(max_bytes);
    return options;
}

// Property names registered once: Embind then hands JS a cached string for each key instead of
// decoding the C string on every set() (7% of a render with a few diagnostics).
EMSCRIPTEN_SYMBOL(ok);
EMSCRIPTEN_SYMBOL(html);
EMSCRIPTEN_SYMBOL(text);
EMSCRIPTEN_SYMBOL(diagnostics);
EMSCRIPTEN_SYMBOL(severity);
EMSCRIPTEN_SYMBOL(code);
EMSCRIPTEN_SYMBOL(message);
EMSCRIPTEN_SYMBOL(path);
EMSCRIPTEN_SYMBOL(line);
EMSCRIPTEN_SYMBOL(column);
EMSCRIPTEN_SYMBOL(id);
EMSCRIPTEN_SYMBOL(titleRu);
EMSCRIPTEN_SYMBOL(titleEn);
EMSCRIPTEN_SYMBOL(onByDefault);
EMSCRIPTEN_SYMBOL(error);
EMSCRIPTEN_SYMBOL(warning);

val diagnostics_array(const Diagnostics& diagnostics) {
    val list = val::array();
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        const Diagnostic& d = diagnostics[i];
        val item = val::object();
        item.set(severity_symbol, val(d.severity == Severity::error ? error_symbol : warning_symbol));
        item.set(code_symbol, d.code);
        item.set(message_symbol, d.message);
        item.set(path_symbol, d.path);
        item.set(line_symbol, d.line);
        item.set(column_symbol, d.column);
        list.set(i, item);
    }
    return list;
}

std::string_view text_at(std::uintptr_t address, std::size_t length) {
    return {reinterpret_cast<const char*>(address), length};
}

val render_article_js(std::uintptr_t json, std::size_t length, double max_bytes, unsigned flags, int layout,
                      int heading_base, const std::string& enable, const std::string& disable) {
    const RenderResult r = render_article(
        text_at(json, length), render_options(flags, layout, heading_base, max_bytes, enable, disable));
    val result = val::object();
    result.set(ok_symbol, r.ok);
    result.set(html_symbol, r.html);
    result.set(diagnostics_symbol, diagnostics_array(r.diagnostics));
    return result;
}

val validate_article_js(std::uintptr_t json, std::size_t length, double max_bytes) {
    ParseOptions parse;
    if (max_bytes >= 0) parse.max_input_bytes = static_cast<std::size_t>(max_bytes);
    const Diagnostics diagnostics = validate_article(text_at(json, length), parse);
    val result = val::object();
    result.set(ok_symbol, !has_errors(diagnostics));
    result.set(diagnostics_symbol, diagnostics_array(diagnostics));
    return result;
}

// What renderArticle/validateArticle give for an input over the byte limit; the wrapper calls
// this instead of copying such an input in. `render` adds the empty `html`.
val input_too_large_js(double bytes, double max_bytes, bool render) {
    ParseOptions parse;
    if (max_bytes >= 0) parse.max_input_bytes = static_cast<std::size_t>(max_bytes);
    const Diagnostics diagnostics = check_input_size(static_cast<std::size_t>(bytes), parse);
    val result = val::object();
    result.set(ok_symbol, !has_errors(diagnostics));
    if (render) result.set(html_symbol, std::string());
    result.set(diagnostics_symbol, diagnostics_array(diagnostics));
    return result;
}

val typograph_js(std::uintptr_t text, std::size_t length, unsigned flags, const std::string& enable,
                 const std::string& disable) {
    const TypographResult r = typograph(text_at(text, length), typograph_options(flags, enable, disable));
    val result = val::object();
    result.set(text_symbol, r.text);
    result.set(diagnostics_symbol, diagnostics_array(r.diagnostics));
    return result;
}

val typography_rules_js() {
    const std::vector<RuleInfo> rules = typography_rules();
    val list = val::array();
    for (std::size_t i = 0; i < rules.size(); ++i) {
        val item = val::object();
        item.set(id_symbol, rules[i].id);
        item.set(titleRu_symbol, rules[i].title_ru);
        item.set(titleEn_symbol, rules[i].title_en);
        item.set(onByDefault_symbol, rules[i].on_by_default);
        list.set(i, item);
    }
    return list;
}

std::string version_js() { return std::string(version()); }

}  // namespace

EMSCRIPTEN_BINDINGS(verstka) {
    emscripten::function("renderArticle", &render_article_js);
    emscripten::function("validateArticle", &validate_article_js);
    emscripten::function("inputTooLarge", &input_too_large_js);
    emscripten::constant("defaultMaxInputBytes", static_cast<double>(ParseOptions{}.max_input_bytes));
    emscripten::function("typograph", &typograph_js);
    emscripten::function("typographyRules", &typography_rules_js);
    emscripten::function("version", &version_js);
}
