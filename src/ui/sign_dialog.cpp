#include "passerelle/ui/sign_dialog.h"

#include "ui_sign_dialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QRegularExpression>

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;

SignDialog::SignDialog(const QString& documentLabel, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignDialog>()) {
    m_ui->setupUi(this);
    m_ui->documentLabel->setText(
        tr("Sign %1 with a certificate. The signed copy is kept as a new version.").arg(documentLabel));
    m_ui->reasonEdit->setText(tr("Signature of the head of school"));
    // Nothing of the password may linger in a clipboard or an input method's memory.
    m_ui->passwordEdit->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_ui->passwordEdit->setContextMenuPolicy(Qt::NoContextMenu);
    connect(m_ui->p12Radio, &QRadioButton::toggled, this, &SignDialog::updateMode);
    connect(m_ui->p12BrowseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Certificate File"), QString(), tr("PKCS#12 certificates (*.p12 *.pfx);;All files (*)"));
        if (!path.isEmpty())
            m_ui->p12PathEdit->setText(QDir::toNativeSeparators(path));
    });
    connect(m_ui->nssBrowseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("NSS Database Folder"));
        if (!path.isEmpty())
            m_ui->nssDirEdit->setText(QDir::toNativeSeparators(path));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign"));
    updateMode();
}

SignDialog::~SignDialog() {
    m_ui->passwordEdit->clear();
}

void SignDialog::updateMode() {
    const bool p12 = m_ui->p12Radio->isChecked();
    for (QWidget* widget :
         {static_cast<QWidget*>(m_ui->p12PathEdit), static_cast<QWidget*>(m_ui->p12BrowseButton),
          static_cast<QWidget*>(m_ui->passwordEdit)})
        widget->setEnabled(p12);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_ui->nssDirEdit), static_cast<QWidget*>(m_ui->nssBrowseButton),
          static_cast<QWidget*>(m_ui->nicknameEdit)})
        widget->setEnabled(!p12);
}

QString SignDialog::problem() const {
    if (m_ui->p12Radio->isChecked()) {
        const QString path = m_ui->p12PathEdit->text().trimmed();
        if (path.isEmpty())
            return tr("Certificate file: choose the .p12 or .pfx file.");
        if (!QFileInfo(path).isFile())
            return tr("Certificate file: %1 does not exist.").arg(path);
        return {};
    }
    const QString dir = m_ui->nssDirEdit->text().trimmed();
    if (dir.isEmpty())
        return tr("Database folder: choose the folder of the NSS database.");
    if (!QFileInfo(QString(dir).remove(QRegularExpression(u"^sql:"_s))).isDir())
        return tr("Database folder: %1 is not a folder.").arg(dir);
    if (m_ui->nicknameEdit->text().trimmed().isEmpty())
        return tr("Certificate nickname: give the name of the certificate in the database.");
    return {};
}

void SignDialog::accept() {
    const QString text = problem();
    m_ui->errorLabel->setText(text);
    if (text.isEmpty())
        QDialog::accept();
}

void SignDialog::done(int result) {
    // A cancelled dialog must not keep the password either.
    if (result != QDialog::Accepted)
        m_ui->passwordEdit->clear();
    QDialog::done(result);
}

documents::SignRequest SignDialog::takeRequest() {
    documents::SignRequest request;
    if (m_ui->p12Radio->isChecked()) {
        request.p12Path = QDir::fromNativeSeparators(m_ui->p12PathEdit->text().trimmed());
        request.password = m_ui->passwordEdit->text().toUtf8();
    } else {
        request.nssDir = QDir::fromNativeSeparators(m_ui->nssDirEdit->text().trimmed());
        request.nickname = m_ui->nicknameEdit->text().trimmed();
    }
    request.reason = m_ui->reasonEdit->text().trimmed();
    m_ui->passwordEdit->clear();
    return request;
}

}  // namespace passerelle::ui
