# The library's modules: one OBJECT library per folder of src/, each declaring the modules it
# uses. A module compiles against itself and the modules it uses (directly or through them)
# and nothing else: its include path is a view of src/ holding only those folders
# (build/modules/NAME/, symbolic links), so an #include of any other folder does not compile.
# Test suites and programs link the objects of the same closure. The layer order these
# declarations follow is checked by scripts/check-layers.mjs (lint step, docs/architecture.md).

# verstka_module(NAME [DEPENDS module...] [LIBRARIES target...])
#   NAME       the folder src/NAME: every .cpp under it
#   DEPENDS    the modules NAME includes or calls, each declared before it (lowest layer first)
#   LIBRARIES  the third-party targets NAME compiles and links against (cmark, nlohmann_json)
function(verstka_module name)
  cmake_parse_arguments(arg "" "" "DEPENDS;LIBRARIES" ${ARGN})
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "verstka_module(${name}): unexpected ${arg_UNPARSED_ARGUMENTS}")
  endif()
  set(closure "")
  set(libraries ${arg_LIBRARIES})
  foreach(dependency IN LISTS arg_DEPENDS)
    if(NOT TARGET verstka_${dependency})
      message(FATAL_ERROR "verstka_module(${name}): '${dependency}' is not a module declared before it")
    endif()
    get_property(dependency_closure GLOBAL PROPERTY VERSTKA_MODULE_${dependency}_CLOSURE)
    get_property(dependency_libraries GLOBAL PROPERTY VERSTKA_MODULE_${dependency}_LIBRARIES)
    list(APPEND closure ${dependency_closure})
    list(APPEND libraries ${dependency_libraries})
  endforeach()
  list(APPEND closure ${name})
  list(REMOVE_DUPLICATES closure)
  list(REMOVE_DUPLICATES libraries)
  set_property(GLOBAL PROPERTY VERSTKA_MODULE_${name}_CLOSURE ${closure})
  set_property(GLOBAL PROPERTY VERSTKA_MODULE_${name}_LIBRARIES ${libraries})
  set_property(GLOBAL APPEND PROPERTY VERSTKA_MODULES ${name})

  file(GLOB_RECURSE sources CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/src/${name}/*.cpp")
  if(NOT sources)
    message(FATAL_ERROR "verstka_module(${name}): src/${name}/ has no .cpp file")
  endif()
  add_library(verstka_${name} OBJECT ${sources})
  verstka_source_view(${name} ${closure})
  verstka_module_headers(verstka_${name} ${name})
  target_compile_definitions(verstka_${name} PRIVATE JSON_NOEXCEPTION)
  target_link_libraries(verstka_${name} PRIVATE ${arg_LIBRARIES})
  verstka_warnings(verstka_${name})
endfunction()

# Makes build/modules/VIEW/: a view of src/ holding only the given folders.
function(verstka_source_view view)
  set(directory "${PROJECT_BINARY_DIR}/modules/${view}")
  file(REMOVE_RECURSE "${directory}")  # removes the links, never what they point to
  file(MAKE_DIRECTORY "${directory}")
  foreach(folder IN LISTS ARGN)
    file(CREATE_LINK "${PROJECT_SOURCE_DIR}/src/${folder}" "${directory}/${folder}" SYMBOLIC)
  endforeach()
endfunction()

# Puts the public headers and the view VIEW (a module's: the module and every module it
# uses) on the include path of `target`.
function(verstka_module_headers target view)
  target_include_directories(${target} PRIVATE "${PROJECT_SOURCE_DIR}/include"
    "${PROJECT_BINARY_DIR}/modules/${view}" "${PROJECT_BINARY_DIR}/generated")
endfunction()

# Sets `out_objects` to the object files of `modules` and of every module they use, and
# `out_libraries` to the third-party targets those link.
function(verstka_module_closure out_objects out_libraries)
  set(modules "")
  set(libraries "")
  foreach(module IN LISTS ARGN)
    if(NOT TARGET verstka_${module})
      message(FATAL_ERROR "'${module}' is not a verstka module")
    endif()
    get_property(closure GLOBAL PROPERTY VERSTKA_MODULE_${module}_CLOSURE)
    get_property(module_libraries GLOBAL PROPERTY VERSTKA_MODULE_${module}_LIBRARIES)
    list(APPEND modules ${closure})
    list(APPEND libraries ${module_libraries})
  endforeach()
  list(REMOVE_DUPLICATES modules)
  list(REMOVE_DUPLICATES libraries)
  set(objects "")
  foreach(module IN LISTS modules)
    list(APPEND objects $<TARGET_OBJECTS:verstka_${module}>)
  endforeach()
  set(${out_objects} ${objects} PARENT_SCOPE)
  set(${out_libraries} ${libraries} PARENT_SCOPE)
endfunction()
