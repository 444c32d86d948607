#pragma once

#include "passerelle/domain/organisation.h"
#include "passerelle/exchange/student_csv.h"
#include "passerelle/storage/dataset_store.h"

#include <QDialog>

#include <array>
#include <memory>

class QComboBox;
class QPushButton;
class QStandardItemModel;

namespace Ui {
class CsvImportDialog;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

// Fichier › Importer › Depuis un tableur (CSV)… (issue 13): students from a spreadsheet, its columns mapped
// to the student's fields with a live preview of what the import would add and update. The mapping is
// remembered for the next file with the same header row, the encoding and separator for the next file that
// leaves them in doubt. The import keeps a backup first, then writes in one transaction.
class CsvImportDialog final : public QDialog {
    Q_OBJECT

public:
    CsvImportDialog(storage::Database& database, const QString& csvPath, QWidget* parent = nullptr);
    ~CsvImportDialog() override;

    // What the import wrote, once accepted (for the main window's status message).
    const storage::ImportSummary& outcome() const { return m_outcome; }
    // The mapping the combos show, and the plan the summary describes (for the tests).
    exchange::CsvMapping mapping() const;
    const exchange::SiecleImportPlan& plan() const { return m_plan; }

    void accept() override;

    // The words of an issue in the user's language.
    static QString describeIssue(const exchange::CsvIssue& issue);
    static QString fieldLabel(exchange::StudentField field);

private:
    void loadFile();
    void loadSchools();
    void loadStudents();
    void readSheet(bool keepMapping);
    void fillPreview();
    void fillFieldCombos(const exchange::CsvMapping& mapping);
    exchange::CsvMapping startingMapping() const;
    void updatePlan();
    void remember() const;
    QString schoolId() const;

    std::unique_ptr<Ui::CsvImportDialog> m_ui;
    storage::Database& m_database;
    QString m_path;
    QByteArray m_bytes;
    QList<exchange::CsvIssue> m_fileErrors;  // the file cannot be read at all
    QList<Organisation> m_schools;
    QList<Student> m_existing;  // the chosen school's stored students
    QString m_existingError;
    exchange::CsvSheet m_sheet;
    exchange::CsvStudents m_students;
    exchange::SiecleImportPlan m_plan;
    storage::ImportSummary m_outcome;
    QStandardItemModel* m_preview = nullptr;
    QPushButton* m_importButton = nullptr;
    std::array<QComboBox*, exchange::kStudentFieldCount> m_fieldCombos{};
};

}  // namespace passerelle::ui
