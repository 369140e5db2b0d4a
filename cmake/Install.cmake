# What 'cmake --install' puts where, in two components:
#   runtime      the raci binary, the man page raci(1) and the bash, zsh and fish completions;
#   development  libraci.a, its headers and the CMake package (find_package(raci)).
include(CMakePackageConfigHelpers)

install(TARGETS raci RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)

# The man page, compressed as Debian ships them.
set(raci_man_page ${PROJECT_BINARY_DIR}/raci.1.gz)
add_custom_command(
  OUTPUT ${raci_man_page}
  COMMAND gzip -9 -n -c ${PROJECT_SOURCE_DIR}/docs/raci.1 > ${raci_man_page}
  DEPENDS ${PROJECT_SOURCE_DIR}/docs/raci.1
  COMMENT "Compressing the man page")
# The completion scripts, printed by the binary just built: they follow its definition.
set(raci_completions ${PROJECT_BINARY_DIR}/completions)
add_custom_command(
  OUTPUT ${raci_completions}/raci ${raci_completions}/_raci ${raci_completions}/raci.fish
  COMMAND ${CMAKE_COMMAND} -E make_directory ${raci_completions}
  COMMAND raci completion bash > ${raci_completions}/raci
  COMMAND raci completion zsh > ${raci_completions}/_raci
  COMMAND raci completion fish > ${raci_completions}/raci.fish
  DEPENDS raci
  COMMENT "Generating the bash, zsh and fish completions")
add_custom_target(raci_install_files ALL
  DEPENDS ${raci_man_page} ${raci_completions}/raci ${raci_completions}/_raci
          ${raci_completions}/raci.fish)

install(FILES ${raci_man_page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT runtime)
install(FILES ${raci_completions}/raci
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions COMPONENT runtime)
install(FILES ${raci_completions}/_raci
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions COMPONENT runtime)
install(FILES ${raci_completions}/raci.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d COMPONENT runtime)

set(raci_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/raci)
install(TARGETS raci_lib EXPORT raciTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/raci
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT development)
install(EXPORT raciTargets NAMESPACE raci:: DESTINATION ${raci_cmake_dir}
        COMPONENT development)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/raciConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/raciConfig.cmake
                              INSTALL_DESTINATION ${raci_cmake_dir})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/raciConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/raciConfig.cmake ${PROJECT_BINARY_DIR}/raciConfigVersion.cmake
        DESTINATION ${raci_cmake_dir} COMPONENT development)
