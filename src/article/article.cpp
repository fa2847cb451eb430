#include "article/article.hpp"

namespace verstka::detail {

const char* block_type_name(BlockType type) noexcept {
    switch (type) {
        case BlockType::paragraph:
            return "paragraph";
        case BlockType::heading:
            return "heading";
        case BlockType::quote:
            return "quote";
        case BlockType::image:
            return "image";
        case BlockType::list:
            return "list";
        case BlockType::callout:
            return "callout";
        case BlockType::embed:
            return "embed";
        case BlockType::markdown:
            return "markdown";
        case BlockType::divider:
            return "divider";
        case BlockType::table:
            return "table";
        case BlockType::code:
            return "code";
    }
    return "paragraph";
}

}  // namespace verstka::detail
