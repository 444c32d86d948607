#pragma once

#include "passerelle/domain/dataset.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace passerelle::ui {

class PagedTableModel;

// Deleting a record from a list; undo imports the record back under the same id (DatasetStore keeps the ids
// of imported records).
class DeleteRecordCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(DeleteRecordCommand)

public:
    DeleteRecordCommand(PagedTableModel& model, QString id, Dataset snapshot);
    void redo() override;
    void undo() override;
    // The last failure, empty when the last redo/undo worked.
    QString lastError() const { return m_lastError; }

private:
    QPointer<PagedTableModel> m_model;
    QString m_id;
    Dataset m_snapshot;
    QString m_lastError;
};

// Duplicating a record; undo deletes the copy.
class DuplicateRecordCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(DuplicateRecordCommand)

public:
    DuplicateRecordCommand(PagedTableModel& model, QString sourceId);
    void redo() override;
    void undo() override;
    QString copyId() const { return m_copyId; }
    QString lastError() const { return m_lastError; }

private:
    QPointer<PagedTableModel> m_model;
    QString m_sourceId;
    QString m_copyId;
    QString m_lastError;
};

}  // namespace passerelle::ui
