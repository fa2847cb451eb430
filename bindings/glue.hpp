// What the two Embind glues share: the renderer's (embind.cpp, verstka.wasm) and the importers'
// (embind_import.cpp, verstka-import.wasm). Each glue is one translation unit of its own
// program, so the definitions here (internal linkage) exist once per module.
#ifndef VERSTKA_BINDINGS_GLUE_HPP
#define VERSTKA_BINDINGS_GLUE_HPP

#include <emscripten/em_js.h>
#include <emscripten/em_macros.h>
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

}  // namespace verstka::glue

// Appends one diagnostic as a JS object to the array `list`, in one call out of the module,
// its strings decoded straight from wasm memory. Through Embind it took eight calls (the object,
// each property, the array's element; each string first copied into a fresh buffer, scanned
// byte by byte in JS and freed), about 3 µs a diagnostic: more than typesetting a short line.
// The keys are in the order of `Diagnostic`'s members, the severities in that of `Severity`.
// clang-format off
EM_JS(void, verstka_push_diagnostic,
      (emscripten::EM_VAL list, int severity, const char* code, std::size_t code_size,
       const char* message, std::size_t message_size, const char* path, std::size_t path_size,
       int line, int column), {
    var text = function(at, size) { return UTF8Decoder.decode(HEAPU8.subarray(at, at + size)); };
    Emval.toValue(list).push({
        severity: ["error", "warning", "info"][severity],
        code: text(code, code_size),
        message: text(message, message_size),
        path: text(path, path_size),
        line: line,
        column: column
    });
});
// clang-format on

namespace verstka::glue {

[[gnu::noinline]] inline val diagnostics_array(const Diagnostics& diagnostics) {
    val list = val::array();
    for (const Diagnostic& d : diagnostics) {
        verstka_push_diagnostic(list.as_handle(), static_cast<int>(d.severity), d.code.data(), d.code.size(),
                                d.message.data(), d.message.size(), d.path.data(), d.path.size(), d.line,
                                d.column);
    }
    return list;
}

// The input text as the wrapper passes it: (pointer, length) of a buffer it filled and frees.
inline std::string_view text_at(std::uintptr_t address, std::size_t length) {
    return {reinterpret_cast<const char*>(address), length};
}

}  // namespace verstka::glue

#endif
