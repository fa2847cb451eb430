# Strict warnings on our own code only; third-party headers are SYSTEM includes.
function(verstka_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wshadow -Werror)
endfunction()
