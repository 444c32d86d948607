#include "passerelle/ui/settings_dialog.h"

#include "passerelle/runtime/paths.h"
#include "passerelle/ui/timetable_widget.h"
#include "passerelle/ui/typed_field.h"
#include "ui_settings_dialog.h"

#include <QDate>
#include <QFileDialog>
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

// A date or a time typed that is not one is never dropped: the dialog stays open on it.
void SettingsDialog::accept() {
    if (TypedField* field = firstFieldWithProblem(this)) {
        field->showProblem();
        field->setFocus(Qt::OtherFocusReason);
        if (m_refusal)
            m_refusal(fieldProblemMessage(field));
        else
            QMessageBox::warning(this, tr("Settings not changed"), fieldProblemMessage(field));
        return;
    }
    QDialog::accept();
}

AppSettings SettingsDialog::settings() const {
    AppSettings edited = m_settings;
    edited.schoolYearStartMonth = m_ui->schoolYearEdit->date().month();
    edited.schoolYearStartDay = m_ui->schoolYearEdit->date().day();
    edited.language = m_ui->languageCombo->currentData().toString();
    edited.defaultTeachingHours = m_teachingHours->timeSlots();
    edited.dataFolder = m_dataFolder;
    return edited;
}

}  // namespace passerelle::ui
