// verstka — the Russian typography engine as a standalone function.
#ifndef VERSTKA_TYPOGRAPH_HPP
#define VERSTKA_TYPOGRAPH_HPP

#include <string>
#include <string_view>
#include <vector>

#include "verstka/diagnostic.hpp"

namespace verstka {

/// How `typograph()` reads its input.
enum class TextMode {
    text,  ///< plain UTF-8
    html,  ///< an HTML fragment: tags, comments, entities and code-like elements stay verbatim
};

/// How typographic characters (NBSP, dashes, quotes …) are written in the output.
enum class CharOutput {
    unicode,   ///< as UTF-8 characters (default)
    entities,  ///< as named HTML entities: &nbsp; &mdash; &laquo; …
};

struct TypographOptions {
    TextMode mode = TextMode::text;
    CharOutput chars = CharOutput::unicode;
    /// Rule ids or group masks (`"nbsp/*"`) to switch on or off; applied in order, enable first.
    std::vector<std::string> enable;
    std::vector<std::string> disable;
    /// Use English quotes “‘’” for a quotation whose content is Latin-script text. Off by
    /// default: in Russian text a Latin quotation takes «ёлочки» (`альбом «Abbey Road»`,
    /// TYPOGRAPHY.md v2 §1); switch it on for English text.
    bool english_quotes_for_latin = false;
};

struct TypographResult {
    std::string text;
    /// Notes for editors (unbalanced quotes, mixed scripts …); they never change the text.
    Diagnostics diagnostics;
};

/// Applies Russian typography rules to `text`. Never fails: invalid UTF-8 becomes U+FFFD.
///
/// Example: `typograph("Он сказал - \"да\"").text == "Он\u00A0сказал\u00A0— «да»"`.
TypographResult typograph(std::string_view text, const TypographOptions& options = {});

/// One piece of a paragraph's text, cut where inline markup (a link, emphasis) begins or ends.
struct TextRun {
    std::string text;
    /// Never changed (inline code, a URL shown as text); reads as one opaque word to its neighbours.
    bool verbatim = false;
};

/// Applies Russian typography to the runs of one paragraph together, in place, so that quotes
/// pair and non-breaking spaces land across the markup between them; each run keeps its own
/// text (a run may become empty, e.g. a space that moved). Plain-text semantics and Unicode
/// output: `mode` and `chars` are not read (markup is the caller's, and so is its escaping).
/// Leading whitespace of the first run and trailing whitespace of the last are dropped. Never
/// fails: invalid UTF-8 in a non-verbatim run becomes U+FFFD. Diagnostics have line/column in
/// the runs' joined text.
///
/// Example: runs `{"он сказал \"", "да"(emphasised), "\" - и ушел"}` become
/// `{"он\u00A0сказал «", "да", "»\u00A0— и\u00A0ушел"}`.
Diagnostics typograph_runs(std::vector<TextRun>& runs, const TypographOptions& options = {});

/// One rule of the engine, for listings and documentation.
struct RuleInfo {
    std::string id;  ///< `group/name`, e.g. `nbsp/short-word`
    std::string title_ru;
    std::string title_en;
    bool on_by_default = true;
};

/// Every rule, in the order the engine applies them.
std::vector<RuleInfo> typography_rules();

}  // namespace verstka

#endif
