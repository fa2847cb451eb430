// The engine: tokenizes the pieces of one paragraph, runs the active rules in order,
// and reports diagnostics. Shared by Typographer and the public typograph().
#ifndef VERSTKA_TYPOGRAPHY_ENGINE_HPP
#define VERSTKA_TYPOGRAPHY_ENGINE_HPP

#include <forward_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "typography/gap_table.hpp"
#include "typography/glyph_table.hpp"
#include "typography/rule.hpp"
#include "typography/token.hpp"
#include "verstka/diagnostic.hpp"
#include "verstka/typograph.hpp"

namespace verstka::detail::typo {

/// A part of a paragraph: plain text, a verbatim run (one opaque word), or markup that the
/// rules do not see at all (an HTML tag between two words).
struct Piece {
    enum class Type { text, verbatim, markup };
    std::string_view text;
    Type type = Type::text;
};

/// The tokens of one typeset paragraph and the storage of texts computed by rules.
struct Paragraph {
    std::vector<Token> tokens;
    std::forward_list<std::string> arena;
    QuoteMarks quotes;
    KindIndex kinds;
};

/// Maps a byte offset in the joined paragraph to a line and column (1-based) for diagnostics.
struct Position {
    int line = 1;
    int column = 1;
};

/// The active rules in registry order, the tables of their rows and the order the engine
/// runs them in.
struct RuleSet {
    /// Where a paragraph's rules stand in the run: the glyph group that starts at a rule's
    /// position (`group` ≥ 0), then that rule's pass (`pass`, or none).
    struct Step {
        int group = -1;
        const Rule* pass = nullptr;
    };

    std::vector<const Rule*> rules;
    GlyphTable glyphs;
    GapTable gaps;
    std::vector<const Rule*> separating;  ///< the rules with a `separate` step, in order
    std::vector<Step> steps;              ///< the positions with a glyph group or a pass, in order

    /// Builds the tables and the steps from `rules`.
    void plan();
};

class Engine {
public:
    /// Rules resolved from the options: defaults, then `enable`, then `disable` masks.
    explicit Engine(const TypographOptions& options);
    /// Exactly these rules, in registry order (for rule tests).
    Engine(const TypographOptions& options, const std::vector<std::string_view>& ids);
    /// Not copyable: the engine may point at its own rule set.
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    /// Typesets one paragraph; `tokens` holds the result, each token tagged with its piece.
    /// `trim` removes spaces at the paragraph edges (text mode). Diagnostics get positions
    /// relative to `origin` (line and column where the paragraph starts).
    void process(const std::vector<Piece>& pieces, Paragraph& out, bool trim, Diagnostics* diagnostics,
                 Position origin = {}) const;

    const TypographOptions& options() const { return options_; }

private:
    TypographOptions options_;
    /// The rules of non-default options; none for the default ones, so that an engine of the
    /// default options (every call of typograph()) builds and clears no tables.
    std::unique_ptr<RuleSet> own_;
    /// `own_`, or the default rules built once per process (options without masks: every
    /// call of typograph() and every Typographer would otherwise build the same tables).
    const RuleSet* set_ = nullptr;
};

/// True when `mask` (`*`, `group/*` or an exact id) selects the rule `id`.
bool mask_matches(std::string_view mask, std::string_view id) noexcept;

/// Notes for editors on a typeset paragraph made of `pieces`; reads `tokens` and the quote
/// marks the engine found and never changes them (they are taken by reference only because
/// Context navigates mutable ones; `kinds` is the kind index the rules left, read as it is
/// while valid and built again when not).
void diagnose(std::vector<Token>& tokens, QuoteMarks& quotes, KindIndex& kinds,
              const std::vector<Piece>& pieces, Position origin, Diagnostics& out);

}  // namespace verstka::detail::typo

#endif
