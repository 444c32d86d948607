#pragma once

// Where the pages of a document break, beyond what QTextDocument does by itself (it only keeps a line whole,
// and a table row when it fits): a heading, a line announcing a list (« … propose de : ») and « Fait à … »
// stay with what follows them; a short table (signature blocks, a timetable) is never cut in two. The rules
// are applied by moving the item to the next page, one at a time, until none is broken.

#include <QString>

#include <functional>

class QTextDocument;

namespace passerelle::documents {

// Table rows never split across pages. QTextDocument moves a row to the next page only when none of its
// cells has a line left on this one, so a row with one long cell is cut in two. Where a row would be, the
// table is split in the HTML before it: the rest becomes a table of its own on the next page, its header
// rows (<thead>) repeated. `reload` sets the document's HTML (and its resources); the document must have its
// page size. Returns the HTML finally laid out.
QString keepTableRowsWhole(QTextDocument& text, QString html,
                           const std::function<void(const QString&)>& reload);

// Lays `text` out on its page size (QTextDocument::pageSize must be set) and adds the page breaks above.
// Returns how many it added.
int keepTogether(QTextDocument& text);

}  // namespace passerelle::documents
