#pragma once

// A small logic-less template language for the HTML templates in resources/templates (docs/documents.md):
//   {{key}} or {{a.b}}       the value, HTML-escaped, line breaks kept
//   {{#key}} ... {{/key}}    repeated for each item of a list, once for a true value or a map, skipped
//   otherwise
//   {{^key}} ... {{/key}}    shown only when the value is empty or false
//   {{.}}                    the current item of a list of strings
//   {{! comment }}
// The output follows French typography (french_typography.h): the template's literal text and every value
// get their no-break spaces and apostrophes.
// An unknown key is an error, so a typo in a template fails a test instead of printing nothing.

#include "passerelle/domain/result.h"

#include <QString>
#include <QVariantMap>

namespace passerelle::documents {

Result<QString> renderTemplate(const QString& text, const QVariantMap& values,
                               const QString& templateName = {});

// The text of a template compiled into the binary, by file name relative to resources/templates.
Result<QString> loadTemplate(const QString& name);

}  // namespace passerelle::documents
