// Fichier › Se connecter à un serveur… (issue 15): the address typed into the dialog's real fields, checked
// with the wrong field named, never holding the password; a refused connection keeps the dialog and what was
// typed; the last address is offered again; an unreachable server leaves the window on its database.
#include "passerelle/ui/server_connect_dialog.h"
#include "fixtures.h"
#include "modal_answer.h"
#include "passerelle/storage/database.h"
#include "passerelle/ui/app_settings.h"
#include "passerelle/ui/main_window.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QTest>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;

// Replaces a field's text key by key, as a user does.
void typeText(QWidget* dialog, const QString& field, const QString& text) {
    auto* edit = dialog->findChild<QLineEdit*>(field);
    ASSERT_NE(edit, nullptr) << field.toStdString();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void clickButton(QWidget* dialog, QDialogButtonBox::StandardButton which) {
    dialog->findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(which)->click();
}

class ServerConnectDialogTest : public ::testing::Test {
protected:
    void TearDown() override { QSettings().remove(u"server"_s); }

    // A connector that records what it was given and answers `answer`.
    ui::ServerConnectDialog::Connector recording(Status answer = success()) {
        return [this, answer](const storage::ServerAddress& address, const QString& password) {
            ++tries;
            tried = address;
            typedPassword = password;
            return answer;
        };
    }

    int tries = 0;
    storage::ServerAddress tried;
    QString typedPassword;
};

TEST_F(ServerConnectDialogTest, BuildsTheAddressWithoutThePassword) {
    ui::ServerConnectDialog dialog({}, recording());
    dialog.show();
    EXPECT_EQ(dialog.findChild<QLineEdit*>(u"portEdit"_s)->text(), u"5432"_s);
    typeText(&dialog, u"hostEdit"_s, u"db.ville.fr"_s);
    typeText(&dialog, u"portEdit"_s, u"5433"_s);
    typeText(&dialog, u"databaseEdit"_s, u"passerelle"_s);
    typeText(&dialog, u"userEdit"_s, u"cpe.martin"_s);
    typeText(&dialog, u"passwordEdit"_s, u"s3cret"_s);
    EXPECT_EQ(dialog.findChild<QLineEdit*>(u"passwordEdit"_s)->echoMode(), QLineEdit::Password);
    auto* tls = dialog.findChild<QComboBox*>(u"tlsCombo"_s);
    EXPECT_EQ(tls->currentData().toString(), u"prefer"_s);
    QTest::keyClick(tls, Qt::Key_Down);  // « obligatoire »
    clickButton(&dialog, QDialogButtonBox::Ok);

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_EQ(tries, 1);
    EXPECT_EQ(tried.url(), u"postgresql://cpe.martin@db.ville.fr:5433/passerelle?sslmode=require"_s);
    EXPECT_EQ(typedPassword, u"s3cret"_s);
    EXPECT_FALSE(tried.url().contains(u"s3cret"_s));
    EXPECT_TRUE(dialog.findChild<QLineEdit*>(u"passwordEdit"_s)->text().isEmpty());
}

TEST_F(ServerConnectDialogTest, AnEmptyServerIsNamedAndNothingIsTried) {
    ui::ServerConnectDialog dialog({}, recording());
    dialog.show();
    typeText(&dialog, u"databaseEdit"_s, u"passerelle"_s);
    typeText(&dialog, u"userEdit"_s, u"cpe"_s);
    clickButton(&dialog, QDialogButtonBox::Ok);
    EXPECT_EQ(tries, 0);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.errorText().startsWith(u"Server:"_s)) << dialog.errorText().toStdString();
}

TEST_F(ServerConnectDialogTest, ABadPortIsNamed) {
    ui::ServerConnectDialog dialog({}, recording());
    dialog.show();
    typeText(&dialog, u"hostEdit"_s, u"db.ville.fr"_s);
    typeText(&dialog, u"databaseEdit"_s, u"passerelle"_s);
    typeText(&dialog, u"userEdit"_s, u"cpe"_s);
    for (const QString& port : {u"99999"_s, u"abc"_s, u"0"_s}) {
        typeText(&dialog, u"portEdit"_s, port);
        clickButton(&dialog, QDialogButtonBox::Ok);
        EXPECT_TRUE(dialog.errorText().startsWith(u"Port:"_s)) << port.toStdString();
    }
    EXPECT_EQ(tries, 0);
    typeText(&dialog, u"portEdit"_s, u"5432"_s);
    clickButton(&dialog, QDialogButtonBox::Ok);
    EXPECT_EQ(tries, 1);
    EXPECT_TRUE(dialog.errorText().isEmpty());
}

TEST_F(ServerConnectDialogTest, ARefusedLoginShowsTheServersMessageAndKeepsWhatWasTyped) {
    const QString refusal = u"FATAL:  password authentication failed for user \"cpe\""_s;
    ui::ServerConnectDialog dialog({}, recording(failure(refusal, {}, ErrorKind::Io)));
    dialog.show();
    typeText(&dialog, u"hostEdit"_s, u"db.ville.fr"_s);
    typeText(&dialog, u"databaseEdit"_s, u"passerelle"_s);
    typeText(&dialog, u"userEdit"_s, u"cpe"_s);
    typeText(&dialog, u"passwordEdit"_s, u"wrong"_s);
    MessageBoxAnswer answer(u"OK"_s);
    clickButton(&dialog, QDialogButtonBox::Ok);
    EXPECT_TRUE(answer.answered());
    EXPECT_TRUE(answer.question().contains(refusal)) << answer.question().toStdString();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.findChild<QLineEdit*>(u"hostEdit"_s)->text(), u"db.ville.fr"_s);
    EXPECT_EQ(dialog.findChild<QLineEdit*>(u"userEdit"_s)->text(), u"cpe"_s);
    EXPECT_TRUE(dialog.findChild<QLineEdit*>(u"passwordEdit"_s)->text().isEmpty());
}

TEST_F(ServerConnectDialogTest, TheLastAddressIsRememberedAndOffered) {
    ui::AppSettings settings = ui::AppSettings::load();
    settings.lastServerAddress = u"postgresql://cpe@db.ville.fr:5433/passerelle?sslmode=verify-full"_s;
    settings.save();
    const QString last = ui::AppSettings::load().lastServerAddress;
    EXPECT_EQ(last, settings.lastServerAddress);

    ui::ServerConnectDialog dialog(last, recording());
    EXPECT_EQ(dialog.findChild<QLineEdit*>(u"hostEdit"_s)->text(), u"db.ville.fr"_s);
    EXPECT_EQ(dialog.findChild<QLineEdit*>(u"portEdit"_s)->text(), u"5433"_s);
    EXPECT_EQ(dialog.findChild<QLineEdit*>(u"databaseEdit"_s)->text(), u"passerelle"_s);
    EXPECT_EQ(dialog.findChild<QLineEdit*>(u"userEdit"_s)->text(), u"cpe"_s);
    EXPECT_EQ(dialog.findChild<QComboBox*>(u"tlsCombo"_s)->currentData().toString(), u"verify-full"_s);
    EXPECT_TRUE(dialog.findChild<QLineEdit*>(u"passwordEdit"_s)->text().isEmpty());
}

TEST_F(ServerConnectDialogTest, AnUnreachableServerLeavesTheWindowOnItsDatabase) {
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        GTEST_SKIP() << "no QPSQL driver";
    TempFolder folder;
    auto database = storage::Database::open(folder.path(u"ecole.sqlite"_s));
    ASSERT_TRUE(database.ok());
    ui::MainWindow window(**database, fixedToday());
    auto* action = window.findChild<QAction*>(u"connectServerAction"_s);
    ASSERT_NE(action, nullptr);

    QString reported;
    QString stillTyped;
    ModalAction act([&](QWidget* dialog) {
        typeText(dialog, u"hostEdit"_s, u"127.0.0.1"_s);
        typeText(dialog, u"portEdit"_s, u"1"_s);
        typeText(dialog, u"databaseEdit"_s, u"x"_s);
        typeText(dialog, u"userEdit"_s, u"nobody"_s);
        typeText(dialog, u"passwordEdit"_s, u"pw"_s);
        MessageBoxAnswer answer(u"OK"_s);
        clickButton(dialog, QDialogButtonBox::Ok);  // returns once the message box is answered
        reported = answer.question();
        stillTyped = dialog->findChild<QLineEdit*>(u"hostEdit"_s)->text();
        clickButton(dialog, QDialogButtonBox::Cancel);
    });
    action->trigger();

    EXPECT_TRUE(act.done());
    EXPECT_TRUE(reported.contains(u"postgresql://nobody@127.0.0.1:1/x"_s)) << reported.toStdString();
    EXPECT_FALSE(reported.contains(u"pw"_s));
    EXPECT_EQ(stillTyped, u"127.0.0.1"_s);
    EXPECT_EQ(window.takeNextDatabase(), nullptr);
    EXPECT_TRUE(ui::AppSettings::load().lastServerAddress.isEmpty());
    EXPECT_TRUE((*database)->connection().isOpen());
    EXPECT_TRUE((*database)->transaction([] { return success(); }).ok());
}

}  // namespace
}  // namespace passerelle::test
