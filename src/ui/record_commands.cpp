#include "passerelle/ui/record_commands.h"

#include "passerelle/storage/dataset_store.h"
#include "passerelle/ui/paged_table_model.h"

namespace passerelle::ui {
namespace {

QString restore(PagedTableModel& model, const Dataset& snapshot) {
    const auto imported = storage::DatasetStore(model.database()).importDataset(snapshot);
    return imported ? QString() : imported.error().message;
}

}  // namespace

DeleteRecordCommand::DeleteRecordCommand(PagedTableModel& model, QString id, Dataset snapshot)
    : m_model(&model), m_id(std::move(id)), m_snapshot(std::move(snapshot)) {
    // Read after the Edit menu's "Undo" / "Redo": « Annuler la suppression ».
    setText(tr("the deletion"));
}

void DeleteRecordCommand::redo() {
    if (!m_model)
        return;
    const Status removed = m_model->removeRecord(m_id);
    m_lastError = removed ? QString() : removed.error().message;
    m_model->refresh();
}

void DeleteRecordCommand::undo() {
    if (!m_model)
        return;
    m_lastError = restore(*m_model, m_snapshot);
    m_model->refresh();
}

DuplicateRecordCommand::DuplicateRecordCommand(PagedTableModel& model, QString sourceId)
    : m_model(&model), m_sourceId(std::move(sourceId)) {
    setText(tr("the duplication"));
}

void DuplicateRecordCommand::redo() {
    if (!m_model)
        return;
    if (m_copyId.isEmpty()) {
        const auto copy = m_model->duplicateRecord(m_sourceId);
        m_lastError = copy ? QString() : copy.error().message;
        if (copy)
            m_copyId = *copy;
    } else {
        // Redo after undo: bring back the same copy rather than make a third record with a new id.
        const auto snapshot = m_model->snapshot(m_sourceId);
        if (snapshot) {
            Dataset copy = *snapshot;
            for (auto& record : copy.organisations)
                record.id = m_copyId;
            for (auto& record : copy.students)
                record.id = m_copyId;
            for (auto& record : copy.agreements)
                record.id = m_copyId;
            for (auto& record : copy.measures)
                record.id = m_copyId;
            for (auto& record : copy.groups)
                record.id = m_copyId;
            m_lastError = restore(*m_model, copy);
        } else {
            m_lastError = snapshot.error().message;
        }
    }
    m_model->refresh();
}

void DuplicateRecordCommand::undo() {
    if (!m_model || m_copyId.isEmpty())
        return;
    const Status removed = m_model->removeRecord(m_copyId);
    m_lastError = removed ? QString() : removed.error().message;
    m_model->refresh();
}

}  // namespace passerelle::ui
