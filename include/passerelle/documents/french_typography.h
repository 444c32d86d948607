#pragma once

// French typography for the text of the documents (issue 12): a narrow no-break space (U+202F) before
// « ; ! ? », a no-break space (U+00A0) before « : » and inside « », typographic apostrophes (’ for ' between
// two letters), « 1re » and « 2e » for « 1ère » and « 2ème ». Both functions are idempotent and leave alone
// what is not French prose: URLs, e-mail addresses, times and ratios (« 16:30 », « 1:2 »: a colon between two
// figures), and, for the HTML variant, tags and their attributes, comments, style and script blocks,
// entities (« &nbsp; ») and template tags (« {{key}} »).
//
// renderTemplate() applies them to every template's literal text and to every value it fills in, so every
// generated document gets them; a space missing before the punctuation is added only after a letter, a
// figure or a closing bracket, and only when the sign ends a word.

#include <QString>

namespace passerelle::documents {

// Plain text, such as a value before it is HTML-escaped.
QString frenchTypography(const QString& text);
// The text between the markup of an HTML page or template.
QString frenchTypographyHtml(const QString& html);

}  // namespace passerelle::documents
