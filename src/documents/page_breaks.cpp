#include "page_breaks.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>
#include <optional>
#include <vector>

namespace passerelle::documents {

namespace {

using namespace Qt::Literals::StringLiterals;

// One item of the main flow: a paragraph or a table.
struct FlowItem {
    QTextBlock block;             // valid for a paragraph
    QTextTable* table = nullptr;  // set for a table
    QRectF area;
};

std::vector<FlowItem> flowItems(QTextDocument& text) {
    std::vector<FlowItem> items;
    auto* layout = text.documentLayout();
    for (auto it = text.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame()) {
            if (auto* table = qobject_cast<QTextTable*>(frame))
                items.push_back({{}, table, layout->frameBoundingRect(table)});
        } else if (const QTextBlock block = it.currentBlock(); block.isValid()) {
            items.push_back({block, nullptr, layout->blockBoundingRect(block)});
        }
    }
    return items;
}

bool keepsWithNext(const FlowItem& item) {
    if (!item.block.isValid())
        return false;
    const QString text = item.block.text().trimmed();
    return item.block.blockFormat().headingLevel() > 0 || text.endsWith(u':') || text.startsWith(u"Fait "_s);
}

// Where the first lines of an item end: two lines of a paragraph, a short table whole, the first two rows
// of a long one (its header repeated on the next page is not enough to read on).
double firstLinesBottom(QTextDocument& text, const FlowItem& item, double pageHeight) {
    if (item.table) {
        if (item.area.height() <= pageHeight / 2)
            return item.area.bottom();
        auto* layout = text.documentLayout();
        const int rows = std::min(item.table->rows(), item.table->format().headerRowCount() + 2);
        double bottom = item.area.top();
        for (int row = 0; row < rows; ++row) {
            const QTextTableCell cell = item.table->cellAt(row, 0);
            const QTextBlock last = cell.lastCursorPosition().block();
            bottom = std::max(bottom, layout->blockBoundingRect(last).bottom());
        }
        return bottom;
    }
    const QTextLayout* lines = item.block.layout();
    if (lines->lineCount() < 3)
        return item.area.bottom();
    const QTextLine second = lines->lineAt(1);
    return lines->position().y() + second.y() + second.height();
}

int pageOf(double y, double pageHeight) {
    return int(std::floor(y / pageHeight));
}

bool startsAPage(const FlowItem& item, double pageHeight) {
    const double offset = item.area.top() - pageOf(item.area.top(), pageHeight) * pageHeight;
    return offset < 1.0;
}

void breakBefore(const FlowItem& item) {
    if (item.table) {
        QTextTableFormat format = item.table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        item.table->setFormat(format);
        return;
    }
    QTextCursor cursor(item.block);
    QTextBlockFormat format = item.block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(format);
}

// The first item that a rule wants on the next page, if any.
std::optional<FlowItem> firstBrokenItem(QTextDocument& text, double pageHeight) {
    const std::vector<FlowItem> items = flowItems(text);
    const double epsilon = 0.5;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const FlowItem& item = items[i];
        const int page = pageOf(item.area.top() + epsilon, pageHeight);
        // A short table across a page break.
        if (item.table && item.area.height() <= pageHeight / 2 &&
            pageOf(item.area.bottom() - epsilon, pageHeight) != page && !startsAPage(item, pageHeight)) {
            return item;
        }
        // A heading, a line announcing a list, « Fait à … » alone at the bottom of a page.
        if (keepsWithNext(item) && i + 1 < items.size()) {
            const double next = firstLinesBottom(text, items[i + 1], pageHeight);
            if (pageOf(next - epsilon, pageHeight) != page && !startsAPage(item, pageHeight)) {
                // Several such lines in a row (a heading, then « … propose de : ») move together.
                std::size_t first = i;
                while (first > 0 && keepsWithNext(items[first - 1]) &&
                       pageOf(items[first - 1].area.top() + epsilon, pageHeight) == page &&
                       !startsAPage(items[first], pageHeight)) {
                    --first;
                }
                return items[first];
            }
        }
    }
    return std::nullopt;
}

// A row of a table: from the top of its first lines to the bottom of its last ones, with the cell's bottom
// padding and the border under it, at the layout's 300 dpi. Qt paints a line whose cell padding would cross
// the page's end on the next page, under the repeated header: the row counts as cut as soon as its padding
// does not fit.
QRectF rowArea(QTextDocument& text, QTextTable* table, int row) {
    auto* layout = text.documentLayout();
    const QTextTableFormat format = table->format();
    QRectF area;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (!cell.isValid() || cell.row() != row)
            continue;  // part of a cell spanning from an earlier row
        const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
        const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
        const QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        const double padding = cellFormat.hasProperty(QTextFormat::TableCellBottomPadding)
                                   ? cellFormat.bottomPadding()
                                   : format.cellPadding();
        // Qt's table pagination keeps a further margin of its own (the table's border and padding, counted
        // again for the page's end): 4 pt more keeps on the safe side, a row moved a little early at worst.
        const double below = padding + format.border() + format.cellSpacing() + 4.0 * 300.0 / 72.0;
        area = area.united(QRectF(first.topLeft(), last.bottomRight() + QPointF(0, below)));
    }
    return area;
}

struct RowBreak {
    int table = 0;  // the table's index among the main flow's tables, in document order
    int row = 0;    // the first row to move to the next page
};

// The first row, below a table's header and first row, that a page break cuts or that starts a new page.
std::optional<RowBreak> firstCutRow(QTextDocument& text, double pageHeight) {
    int index = -1;
    for (auto it = text.rootFrame()->begin(); !it.atEnd(); ++it) {
        auto* table = qobject_cast<QTextTable*>(it.currentFrame());
        if (!table)
            continue;
        ++index;
        const int header = table->format().headerRowCount();
        if (header == 0)
            continue;  // not a list of rows (signature blocks): keepTogether moves it whole if short
        double previousTop = rowArea(text, table, header).top();
        for (int row = header + 1; row < table->rows(); ++row) {
            const QRectF area = rowArea(text, table, row);
            if (!area.isValid())
                continue;
            const int page = pageOf(area.top() + 0.5, pageHeight);
            // Cut by the page's end, or moved whole to the next page by Qt, which then stretches the row
            // before it down to the page's end, without its bottom border: either way, the table ends here.
            if (page != pageOf(area.bottom() - 0.5, pageHeight) ||
                page != pageOf(previousTop + 0.5, pageHeight))
                return RowBreak{index, row};
            previousTop = area.top();
        }
    }
    return std::nullopt;
}

// `html` with the n-th <table> of the main flow ended before its row-th <tr>, and a new table, a copy of its
// opening tag and header, starting the next page with that row. Empty when the HTML is not as expected.
QString splitTable(const QString& html, const RowBreak& split) {
    static const QRegularExpression tableTag(u"<table\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rowTag(u"<tr\\b"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression headerPart(
        u"<thead\\b.*?</thead>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    auto tables = tableTag.globalMatch(html);
    QRegularExpressionMatch table;
    for (int i = 0; i <= split.table; ++i) {
        if (!tables.hasNext())
            return {};
        table = tables.next();
    }
    const qsizetype tableEnd = html.indexOf(u"</table>"_s, table.capturedEnd(), Qt::CaseInsensitive);
    if (tableEnd < 0)
        return {};
    const QString body = html.mid(table.capturedEnd(), tableEnd - table.capturedEnd());
    const QString header = headerPart.match(body).captured();
    auto rows = rowTag.globalMatch(body);
    qsizetype at = -1;
    for (int row = 0; row <= split.row && rows.hasNext(); ++row)
        at = rows.next().capturedStart();
    if (at <= 0 || header.isEmpty())
        return {};
    QString opening = table.captured();
    opening.insert(opening.size() - 1, u" style=\"page-break-before: always\""_s);
    QString result = html;
    result.insert(table.capturedEnd() + at, u"</table>"_s + opening + header);
    return result;
}

}  // namespace

QString keepTableRowsWhole(QTextDocument& text, QString html,
                           const std::function<void(const QString&)>& reload) {
    const double pageHeight = text.pageSize().height();
    // Each split moves a row to the next page: there are fewer splits than rows.
    for (int round = 0; pageHeight > 0 && round < 1000; ++round) {
        const auto cut = firstCutRow(text, pageHeight);
        if (!cut)
            break;
        const QString split = splitTable(html, *cut);
        if (split.isEmpty())
            break;  // a table the templates did not write: leave Qt's pagination
        html = split;
        reload(html);
    }
    return html;
}

int keepTogether(QTextDocument& text) {
    const double pageHeight = text.pageSize().height();
    if (pageHeight <= 0)
        return 0;
    // Each break moves content down, never up: a document has fewer breaks to add than it has items.
    const int limit = text.blockCount() + 1;
    int added = 0;
    while (added < limit) {
        const auto broken = firstBrokenItem(text, pageHeight);
        if (!broken)
            break;
        breakBefore(*broken);
        ++added;
    }
    return added;
}

}  // namespace passerelle::documents
