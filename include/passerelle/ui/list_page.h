#pragma once

#include "passerelle/domain/result.h"
#include "passerelle/rules/finding.h"
#include "passerelle/ui/enum_labels.h"

#include <QDate>
#include <QHash>
#include <QModelIndex>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QPushButton;
class QUndoStack;

namespace Ui {
class ListPage;
}

namespace passerelle::ui {

class PagedTableModel;

// A named period a list can be narrowed to, such as the school year « 2026-2027 ».
struct PeriodOption {
    QString label;
    QDate first;
    QDate last;
};

// What distinguishes one section's list from another's, besides its model.
struct ListPageOptions {
    QList<FilterOption> statuses;     // empty: no status filter
    QList<FilterOption> kinds;        // empty: no kind filter
    QList<PeriodOption> schoolYears;  // empty: no school-year filter (the records have no period)
    bool documents = false;           // the records print documents: "Documents…"
    bool batchExport = false;  // the selected records' documents can be exported at once: "Export PDFs…"
    // The records the rules find errors (or warnings) on: set, the list offers « avec erreurs » and
    // « avec avertissements ».
    std::function<Result<QStringList>(rules::Severity)> recordsWithFindings = {};
    // The first page is read when the list first shows, not when it is made: the main window's five lists
    // would otherwise be read while it starts (issue 14). Otherwise at once.
    bool loadWhenShown = false;
};

// A section listing records: a debounced, accent-blind search box, status, kind and school-year filters, an
// optional period (a school year, or any period set from the dashboard), the count, and New / Edit /
// Duplicate / Delete. Duplicate and Delete go through the undo stack; New and Edit are the window's business
// (each record type has its own editor), as are Documents… and Export PDFs… for the records that print
// documents. « Export… » saves the list as shown to a spreadsheet. Several rows can be selected for the
// export; the other actions need exactly one.
class ListPage final : public QWidget {
    Q_OBJECT

public:
    // Takes ownership of the model.
    ListPage(PagedTableModel* model, const ListPageOptions& options, QUndoStack& undoStack,
             QWidget* parent = nullptr);
    ~ListPage() override;

    PagedTableModel* model() const { return m_model; }
    // Applies the search box and filters now instead of after the debounce delay (tests, Enter key).
    void applySearch();
    // Reads the list again now when it shows, otherwise when it next shows (after an edit elsewhere).
    void refresh();
    void focusSearch();
    void setSearchText(const QString& text);
    // Shows the records with that status and kind (empty: any) whose period meets [from, to] (invalid: any).
    void setFilters(const QString& status, const QString& kind, const QDate& from = {}, const QDate& to = {});
    // Shows only the records with findings of that severity (Error or Warning); nothing: every record.
    void setFindingsFilter(std::optional<rules::Severity> severity);
    // The id of the selected record (the first one when several are), or empty.
    QString currentId() const;
    // The ids of every selected record, in the list's order.
    QStringList selectedIds() const;
    void selectRow(int row);

    // Asks where to save the list as it is shown (every record its search and filters select, in its order,
    // with its shown columns) and writes it as CSV or XLSX.
    void exportList();

    void duplicateCurrent();
    // Asks first, naming the record; the deletion can be undone.
    void deleteCurrent();

Q_SIGNALS:
    void newRequested();
    void editRequested(const QString& id);
    void documentsRequested(const QString& id);
    void exportPdfsRequested(const QStringList& ids);
    void errorOccurred(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // The selected rows, top first (the current record is the first).
    QModelIndexList selectedRowsInOrder() const;
    bool confirmDeletion(const QString& question);
    void updateCount(int total);
    void updateActions();
    void updatePeriod();

    std::unique_ptr<Ui::ListPage> m_ui;
    PagedTableModel* m_model = nullptr;
    QUndoStack& m_undoStack;
    QTimer m_searchDelay;
    QHash<QPushButton*, QAction*> m_menuActions;  // the table's context menu, by the button it mirrors
    QList<PeriodOption> m_schoolYears;
    std::function<Result<QStringList>(rules::Severity)> m_recordsWithFindings;
    QDate m_from;
    QDate m_to;
    bool m_loaded =
        false;  // the first page was asked for (the list showed, or a search or filter was applied)
};

}  // namespace passerelle::ui
