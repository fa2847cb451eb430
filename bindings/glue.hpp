// What the two Embind glues share: the renderer's (embind.cpp, verstka.wasm) and the importers'
// (embind_import.cpp, verstka-import.wasm). Each glue is one translation unit of its own
// program, so the definitions here (internal linkage) exist once per module.
#ifndef VERSTKA_BINDINGS_GLUE_HPP
#define VERSTKA_BINDINGS_GLUE_HPP

#include <emscripten/val.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "verstka/diagnostic.hpp"

namespace verstka::glue {

using emscripten::val;

// Property names registered once: Embind then hands JS a cached string for each key instead of
// decoding the C string on every set() (7% of a render with a few diagnostics).
EMSCRIPTEN_SYMBOL(ok);
EMSCRIPTEN_SYMBOL(diagnostics);
EMSCRIPTEN_SYMBOL(severity);
EMSCRIPTEN_SYMBOL(code);
EMSCRIPTEN_SYMBOL(message);
EMSCRIPTEN_SYMBOL(path);
EMSCRIPTEN_SYMBOL(line);
EMSCRIPTEN_SYMBOL(column);
EMSCRIPTEN_SYMBOL(error);
EMSCRIPTEN_SYMBOL(warning);
EMSCRIPTEN_SYMBOL(info);

inline val diagnostics_array(const Diagnostics& diagnostics) {
    val list = val::array();
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        const Diagnostic& d = diagnostics[i];
        val item = val::object();
        item.set(severity_symbol, val(d.severity == Severity::error     ? error_symbol
                                      : d.severity == Severity::warning ? warning_symbol
                                                                        : info_symbol));
        item.set(code_symbol, d.code);
        item.set(message_symbol, d.message);
        item.set(path_symbol, d.path);
        item.set(line_symbol, d.line);
        item.set(column_symbol, d.column);
        list.set(i, item);
    }
    return list;
}

// The input text as the wrapper passes it: (pointer, length) of a buffer it filled and frees.
inline std::string_view text_at(std::uintptr_t address, std::size_t length) {
    return {reinterpret_cast<const char*>(address), length};
}

}  // namespace verstka::glue

#endif
