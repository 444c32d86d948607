// Issue 13, "A spreadsheet import too": Fichier › Importer › Depuis un tableur (CSV)… maps a Pronote-like
// CSV's columns, shows what it would do, imports after a backup, and maps the next file with the same
// headers the same way.
#include "passerelle/ui/csv_import_dialog.h"
#include "english_texts.h"
#include "fixtures.h"
#include "passerelle/runtime/paths.h"
#include "passerelle/storage/backups.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/app_settings.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using exchange::StudentField;

// Latin-1 for the accents, 0x8C for « Œ »: what Excel on Windows saves as « CSV (séparateur : point-virgule)
// ».
QByteArray windows1252(const QString& text) {
    QByteArray bytes;
    for (const QChar c : text)
        bytes.append(c == u'Œ' ? '\x8C' : static_cast<char>(c.unicode()));
    return bytes;
}

const QString kHeader = u"Nom;Prénom;Né(e) le;Ancienne classe;Classe;INE\r\n"_s;

class CsvImportDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().remove(u"csvImport"_s);
        auto opened = storage::Database::open(folder.path(u"college.sqlite"_s));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        database = std::move(opened).value();
        for (const QString& name : {u"Lycée Victor Hugo"_s, u"Collège Jean Moulin"_s}) {
            Organisation school;
            school.kind = OrganisationKind::School;
            school.name = name;
            auto saved = storage::OrganisationRepository(*database).save(school);
            ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
            schoolIds.append(saved->id);
        }
        // The home school is the second one: the dialog must preselect it, not the first.
        ui::AppSettings settings = previousSettings;
        settings.homeSchoolId = schoolIds.at(1);
        settings.save();
    }

    // The other suites of the run must not find this test's home school.
    void TearDown() override {
        previousSettings.save();
        QSettings().remove(u"csvImport"_s);
    }

    QString writeCsv(const QString& name, const QString& text) {
        const QString path = folder.path(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(windows1252(text));
        return path;
    }

    QList<Student> storedStudents() {
        storage::ListQuery query;
        query.schoolId = schoolIds.at(1);
        auto page = storage::StudentRepository(*database).list(query);
        EXPECT_TRUE(page.ok());
        return page ? page->items : QList<Student>{};
    }

    static QComboBox* combo(ui::CsvImportDialog& dialog, StudentField field) {
        return dialog.findChild<QComboBox*>(exchange::studentFieldKey(field) + u"Combo"_s);
    }
    static QPushButton* importButton(ui::CsvImportDialog& dialog) {
        return dialog.findChild<QPushButton*>(u"importButton"_s);
    }

    EnglishSourceTexts english;
    const ui::AppSettings previousSettings = ui::AppSettings::load();
    TempFolder folder;
    std::unique_ptr<storage::Database> database;
    QStringList schoolIds;
};

TEST_F(CsvImportDialogTest, GuessesTheColumnsAndImportsWhatTheUserChose) {
    const QString path = writeCsv(u"eleves.csv"_s, kHeader +
                                                       u"MARTIN;Léa;03/04/2011;5A;4A;123456789AB\r\n"
                                                       u"ŒUVRE;Hélène;7/9/2010;4B;3B;\r\n"
                                                       u"DUPONT;Jean;2011-12-01;5A;4A;\r\n"_s);
    ui::CsvImportDialog dialog(*database, path);
    dialog.show();
    EXPECT_EQ(dialog.findChild<QComboBox*>(u"encodingCombo"_s)->currentIndex(), 1);   // Windows-1252
    EXPECT_EQ(dialog.findChild<QComboBox*>(u"separatorCombo"_s)->currentIndex(), 0);  // ;
    EXPECT_EQ(dialog.findChild<QComboBox*>(u"schoolCombo"_s)->currentData().toString(), schoolIds.at(1));
    EXPECT_EQ(combo(dialog, StudentField::LastName)->currentText(), u"Nom"_s);
    EXPECT_EQ(combo(dialog, StudentField::FirstName)->currentText(), u"Prénom"_s);
    EXPECT_EQ(combo(dialog, StudentField::BirthDate)->currentText(), u"Né(e) le"_s);
    EXPECT_EQ(combo(dialog, StudentField::ClassName)->currentText(), u"Classe"_s);
    EXPECT_EQ(combo(dialog, StudentField::Ine)->currentText(), u"INE"_s);
    EXPECT_EQ(combo(dialog, StudentField::FamilyName)->currentText(), u"(none)"_s);
    auto* summary = dialog.findChild<QLabel*>(u"summaryLabel"_s);
    EXPECT_TRUE(summary->text().startsWith(u"3 to add, 0 to update, 0 unchanged."_s))
        << summary->text().toStdString();

    // The user takes the previous class column instead, with the keyboard.
    QComboBox* classes = combo(dialog, StudentField::ClassName);
    classes->setFocus();
    QTest::keyClick(classes, Qt::Key_Up);
    EXPECT_EQ(classes->currentText(), u"Ancienne classe"_s);
    EXPECT_EQ(dialog.mapping().column(StudentField::ClassName), 3);

    ASSERT_TRUE(importButton(dialog)->isEnabled());
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.outcome().added, 3);
    EXPECT_EQ(dialog.outcome().updated, 0);
    // The database as it was is kept first.
    const auto backups = storage::Backups(runtime::backupFolder(), database->path()).list();
    ASSERT_TRUE(backups.ok());
    EXPECT_TRUE(std::any_of(backups->cbegin(), backups->cend(), [&](const storage::BackupEntry& entry) {
        return entry.reason == storage::BackupReason::Import && entry.createdAt >= before;
    }));

    QList<Student> stored = storedStudents();
    ASSERT_EQ(stored.size(), 3);
    std::sort(stored.begin(), stored.end(),
              [](const Student& a, const Student& b) { return a.firstName < b.firstName; });
    EXPECT_EQ(stored.at(0).firstName, u"Hélène"_s);
    EXPECT_EQ(stored.at(0).lastName, u"ŒUVRE"_s);
    EXPECT_EQ(stored.at(0).className, u"4B"_s);
    EXPECT_EQ(stored.at(0).birthDate, QDate(2010, 9, 7));
    EXPECT_EQ(stored.at(2).firstName, u"Léa"_s);
    EXPECT_EQ(stored.at(2).ine, u"123456789AB"_s);
    EXPECT_EQ(stored.at(2).schoolId, schoolIds.at(1));
}

TEST_F(CsvImportDialogTest, TheNextFileWithTheSameHeadersStartsWithTheRememberedMapping) {
    const QString rows = u"MARTIN;Léa;03/04/2011;5A;4A;123456789AB\r\n"_s;
    {
        ui::CsvImportDialog dialog(*database, writeCsv(u"first.csv"_s, kHeader + rows));
        dialog.show();
        QComboBox* classes = combo(dialog, StudentField::ClassName);
        QTest::keyClick(classes, Qt::Key_Up);
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        ASSERT_EQ(dialog.result(), QDialog::Accepted);
    }
    ui::CsvImportDialog again(*database, writeCsv(u"second.csv"_s, kHeader + rows));
    EXPECT_EQ(combo(again, StudentField::ClassName)->currentText(), u"Ancienne classe"_s);
    EXPECT_EQ(again.mapping().column(StudentField::ClassName), 3);
    // The same file again changes nothing.
    EXPECT_TRUE(again.plan().added.isEmpty());
    EXPECT_TRUE(again.plan().updated.isEmpty());
    EXPECT_EQ(again.plan().unchanged.size(), 1);

    // A plain ASCII file leaves the encoding in doubt: the last choice (Windows-1252) is taken.
    ui::CsvImportDialog ascii(*database, writeCsv(u"ascii.csv"_s, u"Nom;Prenom;INE\r\nA;B;X1\r\n"_s));
    EXPECT_EQ(ascii.findChild<QComboBox*>(u"encodingCombo"_s)->currentIndex(), 1);

    // Other headers: guessed afresh.
    ui::CsvImportDialog other(
        *database, writeCsv(u"other.csv"_s, u"Classe;Nom;Prénom;Né(e) le\r\n4A;B;C;01/01/2011\r\n"_s));
    EXPECT_EQ(other.mapping().column(StudentField::ClassName), 0);
}

TEST_F(CsvImportDialogTest, AnotherEncodingOrSeparatorReadsTheFileAgain) {
    const QString path = writeCsv(u"eleves.csv"_s, kHeader + u"ŒUVRE;Hélène;7/9/2010;4B;3B;\r\n"_s);
    ui::CsvImportDialog dialog(*database, path);
    dialog.show();
    auto* encoding = dialog.findChild<QComboBox*>(u"encodingCombo"_s);
    encoding->setFocus();
    QTest::keyClick(encoding, Qt::Key_Up);  // UTF-8: the accents are lost, the columns stay
    EXPECT_EQ(encoding->currentIndex(), 0);
    EXPECT_NE(combo(dialog, StudentField::FirstName)->currentText(), u"Prénom"_s);
    EXPECT_EQ(dialog.mapping().column(StudentField::FirstName), 1);
    QTest::keyClick(encoding, Qt::Key_Down);
    EXPECT_EQ(combo(dialog, StudentField::FirstName)->currentText(), u"Prénom"_s);

    auto* separator = dialog.findChild<QComboBox*>(u"separatorCombo"_s);
    QTest::keyClick(separator, Qt::Key_Down);  // a comma: one column, nothing to import
    EXPECT_EQ(separator->currentIndex(), 1);
    EXPECT_FALSE(importButton(dialog)->isEnabled());
    QTest::keyClick(separator, Qt::Key_Up);
    EXPECT_TRUE(importButton(dialog)->isEnabled());
    EXPECT_EQ(dialog.plan().added.size(), 1);
}

TEST_F(CsvImportDialogTest, ABadDateShowsItsLineAndImportIsDisabled) {
    const QString path = writeCsv(u"bad.csv"_s, kHeader +
                                                    u"MARTIN;Léa;03/04/2011;5A;4A;\r\n"
                                                    u"ŒUVRE;Hélène;31/02/2010;4B;3B;\r\n"_s);
    ui::CsvImportDialog dialog(*database, path);
    dialog.show();
    EXPECT_FALSE(importButton(dialog)->isEnabled());
    EXPECT_TRUE(dialog.findChild<QLabel*>(u"summaryLabel"_s)->text().contains(u"1 error"_s));
    const QString issues = dialog.findChild<QPlainTextEdit*>(u"issuesEdit"_s)->toPlainText();
    EXPECT_TRUE(issues.contains(u"line 3"_s)) << issues.toStdString();
    EXPECT_TRUE(issues.contains(u"Né(e) le"_s));
    EXPECT_TRUE(issues.contains(u"ŒUVRE Hélène"_s));
    // Clicking does nothing: nothing is stored.
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(storedStudents().isEmpty());

    // Without the first-name column, Import stays disabled too.
    QComboBox* firstNames = combo(dialog, StudentField::FirstName);
    firstNames->setFocus();
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(firstNames, Qt::Key_Up);
    EXPECT_EQ(firstNames->currentText(), u"(none)"_s);
    EXPECT_TRUE(dialog.findChild<QLabel*>(u"summaryLabel"_s)->text().contains(u"First name"_s));
}

}  // namespace
}  // namespace passerelle::test
