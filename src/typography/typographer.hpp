// The typography engine's interface for the rest of the library.
#ifndef VERSTKA_TYPOGRAPHY_TYPOGRAPHER_HPP
#define VERSTKA_TYPOGRAPHY_TYPOGRAPHER_HPP

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "verstka/diagnostic.hpp"
#include "verstka/typograph.hpp"

namespace verstka::detail {

/// One text node of a paragraph. Runs are typeset together so that quotes pair and
/// non-breaking spaces land across inline markup; a `verbatim` run (inline code, an
/// autolink's text) is never changed and reads as one opaque word to its neighbours.
struct TextRun {
    std::string text;
    bool verbatim = false;
};

/// A configured engine: the rule set is resolved once, then used for many paragraphs.
/// Thread-compatible: one instance may be used by many threads at once (it is immutable).
class Typographer {
public:
    explicit Typographer(const TypographOptions& options = {});
    ~Typographer();
    Typographer(Typographer&&) noexcept;
    Typographer& operator=(Typographer&&) noexcept;

    /// Typesets the runs of one paragraph in place (plain-text semantics, Unicode output).
    /// Diagnostics (if `diagnostics` is not null) get line/column relative to the joined text.
    void typeset(std::vector<TextRun>& runs, Diagnostics* diagnostics = nullptr) const;

    /// Typesets one plain-text paragraph (Unicode output).
    std::string typeset(std::string_view text, Diagnostics* diagnostics = nullptr) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace verstka::detail

#endif
