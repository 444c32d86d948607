#include "passerelle/ui/server_connect_dialog.h"

#include "ui_server_connect_dialog.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int defaultPort = 5432;
constexpr int highestPort = 65535;
// libpq's sslmode values, in the order the choice lists them; "prefer" is libpq's own default.
const QString preferMode = u"prefer"_s;

}  // namespace

ServerConnectDialog::ServerConnectDialog(const QString& lastAddress, Connector connector, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ServerConnectDialog>()), m_connector(std::move(connector)) {
    m_ui->setupUi(this);
    m_ui->tlsCombo->addItem(tr("If the server offers it"), preferMode);
    m_ui->tlsCombo->addItem(tr("Required"), u"require"_s);
    m_ui->tlsCombo->addItem(tr("Required, with the server's certificate checked"), u"verify-full"_s);
    // Nothing of the password may linger in a clipboard or an input method's memory.
    m_ui->passwordEdit->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_ui->passwordEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ServerConnectDialog::reject);
    fill(lastAddress);
}

ServerConnectDialog::~ServerConnectDialog() = default;

void ServerConnectDialog::fill(const QString& lastAddress) {
    const auto last = storage::isServerAddress(lastAddress) ? storage::parseServerAddress(lastAddress)
                                                            : Result<storage::ServerAddress>(failure({}));
    if (!last) {
        m_ui->hostEdit->setFocus();
        return;
    }
    m_ui->hostEdit->setText(last->host);
    m_ui->portEdit->setText(QString::number(last->port > 0 ? last->port : defaultPort));
    m_ui->databaseEdit->setText(last->database);
    m_ui->userEdit->setText(last->user);
    const int mode = m_ui->tlsCombo->findData(last->sslMode.isEmpty() ? preferMode : last->sslMode);
    m_ui->tlsCombo->setCurrentIndex(qMax(mode, 0));
    // Only the password is left to type.
    m_ui->passwordEdit->setFocus();
}

Result<storage::ServerAddress> ServerConnectDialog::address() const {
    storage::ServerAddress address;
    address.host = m_ui->hostEdit->text().trimmed();
    address.database = m_ui->databaseEdit->text().trimmed();
    address.user = m_ui->userEdit->text().trimmed();
    address.sslMode = m_ui->tlsCombo->currentData().toString();
    if (address.host.isEmpty())
        return failure(tr("Server: type the name or address of the server."), u"host"_s);
    bool isNumber = false;
    const QString portText = m_ui->portEdit->text().trimmed();
    address.port = portText.isEmpty() ? defaultPort : portText.toInt(&isNumber);
    if (!portText.isEmpty() && (!isNumber || address.port < 1 || address.port > highestPort))
        return failure(tr("Port: type a number from 1 to %1 (usually %2).").arg(highestPort).arg(defaultPort),
                       u"port"_s);
    if (address.database.isEmpty())
        return failure(tr("Database: type the name of the database on the server."), u"database"_s);
    if (address.user.isEmpty())
        return failure(tr("User: type your login on the server."), u"user"_s);
    // The address read back as the storage layer reads it: what it refuses is refused here, before a try.
    const auto checked = storage::parseServerAddress(address.url());
    if (!checked)
        return failure(checked.error().message, u"host"_s);
    return *checked;
}

QString ServerConnectDialog::errorText() const {
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void ServerConnectDialog::showProblem(const QString& message, QWidget* field) {
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    if (field)
        field->setFocus();
}

void ServerConnectDialog::accept() {
    const auto address = this->address();
    if (!address) {
        const QString& field = address.error().field;
        QWidget* widget = field == u"port"_s       ? m_ui->portEdit
                          : field == u"database"_s ? m_ui->databaseEdit
                          : field == u"user"_s     ? m_ui->userEdit
                                                   : static_cast<QWidget*>(m_ui->hostEdit);
        showProblem(address.error().message, widget);
        return;
    }
    showProblem({}, nullptr);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status connected = m_connector ? m_connector(*address, m_ui->passwordEdit->text()) : success();
    QGuiApplication::restoreOverrideCursor();
    // The password has done its work either way: it never stays in the form longer than the try.
    m_ui->passwordEdit->clear();
    if (!connected) {
        // The dialog stays open with what was typed, so that a typo is fixed without typing it all again.
        // The storage layer's message names the address and carries the server's own words.
        QMessageBox::warning(
            this, windowTitle(),
            tr("Passerelle could not connect to the server.") + u"\n\n"_s + connected.error().message);
        m_ui->passwordEdit->setFocus();
        return;
    }
    QDialog::accept();
}

}  // namespace passerelle::ui
