#pragma once

#include "passerelle/ui/app_settings.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace passerelle::ui {

class TimetableWidget;

// Édition > Préférences: the school year's first day, the default teaching hours of a new school and the
// language. Edits a copy; the caller saves it.
class SettingsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    AppSettings settings() const;
    // Tests replace the message box that says why OK did not close the dialog (a date or a time typed is
    // not one).
    void setRefusalShower(std::function<void(const QString&)> shower) { m_refusal = std::move(shower); }

public Q_SLOTS:
    void accept() override;

private:
    void showDataFolder(const QString& folder);
    QString dataFolderShown() const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings m_settings;
    TimetableWidget* m_teachingHours = nullptr;
    QString m_dataFolder;  // empty: the default folder
    std::function<void(const QString&)> m_refusal;
};

}  // namespace passerelle::ui
