// One entity table: every character the typography engine writes comes out as the same entity
// from typograph(…, entities) and from the card's HtmlWriter (render_article with entities).
#include <doctest/doctest.h>

#include <string>

#include "typography/glyphs.hpp"
#include "verstka/render.hpp"
#include "verstka/typograph.hpp"

namespace {

// The inner HTML of the card's first body paragraph.
std::string first_paragraph(const std::string& html) {
    const std::size_t p = html.find("<p class=\"vk-p\">");
    if (p == std::string::npos) return "(no paragraph)";
    const std::size_t from = p + std::string("<p class=\"vk-p\">").size();
    return html.substr(from, html.find("</p>", from) - from);
}

std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

}  // namespace

TEST_CASE("entities: typograph() and the card writer write every engine character as one entity") {
    for (const verstka::detail::typo::Glyph& g : verstka::detail::typo::kGlyphs) {
        verstka::TypographOptions typography;
        typography.chars = verstka::CharOutput::entities;
        typography.english_quotes_for_latin = g.english;
        const std::string typeset = verstka::typograph(g.example, typography).text;

        verstka::RenderOptions render;
        render.typograph = typography;
        const std::string article =
            R"({"title": "T", "body": [{"type": "paragraph", "text": )" + json_string(g.example) + "}]}";
        const verstka::RenderResult card = verstka::render_article(article, render);
        REQUIRE(card.ok);
        const std::string entity = "&" + std::string(g.written->entity) + ";";
        CHECK_MESSAGE(typeset.find(entity) != std::string::npos, typeset);
        CHECK_MESSAGE(first_paragraph(card.html) == typeset, g.written->entity, ": card ", card.html);
    }
}
