# The WebAssembly module: Embind bindings over the static library, as an ES module. The JS
# wrapper (bindings/js) always instantiates it itself, from bytes or a compiled module.

# Speed against size. VerstkaDependencies compiles every wasm object at -Oz; emcc then also
# sets INLINING_LIMIT (-fno-inline-functions), which a later -O3 does not undo, and leaves even
# std::string_view::operator[] out of line: rendering ran 3.4x slower. -O3 (with the size-only
# wasm-opt pass below) came out 6-14% faster than -O2 and no larger. So the package's level is set here, in the flags
# this directory's targets (our modules, the glue, the link) are built with. cmark, configured
# in its own directory already, gets the level and the inlining back per target.
# docs/performance.md has the measured trade-off.
set(VERSTKA_WASM_OPT_LEVEL "-O3" CACHE STRING "Optimisation flag of the wasm build: -O3, -O2, -Os or -Oz")
set(VERSTKA_WASM_MALLOC "emmalloc" CACHE STRING "Emscripten allocator: emmalloc (smaller; as fast here) or dlmalloc")
# libc++ declares std::string and friends `extern template`, so every push_back() or append()
# is a call into the precompiled library: string-building code ran 3.6x slower than with the
# templates instantiated (and inlined) in our own objects.
string(APPEND CMAKE_CXX_FLAGS " -D_LIBCPP_DISABLE_EXTERN_TEMPLATE")
set(CMAKE_C_FLAGS_RELEASE "${VERSTKA_WASM_OPT_LEVEL} -DNDEBUG")
set(CMAKE_CXX_FLAGS_RELEASE "${VERSTKA_WASM_OPT_LEVEL} -DNDEBUG")
if(TARGET cmark_static AND NOT VERSTKA_WASM_OPT_LEVEL MATCHES "^-O[sz]$")
  target_compile_options(cmark_static PRIVATE ${VERSTKA_WASM_OPT_LEVEL} -sINLINING_LIMIT=0)
endif()

add_executable(verstka_wasm bindings/embind.cpp)
set_target_properties(verstka_wasm PROPERTIES OUTPUT_NAME verstka SUFFIX ".mjs")
target_include_directories(verstka_wasm PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}/include")
target_link_libraries(verstka_wasm PRIVATE verstka ${VERSTKA_CMARK_TARGET})
verstka_warnings(verstka_wasm)
target_link_options(verstka_wasm PRIVATE
  -lembind
  -sMODULARIZE=1 -sEXPORT_NAME=createVerstkaModule -sEXPORT_ES6=1
  -sENVIRONMENT=web
  -sALLOW_MEMORY_GROWTH=1
  -sMALLOC=${VERSTKA_WASM_MALLOC}
  -sFILESYSTEM=0
  -sDYNAMIC_EXECUTION=0
  -sINCOMING_MODULE_JS_API=[instantiateWasm,print,printErr]
  -sTEXTDECODER=2
  -sMINIFY_HTML=0)

# A last size-only pass over the linked module: inlining is done by then, so -Oz here shrinks
# (about 1 KB gzip) without the slowdown -Oz has as a compile level.
find_program(VERSTKA_WASM_OPT_TOOL wasm-opt)
if(VERSTKA_WASM_OPT_TOOL AND NOT VERSTKA_WASM_OPT_LEVEL MATCHES "^-O[sz]$")
  add_custom_command(TARGET verstka_wasm POST_BUILD
    COMMAND ${VERSTKA_WASM_OPT_TOOL} -Oz "$<TARGET_FILE_DIR:verstka_wasm>/verstka.wasm" -o "$<TARGET_FILE_DIR:verstka_wasm>/verstka.wasm"
    VERBATIM)
endif()
