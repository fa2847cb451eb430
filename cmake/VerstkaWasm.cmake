# The WebAssembly modules: Embind bindings over the static library, as ES modules — the
# renderer's (verstka.wasm) and the importers' (verstka-import.wasm). The JS wrapper
# (bindings/js) always instantiates them itself, from bytes or a compiled module.

# dlmalloc: a render allocates a few hundred blocks (the JSON document, the article, cmark's
# nodes, the runs), and emmalloc's free-list search was a tenth of a render in the browser;
# dlmalloc renders 5–8 % faster for 1.5 KB gzip more (docs/performance.md).
set(VERSTKA_WASM_MALLOC "dlmalloc" CACHE STRING "Emscripten allocator: dlmalloc (faster) or emmalloc (smaller)")

# Targets compiled for size (-Oz marks their functions `optsize minsize`, which the LTO link
# keeps) while the rest stays -O3. cmark: 6 KB gzip less at -Os (its largest function is a
# case-folding switch for link labels) for about 4% of render time; -Oz now, with the cold
# sources below (5.9 KB together). docs/performance.md has the numbers.
set(VERSTKA_WASM_SIZE_TARGETS "cmark_static" CACHE STRING "Targets compiled with -Oz in the wasm build")
foreach(target IN LISTS VERSTKA_WASM_SIZE_TARGETS)
  if(TARGET ${target})
    target_compile_options(${target} PRIVATE -Oz)
  endif()
endforeach()
# Except cmark's inline parser, -Os: at -Oz clang leaves the zeroing of its 1,001 backtick
# counters, done once per paragraph parsed (subject_from_buf), a loop of single stores, which
# was 2 % of a render in the browser; -Os makes it one memory.fill.
if(TARGET cmark_static AND "cmark_static" IN_LIST VERSTKA_WASM_SIZE_TARGETS)
  set_source_files_properties("${cmark_SOURCE_DIR}/src/inlines.c" DIRECTORY "${cmark_SOURCE_DIR}/src"
    PROPERTIES COMPILE_OPTIONS -Os)
endif()

# Cold code of the renderer's module, compiled -Oz: it places and words the diagnostics of a
# faulty article or reads its one or two dates, never per field of a clean render; the module's
# download is a budget (tests/js/package.test.mjs). The article validator is -Os (5 KB gzip
# less): it runs once per field, but the JSON lexing and the DOM it walks (json_reader.cpp),
# where the `article` module's time goes, stay -O3 (the whole module at -Os cost 30%); its
# reporting helpers are [[gnu::cold]]. docs/performance.md has the measured cost. Also -Oz:
# parse_article.cpp and api.cpp, which call the reader, the validator and the card once per
# article and place and sort diagnostics (the callees keep their own level: an -Oz caller only
# stops them being inlined into it; 4.5 KB gzip less, no cost an interleaved bench could see),
# and json_ld.cpp, once per card with jsonLd on; html_fragment.cpp, which splits an HTML
# fragment into runs for hyphenate({ html }) and the hyphenated card (off by default; the
# pattern lookup it calls, patterns.cpp, stays -O3).
set(VERSTKA_WASM_COLD_SOURCES src/article/json_locator.cpp src/article/message_text.cpp src/api/field_positions.cpp
  src/markdown/report.cpp src/article/date_time.cpp src/article/parse_article.cpp src/api/api.cpp
  src/render/json_ld.cpp src/hyphenation/html_fragment.cpp src/article/russian_date.cpp)
set_source_files_properties(${VERSTKA_WASM_COLD_SOURCES} PROPERTIES COMPILE_OPTIONS -Oz)
set_source_files_properties(src/article/article_validator.cpp PROPERTIES COMPILE_OPTIONS -Os)

# The glue's side of the options protocol, generated from the wrapper's table (options.js).
find_program(VERSTKA_NODE_TOOL node REQUIRED NO_CMAKE_FIND_ROOT_PATH)
set(VERSTKA_OPTIONS_PROTOCOL "${CMAKE_CURRENT_BINARY_DIR}/generated/bindings/options_protocol.hpp")
add_custom_command(OUTPUT "${VERSTKA_OPTIONS_PROTOCOL}"
  COMMAND "${VERSTKA_NODE_TOOL}" scripts/generate-options-protocol.mjs "${VERSTKA_OPTIONS_PROTOCOL}"
  WORKING_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}"
  DEPENDS scripts/generate-options-protocol.mjs bindings/js/protocol.js bindings/js/options.js
  COMMENT "Generating the options protocol from bindings/js/options.js"
  VERBATIM)

add_executable(verstka_wasm bindings/embind.cpp "${VERSTKA_OPTIONS_PROTOCOL}")
set_target_properties(verstka_wasm PROPERTIES OUTPUT_NAME verstka SUFFIX ".mjs")
target_include_directories(verstka_wasm PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/generated/bindings")
target_link_libraries(verstka_wasm PRIVATE verstka ${VERSTKA_CMARK_TARGET})
add_dependencies(verstka_wasm verstka_hyphenation_table)  # the patterns' ES module (VerstkaHyphenation.cmake)
verstka_warnings(verstka_wasm)
set(VERSTKA_WASM_LINK_OPTIONS
  -lembind
  -sMODULARIZE=1 -sEXPORT_ES6=1
  -sENVIRONMENT=web
  -sALLOW_MEMORY_GROWTH=1
  -sMALLOC=${VERSTKA_WASM_MALLOC}
  -sFILESYSTEM=0
  -sDYNAMIC_EXECUTION=0
  -sINCOMING_MODULE_JS_API=[instantiateWasm,print,printErr]
  -sTEXTDECODER=2
  -sMINIFY_HTML=0)
target_link_options(verstka_wasm PRIVATE ${VERSTKA_WASM_LINK_OPTIONS} -sEXPORT_NAME=createVerstkaModule)

# The importers' module (verstka-import.wasm), which the wrapper loads on demand (initImport()):
# the plain-text and Editor.js importers are cold code most pages never run, so they stay out of
# the renderer's download (tests/js/package.test.mjs holds both budgets). It links from the same
# library; only what the importers reach is kept. Linked -Oz: nothing in it is a hot path.
add_executable(verstka_import_wasm bindings/embind_import.cpp "${VERSTKA_OPTIONS_PROTOCOL}")
set_target_properties(verstka_import_wasm PROPERTIES OUTPUT_NAME verstka-import SUFFIX ".mjs")
target_include_directories(verstka_import_wasm PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/generated/bindings")
target_link_libraries(verstka_import_wasm PRIVATE verstka)
verstka_warnings(verstka_import_wasm)
target_link_options(verstka_import_wasm PRIVATE ${VERSTKA_WASM_LINK_OPTIONS} -sEXPORT_NAME=createVerstkaImportModule -Oz)
# Built with the renderer's module: one target (verstka_wasm) still builds the whole package.
add_dependencies(verstka_wasm verstka_import_wasm)

# A last size-only pass over the linked module: inlining is done by then, so -Oz here shrinks
# (about 1 KB gzip) without the slowdown -Oz has as a compile level. --converge repeats it while
# it gains; --low-memory-unused lets it fold constant addresses into loads and stores, true of an
# Emscripten module, whose data starts at 1024 (0.26 KB gzip together). The linked module keeps
# no record of its features, so the pass is given the ones it was compiled with.
find_program(VERSTKA_WASM_OPT_TOOL wasm-opt)
if(VERSTKA_WASM_OPT_TOOL AND NOT VERSTKA_WASM_OPT_LEVEL MATCHES "^-O[sz]$")
  list(TRANSFORM VERSTKA_WASM_FEATURES REPLACE "^-m" "--enable-" OUTPUT_VARIABLE wasm_opt_features)
  set(wasm_opt ${VERSTKA_WASM_OPT_TOOL} ${wasm_opt_features} -Oz --converge --low-memory-unused)
  add_custom_command(TARGET verstka_wasm POST_BUILD
    COMMAND ${wasm_opt} "$<TARGET_FILE_DIR:verstka_wasm>/verstka.wasm" -o "$<TARGET_FILE_DIR:verstka_wasm>/verstka.wasm"
    VERBATIM)
  add_custom_command(TARGET verstka_import_wasm POST_BUILD
    COMMAND ${wasm_opt} "$<TARGET_FILE_DIR:verstka_import_wasm>/verstka-import.wasm" -o "$<TARGET_FILE_DIR:verstka_import_wasm>/verstka-import.wasm"
    VERBATIM)
endif()
