// Embind glue: one string (and a plain options object) in, one plain JS value out per call.
// No C++ exception exists in this build (-fno-exceptions); bad input comes back as
// {ok: false, diagnostics}, never as a trap that would kill the instance.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "verstka/verstka.hpp"

namespace {

using emscripten::val;
using namespace verstka;

bool has(const val& object, const char* key) {
    return object.isUndefined() || object.isNull() ? false : !object[key].isUndefined() && !object[key].isNull();
}

std::vector<std::string> string_list(const val& array) {
    std::vector<std::string> out;
    const unsigned length = array["length"].as<unsigned>();
    out.reserve(length);
    for (unsigned i = 0; i < length; ++i) out.push_back(array[i].as<std::string>());
    return out;
}

// The JS wrapper has already checked types and values; here we only read them.
TypographOptions typograph_options(const val& o) {
    TypographOptions options;
    if (has(o, "html")) options.mode = o["html"].as<bool>() ? TextMode::html : TextMode::text;
    if (has(o, "entities")) options.chars = o["entities"].as<bool>() ? CharOutput::entities : CharOutput::unicode;
    if (has(o, "enable")) options.enable = string_list(o["enable"]);
    if (has(o, "disable")) options.disable = string_list(o["disable"]);
    if (has(o, "englishQuotes")) options.english_quotes_for_latin = o["englishQuotes"].as<bool>();
    return options;
}

RenderOptions render_options(const val& o) {
    RenderOptions options;
    options.typograph = typograph_options(o);
    if (has(o, "layout")) {
        const std::string layout = o["layout"].as<std::string>();
        options.layout = layout == "teaser" ? Layout::teaser : layout == "compact" ? Layout::compact : Layout::full;
    }
    if (has(o, "typography")) options.typography = o["typography"].as<bool>();
    if (has(o, "jsonLd")) options.json_ld = o["jsonLd"].as<bool>();
    if (has(o, "rawHtml")) options.raw_html = o["rawHtml"].as<std::string>() == "drop" ? RawHtml::drop : RawHtml::escape;
    if (has(o, "headingBase")) options.markdown_heading_base = o["headingBase"].as<int>();
    if (has(o, "nofollow")) options.nofollow_links = o["nofollow"].as<bool>();
    if (has(o, "newTab")) options.links_new_tab = o["newTab"].as<bool>();
    if (has(o, "maxInputBytes")) options.parse.max_input_bytes = o["maxInputBytes"].as<double>();
    return options;
}

val diagnostics_array(const Diagnostics& diagnostics) {
    val list = val::array();
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        const Diagnostic& d = diagnostics[i];
        val item = val::object();
        item.set("severity", std::string(severity_name(d.severity)));
        item.set("code", d.code);
        item.set("message", d.message);
        item.set("path", d.path);
        item.set("line", d.line);
        item.set("column", d.column);
        list.set(i, item);
    }
    return list;
}

val render_article_js(const std::string& json, const val& options) {
    const RenderResult r = render_article(json, render_options(options));
    val result = val::object();
    result.set("ok", r.ok);
    result.set("html", r.html);
    result.set("diagnostics", diagnostics_array(r.diagnostics));
    return result;
}

val validate_article_js(const std::string& json, const val& options) {
    ParseOptions parse;
    if (has(options, "maxInputBytes")) parse.max_input_bytes = options["maxInputBytes"].as<double>();
    const Diagnostics diagnostics = validate_article(json, parse);
    val result = val::object();
    result.set("ok", !has_errors(diagnostics));
    result.set("diagnostics", diagnostics_array(diagnostics));
    return result;
}

val typograph_js(const std::string& text, const val& options) {
    const TypographResult r = typograph(text, typograph_options(options));
    val result = val::object();
    result.set("text", r.text);
    result.set("diagnostics", diagnostics_array(r.diagnostics));
    return result;
}

val typography_rules_js() {
    const std::vector<RuleInfo> rules = typography_rules();
    val list = val::array();
    for (std::size_t i = 0; i < rules.size(); ++i) {
        val item = val::object();
        item.set("id", rules[i].id);
        item.set("titleRu", rules[i].title_ru);
        item.set("titleEn", rules[i].title_en);
        item.set("onByDefault", rules[i].on_by_default);
        list.set(i, item);
    }
    return list;
}

std::string version_js() { return std::string(version()); }

}  // namespace

EMSCRIPTEN_BINDINGS(verstka) {
    emscripten::function("renderArticle", &render_article_js);
    emscripten::function("validateArticle", &validate_article_js);
    emscripten::function("typograph", &typograph_js);
    emscripten::function("typographyRules", &typography_rules_js);
    emscripten::function("version", &version_js);
}
