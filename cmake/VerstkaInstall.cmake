# `cmake --install` puts headers, the static library and a package config in place, so a
# C++ user writes find_package(verstka) and links verstka::verstka.
include(CMakePackageConfigHelpers)

install(TARGETS verstka EXPORT verstkaTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/verstka DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
if(TARGET verstka_cli)
  install(TARGETS verstka_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

set(config_dir ${CMAKE_INSTALL_LIBDIR}/cmake/verstka)
install(EXPORT verstkaTargets NAMESPACE verstka:: DESTINATION ${config_dir})
configure_package_config_file(cmake/verstkaConfig.cmake.in
  "${CMAKE_CURRENT_BINARY_DIR}/verstkaConfig.cmake" INSTALL_DESTINATION ${config_dir})
write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/verstkaConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/verstkaConfig.cmake"
  "${CMAKE_CURRENT_BINARY_DIR}/verstkaConfigVersion.cmake" DESTINATION ${config_dir})
