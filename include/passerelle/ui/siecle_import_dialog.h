#pragma once

#include "passerelle/storage/dataset_store.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class QPushButton;

namespace Ui {
class SiecleImportDialog;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

// Fichier › Importer › Depuis SIECLE… (issue 13, "Students in"): the user chooses SIECLE exports (.xml, or
// the .zip holding them); they are read in a worker thread (exchange::readSiecle) while a busy bar shows, and
// the dialog stays responsive. The school is the school organisation whose UAI the files give (the user may
// choose another, with a warning). Before anything is written the dialog previews what the import does:
// the counts, every changed field, the added students, the leavers, the students absent from the files (kept)
// and the representatives skipped. Any error in the files: they are listed and nothing can be imported.
// Import backs the database up, then writes the changes in one transaction (DatasetStore::importDataset)
// and accepts; the window then clears its undo stack and reads the database again.
class SiecleImportDialog final : public QDialog {
    Q_OBJECT

public:
    // `files`: chosen already (tests, or a drop); empty: the user chooses them with « Choose the Files… ».
    explicit SiecleImportDialog(storage::Database& database, const QStringList& files = {},
                                QWidget* parent = nullptr);
    ~SiecleImportDialog() override;

    // Adds files to the list (each once) and reads them all again.
    void addFiles(const QStringList& paths);
    QStringList files() const { return m_files; }
    // True while the worker reads the files.
    bool isReading() const;
    // What the import wrote, once accepted.
    storage::ImportSummary summary() const { return m_summary; }
    QPushButton* importButton() const { return m_importButton; }

private:
    struct State;

    void chooseFiles();
    void clearFiles();
    void startReading();
    void filesRead();
    void loadSchools();
    void selectSchoolOfFiles();
    void updatePreview();
    void clearPreview();
    void showPlan();
    void setMessage(const QString& text, bool problem);
    void importNow();

    std::unique_ptr<Ui::SiecleImportDialog> m_ui;
    std::unique_ptr<State> m_state;
    storage::Database& m_database;
    QStringList m_files;
    QPushButton* m_importButton = nullptr;
    storage::ImportSummary m_summary;
};

}  // namespace passerelle::ui
