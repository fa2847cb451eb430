// Editor.js lists in all their shapes → a `list` block, or a `markdown` block when the list
// needs what a `list` block cannot hold (nesting, a start number).
#ifndef VERSTKA_IMPORT_EDITORJS_LIST_HPP
#define VERSTKA_IMPORT_EDITORJS_LIST_HPP

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "import/article_builder.hpp"

namespace verstka::detail {

/// The article block for the list tool's `data` at `data_path` (JSON Pointer), handling:
/// - the old list: `{style: ordered|unordered, items: [string]}`;
/// - nested-list: `{style, items: [{content, items}]}`;
/// - list 2.x: `{style: ordered|unordered|checklist, meta: {start, counterType},
///   items: [{content, meta: {checked}, items}]}`;
/// - the old checklist tool: `{items: [{text, checked}]}` (`checklist` true).
/// Checklist items start with ☑ or ☐. Nothing when the list holds no text.
std::optional<nlohmann::json> editorjs_list_block(const nlohmann::json& data, const std::string& data_path,
                                                  bool checklist, ImportReport& report);

}  // namespace verstka::detail

#endif
