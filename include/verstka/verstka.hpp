// verstka — Russian news articles as typeset, safe HTML cards.
//
//   #include <verstka/verstka.hpp>
//   verstka::RenderResult r = verstka::render_article(json);
//   if (r.ok) std::cout << r.html;
//   for (const auto& d : r.diagnostics) std::cerr << d.path << ": " << d.message << '\n';
#ifndef VERSTKA_VERSTKA_HPP
#define VERSTKA_VERSTKA_HPP

#include <string_view>

#include "verstka/diagnostic.hpp"
#include "verstka/hyphenate.hpp"
#include "verstka/import.hpp"
#include "verstka/render.hpp"
#include "verstka/typograph.hpp"

namespace verstka {

/// The library version, e.g. "0.1.0" (the npm package's version).
std::string_view version() noexcept;

}  // namespace verstka

#endif
