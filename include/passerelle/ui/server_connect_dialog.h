#pragma once

#include "passerelle/domain/result.h"
#include "passerelle/storage/server_address.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ServerConnectDialog;
}

namespace passerelle::ui {

// Fichier › Se connecter à un serveur… (issue 15): where a shared PostgreSQL database is and the password to
// reach it. The address it builds never holds the password, which stays in this dialog's field until the
// connector has used it: the address may be shown and remembered, the password never is.
class ServerConnectDialog final : public QDialog {
    Q_OBJECT

public:
    // Tries the address with the password; a failure's message is the server's own, shown to the user.
    using Connector = std::function<Status(const storage::ServerAddress& address, const QString& password)>;

    // `lastAddress`: the address used last time (postgresql://…), offered again; empty or unreadable: blank
    // fields with the usual port.
    explicit ServerConnectDialog(const QString& lastAddress, Connector connector, QWidget* parent = nullptr);
    ~ServerConnectDialog() override;

    // The address as typed, checked: a message naming the field when one is wrong.
    Result<storage::ServerAddress> address() const;
    // The validation message or the connection's failure shown in the dialog, empty when none.
    QString errorText() const;

    // Shows a problem above the buttons (a validation message, or why the last try failed), and puts the
    // cursor in `field` when there is one; an empty message hides it.
    void showProblem(const QString& message, QWidget* field = nullptr);

    void accept() override;

private:
    void fill(const QString& lastAddress);

    std::unique_ptr<Ui::ServerConnectDialog> m_ui;
    Connector m_connector;
};

}  // namespace passerelle::ui
