#include "passerelle/ui/editors.h"

#include "passerelle/ui/agreement_editor.h"
#include "passerelle/ui/group_activity_editor.h"
#include "passerelle/ui/measure_editor.h"
#include "passerelle/ui/organisation_editor.h"
#include "passerelle/ui/student_editor.h"

namespace passerelle::ui {

std::unique_ptr<RecordEditorDialog> makeEditor(EditorKind kind, storage::Database& database,
                                               const QString& id, const QDate& today, QWidget* parent) {
    switch (kind) {
        case EditorKind::Organisation:
            return std::make_unique<OrganisationEditorDialog>(database, id, today, parent);
        case EditorKind::Student:
            return std::make_unique<StudentEditorDialog>(database, id, today, parent);
        case EditorKind::Agreement:
            return std::make_unique<AgreementEditorDialog>(database, id, today, parent);
        case EditorKind::Measure:
            return std::make_unique<MeasureEditorDialog>(database, id, today, parent);
        case EditorKind::GroupActivity:
            break;
    }
    return std::make_unique<GroupActivityEditorDialog>(database, id, today, parent);
}

}  // namespace passerelle::ui
