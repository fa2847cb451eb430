// styles/verstka.css, embedded at build time for `verstka render --css`.
#ifndef VERSTKA_CLI_STYLESHEET_HPP
#define VERSTKA_CLI_STYLESHEET_HPP

#include <string_view>

namespace verstka::cli {

std::string_view stylesheet() noexcept;

}  // namespace verstka::cli

#endif
