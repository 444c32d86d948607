#pragma once

#include "passerelle/ui/app_settings.h"

#include <QDialog>

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

private:
    void showDataFolder(const QString& folder);
    QString dataFolderShown() const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings m_settings;
    TimetableWidget* m_teachingHours = nullptr;
    QString m_dataFolder;  // empty: the default folder
};

}  // namespace passerelle::ui
