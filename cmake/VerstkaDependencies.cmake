# Third-party dependencies: Debian's packages natively; for WebAssembly, cmark is built from
# the Debian source tarball that scripts/setup.sh fetched (checked by SHA256 here).
include(GNUInstallDirs)

if(EMSCRIPTEN)
  # One optimisation level for every wasm object (ours and cmark's) and the link, set here
  # before cmark's directory captures the flags. Speed against size: emcc's -Oz also sets
  # INLINING_LIMIT, which a later -O3 does not undo, and leaves even string_view::operator[]
  # out of line: rendering ran 3.4x slower. -O3 plus a size-only wasm-opt pass after linking
  # (cmake/VerstkaWasm.cmake) came out faster than -O2 and no larger; docs/performance.md has
  # the measured trade-off. -flto goes in the plain flags (CMake's IPO switch asks for thin
  # LTO, whose libraries Debian's emscripten lacks). No exceptions at all.
  set(VERSTKA_WASM_OPT_LEVEL "-O3" CACHE STRING "Optimisation flag of the wasm build: -O3, -O2, -Os or -Oz")
  # libc++ declares std::string and friends `extern template`, so every push_back() or append()
  # is a call into the precompiled library: string-building code ran 3.6x slower than with the
  # templates instantiated (and inlined) in our own objects.
  # Two WebAssembly features past the 1.0 core, in every engine verstka runs on (Chrome 75,
  # Firefox 79, Safari 15, Node 12.5 and later, hence Deno, Bun and workerd too): sign
  # extension (one instruction for `int8_t` → `int`, not two shifts) and bulk memory
  # (`memory.copy`/`memory.fill` for memcpy and memset). Emscripten turns both on by default
  # from 4.0; here they make typograph() 2 % and renderArticle() 3 % faster and the module
  # 0.07 KB gzip smaller (docs/performance.md). The size-only wasm-opt pass
  # (cmake/VerstkaWasm.cmake) is told of them too.
  set(VERSTKA_WASM_FEATURES -msign-ext -mbulk-memory)
  list(JOIN VERSTKA_WASM_FEATURES " " features)
  set(CMAKE_C_FLAGS "${CMAKE_C_FLAGS} -flto ${features}")
  set(CMAKE_CXX_FLAGS "${CMAKE_CXX_FLAGS} -flto ${features} -fno-exceptions -D_LIBCPP_DISABLE_EXTERN_TEMPLATE")
  set(CMAKE_C_FLAGS_RELEASE "${VERSTKA_WASM_OPT_LEVEL} -DNDEBUG")
  set(CMAKE_CXX_FLAGS_RELEASE "${VERSTKA_WASM_OPT_LEVEL} -DNDEBUG")
  # NodeSource's node does not search /usr/share/nodejs, where Debian's acorn lives.
  set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)
  set(VERSTKA_CMARK_TARBALL "${CMAKE_CURRENT_SOURCE_DIR}/third_party/cmark_0.30.2.orig.tar.gz")
  if(NOT EXISTS "${VERSTKA_CMARK_TARBALL}")
    message(FATAL_ERROR "${VERSTKA_CMARK_TARBALL} is missing: run scripts/setup.sh")
  endif()
  include(FetchContent)
  FetchContent_Declare(cmark
    URL "${VERSTKA_CMARK_TARBALL}"
    URL_HASH SHA256=6c7d2bcaea1433d977d8fed0b55b71c9d045a7cdf616e3cd2dce9007da753db3
    DOWNLOAD_EXTRACT_TIMESTAMP TRUE)
  FetchContent_GetProperties(cmark)
  if(NOT cmark_POPULATED)
    FetchContent_Populate(cmark)
  endif()
  set(CMARK_TESTS OFF CACHE BOOL "" FORCE)  # plain set() is ignored (CMP0077 OLD in cmark)
  set(CMARK_SHARED OFF CACHE BOOL "" FORCE)
  set(CMARK_STATIC ON CACHE BOOL "" FORCE)
  add_subdirectory(${cmark_SOURCE_DIR} ${cmark_BINARY_DIR} EXCLUDE_FROM_ALL)
  set(VERSTKA_CMARK_TARGET cmark::cmark_static)
  # find_package(nlohmann_json) would add -isystem /usr/include and break the wasm libc.
  file(COPY /usr/include/nlohmann DESTINATION ${CMAKE_BINARY_DIR}/sysdeps/include)
  add_library(verstka_nlohmann_json INTERFACE)
  target_include_directories(verstka_nlohmann_json SYSTEM INTERFACE ${CMAKE_BINARY_DIR}/sysdeps/include)
  set(VERSTKA_JSON_TARGET verstka_nlohmann_json)
else()
  find_package(PkgConfig REQUIRED)
  # find_package(cmark) needs the cmark CLI package; pkg-config needs only libcmark-dev.
  pkg_check_modules(CMARK REQUIRED IMPORTED_TARGET GLOBAL libcmark>=0.30)
  set(VERSTKA_CMARK_TARGET PkgConfig::CMARK)
  find_package(nlohmann_json 3.10 REQUIRED)
  set(VERSTKA_JSON_TARGET nlohmann_json::nlohmann_json)
  set(THREADS_PREFER_PTHREAD_FLAG ON)
  find_package(Threads REQUIRED)
endif()
