# The WebAssembly module: Embind bindings over the static library, as an ES module. The JS
# wrapper (bindings/js) always instantiates it itself, from bytes or a compiled module.

set(VERSTKA_WASM_MALLOC "emmalloc" CACHE STRING "Emscripten allocator: emmalloc (smaller; as fast here) or dlmalloc")

# Targets compiled for size (-Os marks their functions `optsize`, which the LTO link keeps)
# while the rest stays -O3. cmark: 6 KB gzip less (its largest function is a case-folding switch
# for link labels) for about 4% of render time. Our `article` module would save 11 KB more
# but costs 30%: JSON parsing is on the hot path. docs/performance.md has the numbers.
set(VERSTKA_WASM_SIZE_TARGETS "cmark_static" CACHE STRING "Targets compiled with -Os in the wasm build")
foreach(target IN LISTS VERSTKA_WASM_SIZE_TARGETS)
  if(TARGET ${target})
    target_compile_options(${target} PRIVATE -Os)
  endif()
endforeach()

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
