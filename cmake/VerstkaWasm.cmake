# The WebAssembly module: Embind bindings over the static library, as an ES module that
# loads verstka.wasm from next to itself (or from bytes the wrapper passes in).
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
  -sFILESYSTEM=0
  -sDYNAMIC_EXECUTION=0
  -sINCOMING_MODULE_JS_API=[wasmBinary,instantiateWasm,locateFile,print,printErr]
  -sMINIFY_HTML=0)
