#include "passerelle/ui/settings_dialog.h"

#include "passerelle/runtime/paths.h"
#include "passerelle/runtime/private_files.h"
#include "passerelle/ui/timetable_widget.h"
#include "passerelle/ui/typed_field.h"
#include "ui_settings_dialog.h"

#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QMessageBox>
#include <QPushButton>

namespace passerelle::ui {
namespace {

// A leap year, so that any day of any month can be chosen; only the day and month are kept.
constexpr int anyLeapYear = 2000;

}  // namespace

SettingsDialog::SettingsDialog(const AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings) {
    m_ui->setupUi(this);
    // Only the day and the month are kept: "01/09".
    m_ui->schoolYearEdit->setDayAndMonthOnly(true);
    m_ui->schoolYearEdit->setRequired(true);
    const QDate start(anyLeapYear, settings.schoolYearStartMonth, settings.schoolYearStartDay);
    m_ui->schoolYearEdit->setDate(start.isValid() ? start : QDate(anyLeapYear, 9, 1));
    m_ui->languageCombo->addItem(tr("System language"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const int language = m_ui->languageCombo->findData(settings.language);
    m_ui->languageCombo->setCurrentIndex(language < 0 ? 0 : language);
    m_teachingHours = new TimetableWidget(this);
    m_teachingHours->setObjectName(QStringLiteral("defaultTeachingHours"));
    m_teachingHours->setTimeSlots(settings.defaultTeachingHours);
    m_ui->teachingHoursLayout->addWidget(m_teachingHours);
    showDataFolder(settings.dataFolder);
    connect(m_ui->chooseDataFolderButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Data folder"), dataFolderShown());
        if (!folder.isEmpty())
            showDataFolder(folder);
    });
    connect(m_ui->defaultDataFolderButton, &QPushButton::clicked, this, [this] { showDataFolder({}); });
    m_logoPath = settings.letterheadLogo;
    showLogo(settings.letterheadLogoImage());
    connect(m_ui->chooseLogoButton, &QPushButton::clicked, this, &SettingsDialog::chooseLogo);
    connect(m_ui->removeLogoButton, &QPushButton::clicked, this, [this] {
        m_newLogo.clear();
        m_logoRemoved = true;
        showLogo({});
    });
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

// Empty stands for the default folder, which is shown as its path, greyed.
void SettingsDialog::showDataFolder(const QString& folder) {
    m_dataFolder = folder == runtime::defaultDataFolder() ? QString() : folder;
    m_ui->dataFolderEdit->setText(dataFolderShown());
    m_ui->dataFolderEdit->setEnabled(!m_dataFolder.isEmpty());
    m_ui->defaultDataFolderButton->setEnabled(!m_dataFolder.isEmpty());
}

QString SettingsDialog::dataFolderShown() const {
    return m_dataFolder.isEmpty() ? runtime::defaultDataFolder() : m_dataFolder;
}

Result<QByteArray> SettingsDialog::logoFromFile(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    if (format != "png" && format != "jpeg") {
        return failure(tr("%1 is not a PNG or JPEG image: the logo was not changed.").arg(name), path,
                       ErrorKind::Invalid);
    }
    // A photograph of 8000 pixels is decoded at the size kept, not whole.
    const QSize size = reader.size();
    if (size.isValid() && (size.height() > maxLogoHeight || size.width() > 4 * maxLogoHeight)) {
        reader.setScaledSize(
            size.scaled(4 * maxLogoHeight, maxLogoHeight, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return failure(tr("%1 cannot be read as an image (%2): the logo was not changed.")
                           .arg(name, reader.errorString()),
                       path, ErrorKind::Invalid);
    }
    if (image.height() > maxLogoHeight || image.width() > 4 * maxLogoHeight)
        image = image.scaled(4 * maxLogoHeight, maxLogoHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return failure(tr("%1 cannot be converted to PNG: the logo was not changed.").arg(name), path);
    return png;
}

void SettingsDialog::chooseLogo() {
    const QString path = m_logoChooser ? m_logoChooser()
                                       : QFileDialog::getOpenFileName(this, tr("Letterhead Logo"), QString(),
                                                                      tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    const auto logo = logoFromFile(path);
    if (!logo) {
        refuse(logo.error().message);
        return;
    }
    m_newLogo = *logo;
    m_logoRemoved = false;
    showLogo(QImage::fromData(m_newLogo, "PNG"));
}

void SettingsDialog::showLogo(const QImage& logo) {
    if (logo.isNull()) {
        m_ui->logoPreview->setPixmap({});
        m_ui->logoPreview->setText(tr("No logo"));
    } else {
        const int height = m_ui->logoPreview->minimumHeight() - 8;
        m_ui->logoPreview->setPixmap(QPixmap::fromImage(
            logo.scaled(4 * height, height, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_ui->removeLogoButton->setEnabled(!logo.isNull());
}

void SettingsDialog::refuse(const QString& message) {
    if (m_refusal)
        m_refusal(message);
    else
        QMessageBox::warning(this, tr("Settings not changed"), message);
}

bool SettingsDialog::applyLogo() {
    if (!m_newLogo.isEmpty()) {
        const QString target = runtime::letterheadLogoTarget();
        if (const Status written = runtime::writeFileAtomically(target, m_newLogo); !written) {
            refuse(tr("%1 cannot be written: %2").arg(target, written.error().message));
            return false;
        }
        m_logoPath = target;
        m_newLogo.clear();
    } else if (m_logoRemoved) {
        // Only the copy the preferences made is deleted; the user's own image was never used.
        if (!m_logoPath.isEmpty() && QFile::exists(m_logoPath) && !QFile::remove(m_logoPath)) {
            refuse(tr("%1 cannot be removed.").arg(m_logoPath));
            return false;
        }
        m_logoPath.clear();
        m_logoRemoved = false;
    }
    return true;
}

// A date or a time typed that is not one is never dropped: the dialog stays open on it.
void SettingsDialog::accept() {
    if (TypedField* field = firstFieldWithProblem(this)) {
        field->showProblem();
        field->setFocus(Qt::OtherFocusReason);
        refuse(fieldProblemMessage(field));
        return;
    }
    if (!applyLogo())
        return;
    QDialog::accept();
}

AppSettings SettingsDialog::settings() const {
    AppSettings edited = m_settings;
    edited.schoolYearStartMonth = m_ui->schoolYearEdit->date().month();
    edited.schoolYearStartDay = m_ui->schoolYearEdit->date().day();
    edited.language = m_ui->languageCombo->currentData().toString();
    edited.defaultTeachingHours = m_teachingHours->timeSlots();
    edited.dataFolder = m_dataFolder;
    edited.letterheadLogo = m_logoPath;
    return edited;
}

}  // namespace passerelle::ui
