# The Russian hyphenation table compiled into the `hyphenation` module: generated at build time
# from the hyph-utf8 pattern files that scripts/setup.sh fetched from Debian (third_party/ is not
# committed, and neither is the generated table).
find_program(VERSTKA_NODE_TOOL node REQUIRED NO_CMAKE_FIND_ROOT_PATH)
set(VERSTKA_HYPHENATION_PATTERNS "${PROJECT_SOURCE_DIR}/third_party/hyph-utf8/hyph-ru.pat.txt")
set(VERSTKA_HYPHENATION_EXCEPTIONS "${PROJECT_SOURCE_DIR}/third_party/hyph-utf8/hyph-ru.hyp.txt")
foreach(file IN ITEMS "${VERSTKA_HYPHENATION_PATTERNS}" "${VERSTKA_HYPHENATION_EXCEPTIONS}")
  if(NOT EXISTS "${file}")
    message(FATAL_ERROR "${file} is missing: run scripts/setup.sh")
  endif()
endforeach()
# Native: compiled in. WebAssembly: an ES module beside the .wasm (scripts/assemble-dist.mjs puts
# it in dist/), which the JS wrapper imports only when hyphenation is asked for.
if(EMSCRIPTEN)
  set(VERSTKA_HYPHENATION_TABLE "${PROJECT_BINARY_DIR}/verstka-hyphenation-ru.js")
else()
  set(VERSTKA_HYPHENATION_TABLE "${PROJECT_BINARY_DIR}/generated/hyphenation/russian_table.cpp")
endif()
add_custom_command(OUTPUT "${VERSTKA_HYPHENATION_TABLE}"
  COMMAND "${VERSTKA_NODE_TOOL}" scripts/generate-hyphenation-table.mjs
    "${VERSTKA_HYPHENATION_PATTERNS}" "${VERSTKA_HYPHENATION_EXCEPTIONS}" "${VERSTKA_HYPHENATION_TABLE}"
  WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
  DEPENDS scripts/generate-hyphenation-table.mjs "${VERSTKA_HYPHENATION_PATTERNS}" "${VERSTKA_HYPHENATION_EXCEPTIONS}"
  COMMENT "Generating the Russian hyphenation table from hyph-utf8"
  VERBATIM)
if(EMSCRIPTEN)
  add_custom_target(verstka_hyphenation_table DEPENDS "${VERSTKA_HYPHENATION_TABLE}")
else()
  target_sources(verstka_hyphenation PRIVATE "${VERSTKA_HYPHENATION_TABLE}")
  target_compile_definitions(verstka_hyphenation PRIVATE VERSTKA_HYPHENATION_TABLE_BUILT_IN)
endif()
