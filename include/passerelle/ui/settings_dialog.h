#pragma once

#include "passerelle/domain/result.h"
#include "passerelle/ui/app_settings.h"

#include <QByteArray>
#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace passerelle::ui {

class TimetableWidget;

// Édition > Préférences: the school year's first day, the default teaching hours of a new school, the
// language, the data folder and the documents' letterhead logo. Edits a copy; the caller saves it. A logo
// chosen is read and checked at once (shown in a small preview) but written only by OK: a private PNG copy
// in the data folder (runtime::letterheadLogoTarget, 0600), at most 600 pixels high; « Remove Logo » deletes
// that copy on OK. Cancel changes no file.
class SettingsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    AppSettings settings() const;
    // Tests replace the message box that says why OK did not close the dialog (a date or a time typed is
    // not one).
    void setRefusalShower(std::function<void(const QString&)> shower) { m_refusal = std::move(shower); }
    // Tests replace the file dialog that chooses the logo: the chooser returns a path, empty for none.
    void setLogoChooser(std::function<QString()> chooser) { m_logoChooser = std::move(chooser); }

    // Reads an image the user chose as the letterhead logo: PNG or JPEG, scaled down to at most
    // maxLogoHeight pixels high (and four times that wide), as PNG bytes. Invalid, with a message naming the
    // file, for anything else.
    static Result<QByteArray> logoFromFile(const QString& path);
    static constexpr int maxLogoHeight = 600;

public Q_SLOTS:
    void accept() override;

private:
    void showDataFolder(const QString& folder);
    QString dataFolderShown() const;
    void chooseLogo();
    void showLogo(const QImage& logo);
    void refuse(const QString& message);
    // Writes or removes the private copy of the logo as chosen; false (and said) when it cannot be written.
    bool applyLogo();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings m_settings;
    TimetableWidget* m_teachingHours = nullptr;
    QString m_dataFolder;  // empty: the default folder
    std::function<void(const QString&)> m_refusal;
    std::function<QString()> m_logoChooser;
    QString m_logoPath;    // the logo settings() gives: the copy written by OK, empty for none
    QByteArray m_newLogo;  // a logo chosen, as PNG, not written yet
    bool m_logoRemoved = false;
};

}  // namespace passerelle::ui
