// Editor.js saved documents → article JSON (see docs/editorjs.md for the mapping).
#ifndef VERSTKA_IMPORT_EDITORJS_HPP
#define VERSTKA_IMPORT_EDITORJS_HPP

#include <string_view>

#include "verstka/import.hpp"

namespace verstka::detail {

/// Maps every block of the document; unknown tools are skipped with a warning, malformed
/// blocks and fields give warnings at their JSON Pointer, a document that is no Editor.js
/// document gives an error. `meta_json` is merged over the result. Never throws.
ImportResult import_editorjs_document(std::string_view document_json, std::string_view meta_json,
                                      const EditorJsOptions& options);

}  // namespace verstka::detail

#endif
