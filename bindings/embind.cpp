// Embind glue: one UTF-8 text and a few numbers in, one plain JS value out per call. This is the
// renderer's module (verstka.wasm); the importers have their own (embind_import.cpp).
//
// The JS wrapper (bindings/js/core.js) checks every argument and flattens the options into
// primitives (bindings/js/protocol.js), so nothing here reads JS objects property by property
// (each read is a round trip through Embind's handle table). The input text arrives as (pointer, length) of a
// buffer the wrapper allocated and filled with TextEncoder.encodeInto, and frees after the call: Embind's own
// std::string conversion copies byte by byte in JS, a fifth of typograph()'s time. No C++ exception exists in
// this build (-fno-exceptions): bad input comes back as {ok: false, diagnostics}, never as a trap.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "glue.hpp"
#include "options_protocol.hpp"  // generated from bindings/js/options.js at build time
#include "verstka/verstka.hpp"

namespace {

using emscripten::val;
using namespace verstka;
using namespace verstka::glue;

// The options protocol: which bit of `flags` and which field of `choices` is which option is
// generated from the wrapper's table (bindings/js/options.js). Each switch below names every
// option of the table; with -Wswitch -Werror one the glue does not map does not compile.
using protocol::Choice;
using protocol::Flag;

void set_flag(RenderOptions& options, Flag flag, bool on) {
    switch (flag) {
        case Flag::typography:
            options.typography = on;
            return;
        case Flag::jsonLd:
            options.json_ld = on;
            return;
        case Flag::nofollow:
            options.nofollow_links = on;
            return;
        case Flag::newTab:
            options.links_new_tab = on;
            return;
        case Flag::entities:
            options.typograph.chars = on ? CharOutput::entities : CharOutput::unicode;
            return;
        case Flag::englishQuotes:
            options.typograph.english_quotes_for_latin = on;
            return;
        case Flag::html:
            options.typograph.mode = on ? TextMode::html : TextMode::text;
            return;
        case Flag::hyphenation:
            options.hyphenation = on;
            return;
    }
}

void set_choice(RenderOptions& options, Choice choice, unsigned choices) {
    switch (choice) {
        case Choice::layout:
            protocol::pick(choices, choice, protocol::kLayoutValues, options.layout);
            return;
        case Choice::rawHtml:
            protocol::pick(choices, choice, protocol::kRawHtmlValues, options.raw_html);
            return;
    }
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

// The rules switched on and off (`enable`, `disable`) of every call that typesets, kept from one
// call to the next: the wrapper sends them (setRuleLists) only when a call's lists differ from
// the ones held, so an ordinary call passes no string through Embind, whose two conversions (a
// buffer allocated, filled and freed in JS for each) were an eighth of a call of
// typograph('a'). A new instance holds none, as the wrapper assumes of it.
struct RuleLists {
    std::vector<std::string> enable;
    std::vector<std::string> disable;
};

RuleLists& held_rule_lists() {
    static RuleLists lists;
    return lists;
}

[[gnu::cold]] void set_rule_lists_js(const std::string& enable, const std::string& disable) {
    held_rule_lists() = {rule_list(enable), rule_list(disable)};
}

// Options not given keep the defaults of the C++ structs; heading_base 0 and max_bytes < 0
// mean "not given". typograph() reads the `typograph` member only.
RenderOptions decode_options(unsigned flags, unsigned choices, int heading_base, double max_bytes) {
    RenderOptions options;
    for (const Flag flag : protocol::kFlags) {
        if (protocol::given(flags, flag)) set_flag(options, flag, protocol::value(flags, flag));
    }
    for (const Choice choice : protocol::kChoices) set_choice(options, choice, choices);
    if (heading_base > 0) options.markdown_heading_base = heading_base;
    if (max_bytes >= 0) options.parse.max_input_bytes = static_cast<std::size_t>(max_bytes);
    options.typograph.enable = held_rule_lists().enable;
    options.typograph.disable = held_rule_lists().disable;
    return options;
}

// Property names registered once (the shared ones are in glue.hpp).
EMSCRIPTEN_SYMBOL(html);
EMSCRIPTEN_SYMBOL(id);
EMSCRIPTEN_SYMBOL(titleRu);
EMSCRIPTEN_SYMBOL(titleEn);
EMSCRIPTEN_SYMBOL(onByDefault);
EMSCRIPTEN_SYMBOL(texts);

// A long text handed to JS as a view of the wasm memory, which the wrapper decodes at once
// (TextDecoder) before its next call into the module: Embind's std::string conversion walks
// every byte in JS twice (a search for NULs, then the decoder's own), a fifth of hyphenate()'s
// time on a long text. The text stays here until the next such call.
val text_view(std::string text) {
    static std::string kept;
    kept = std::move(text);
    return val(
        emscripten::typed_memory_view(kept.size(), reinterpret_cast<const unsigned char*>(kept.data())));
}

// UTF-16 code units in the wasm memory, kept until the next conversion.
struct Utf16 {
    const std::uint16_t* units;
    std::size_t count;
};

// A text as UTF-16 code units, which the result objects below hand to JS as a view and the
// wrapper decodes at once with TextDecoder('utf-16le') before its next call into the module.
// For the card: Node's UTF-8 decoding of Cyrillic runs at ~140 MB/s (40 µs of a 6 KB card, a
// seventh of a render), its UTF-16 decoding at over 1 GB/s, and converting here costs a few
// µs. The text is valid UTF-8 (the card's writer sees to it); a byte that is not is read as
// U+FFFD all the same.
Utf16 utf16_units(const std::string& text) {
    static std::vector<std::uint16_t> kept;
    if (kept.size() < text.size()) kept.resize(text.size());  // never more units than bytes
    const auto* in = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::uint16_t* out = kept.data();
    std::size_t units = 0;
    for (std::size_t i = 0; i < size;) {
        const unsigned lead = in[i];
        if (lead < 0x80) {
            out[units++] = static_cast<std::uint16_t>(lead);
            ++i;
            continue;
        }
        if (lead >= 0xC0 && lead < 0xE0 && i + 1 < size) {  // two bytes: Cyrillic, NBSP, « »
            out[units++] = static_cast<std::uint16_t>(((lead & 0x1Fu) << 6) | (in[i + 1] & 0x3Fu));
            i += 2;
            continue;
        }
        const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        std::uint32_t code = 0xFFFD;
        if (length > 1 && i + length <= size) {
            code = lead & (0x7Fu >> length);
            for (std::size_t k = 1; k < length; ++k) code = (code << 6) | (in[i + k] & 0x3Fu);
        }
        i += length > 1 && i + length <= size ? length : 1;
        if (code >= 0x10000) {
            code -= 0x10000;
            out[units++] = static_cast<std::uint16_t>(0xD800 + (code >> 10));
            out[units++] = static_cast<std::uint16_t>(0xDC00 + (code & 0x3FF));
        } else {
            out[units++] = static_cast<std::uint16_t>(code);
        }
    }
    return {out, units};
}

}  // namespace

// The result objects of renderArticle() and typograph(), each made in one call out of the module
// (through Embind: the object, then a key and a value per property, and a release of each, a
// dozen calls). The text is a view of `units`, made here, after every allocation of the call,
// so that no growth of the memory detaches it before the wrapper decodes it.
// clang-format off
EM_JS(emscripten::EM_VAL, verstka_card_result,
      (int ok, const std::uint16_t* units, std::size_t count, emscripten::EM_VAL diagnostics), {
    return Emval.toHandle({
        ok: ok !== 0,
        html: HEAPU16.subarray(units >> 1, (units >> 1) + count),
        diagnostics: Emval.toValue(diagnostics)
    });
});
EM_JS(emscripten::EM_VAL, verstka_text_result,
      (const std::uint16_t* units, std::size_t count, emscripten::EM_VAL diagnostics), {
    return Emval.toHandle({
        text: HEAPU16.subarray(units >> 1, (units >> 1) + count),
        diagnostics: Emval.toValue(diagnostics)
    });
});
// clang-format on

namespace {

// The card comes back as UTF-16 units (Embind's copy and two byte loops were a tenth of a
// render), and so does typograph()'s text.
val render_article_js(std::uintptr_t json, std::size_t length, double max_bytes, unsigned flags,
                      unsigned choices, int heading_base) {
    RenderResult r =
        render_article(text_at(json, length), decode_options(flags, choices, heading_base, max_bytes));
    const val diagnostics = diagnostics_array(r.diagnostics);
    const Utf16 html = utf16_units(r.html);
    return val::take_ownership(
        verstka_card_result(r.ok ? 1 : 0, html.units, html.count, diagnostics.as_handle()));
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
[[gnu::cold]] val input_too_large_js(double bytes, double max_bytes, bool render) {
    ParseOptions parse;
    if (max_bytes >= 0) parse.max_input_bytes = static_cast<std::size_t>(max_bytes);
    const Diagnostics diagnostics = check_input_size(static_cast<std::size_t>(bytes), parse);
    val result = val::object();
    result.set(ok_symbol, !has_errors(diagnostics));
    if (render) result.set(html_symbol, std::string());
    result.set(diagnostics_symbol, diagnostics_array(diagnostics));
    return result;
}

val typograph_js(std::uintptr_t text, std::size_t length, unsigned flags) {
    const TypographResult r = typograph(text_at(text, length), decode_options(flags, 0, 0, -1).typograph);
    const val diagnostics = diagnostics_array(r.diagnostics);
    const Utf16 typeset = utf16_units(r.text);
    return val::take_ownership(verstka_text_result(typeset.units, typeset.count, diagnostics.as_handle()));
}

// hyphenate() reads the `html` and `entities` flags (as typograph() does) and the word length.
// The text comes back as a text_view.
val hyphenate_js(std::uintptr_t text, std::size_t length, unsigned flags, int min_word_length) {
    const TypographOptions flagged = decode_options(flags, 0, 0, -1).typograph;
    HyphenateOptions options;
    options.mode = flagged.mode;
    options.chars = flagged.chars;
    options.min_word_length = static_cast<std::size_t>(min_word_length);
    return text_view(hyphenate(text_at(text, length), options));
}

bool hyphenation_loaded_js() { return hyphenation_patterns_loaded(); }

// Cold (as the glue below marked so): once per instance, or off the render path.
[[gnu::cold]] bool load_hyphenation_js(const std::string& patterns, const std::string& exceptions) {
    return load_hyphenation_patterns(patterns, exceptions);
}

// typographRuns(): the runs' UTF-8 texts one after another at (text, length); `layout` gives
// each run's byte length, with 'v' after a verbatim one and ',' between ("12,3v,40"). The
// wrapper writes both; a layout that does not add up to `length` (a bug) cuts the last runs.
// Cold (compiled for size, nothing inlined into it): off the hot path, and the package has a size budget.
[[gnu::cold]] val typograph_runs_js(std::uintptr_t text, std::size_t length, const std::string& layout,
                                    unsigned flags) {
    // Sized once and filled in place: no growth path of a vector of runs in the wasm.
    std::vector<TextRun> runs(
        layout.empty() ? 0 : 1 + static_cast<std::size_t>(std::count(layout.begin(), layout.end(), ',')));
    std::size_t offset = 0;
    std::size_t run = 0;
    std::size_t size = 0;
    for (std::size_t i = 0; i <= layout.size(); ++i) {
        const char c = i < layout.size() ? layout[i] : ',';
        if (c >= '0' && c <= '9') {
            size = size * 10 + static_cast<std::size_t>(c - '0');
        } else if (c == 'v' && run < runs.size()) {
            runs[run].verbatim = true;
        } else if (c == ',' && run < runs.size()) {
            const std::size_t start = offset < length ? offset : length;
            const std::size_t taken = size < length - start ? size : length - start;
            runs[run++].text.assign(reinterpret_cast<const char*>(text) + start, taken);
            offset = start + taken;
            size = 0;
        }
    }
    const Diagnostics diagnostics = typograph_runs(runs, decode_options(flags, 0, 0, -1).typograph);
    val texts = val::array();
    for (std::size_t i = 0; i < runs.size(); ++i) texts.set(i, runs[i].text);
    val result = val::object();
    result.set(texts_symbol, texts);
    result.set(diagnostics_symbol, diagnostics_array(diagnostics));
    return result;
}

[[gnu::cold]] val typography_rules_js() {
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
    emscripten::function("typograph", &typograph_js);
    emscripten::function("hyphenate", &hyphenate_js);
    emscripten::function("hyphenationLoaded", &hyphenation_loaded_js);
    emscripten::function("loadHyphenation", &load_hyphenation_js);
    emscripten::function("typographyRules", &typography_rules_js);
    emscripten::function("typographRuns", &typograph_runs_js);
    emscripten::function("setRuleLists", &set_rule_lists_js);
    emscripten::function("version", &version_js);
}
