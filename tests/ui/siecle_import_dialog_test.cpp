// Issue 13, "Students in", in the application: Fichier › Importer › Depuis SIECLE… reads SIECLE exports in a
// worker thread, picks the school by its UAI, previews the counts and the changed fields, and writes only on
// Import (after a backup, in one transaction). Files written here in the real structure, in ISO-8859-15.
#include "passerelle/ui/siecle_import_dialog.h"
#include "english_texts.h"
#include "fixtures.h"
#include "modal_answer.h"
#include "passerelle/runtime/paths.h"
#include "passerelle/storage/backups.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/main_window.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;

// ISO-8859-15 bytes: Latin-1 but for Œ and œ (and a few letters these files do not use).
QByteArray latin9(const QString& text) {
    QByteArray bytes;
    for (const QChar c : text) {
        if (c == QChar(0x0152))
            bytes.append(char(0xBC));
        else if (c == QChar(0x0153))
            bytes.append(char(0xBD));
        else
            bytes.append(c.unicode() < 0x100 ? char(c.unicode()) : '?');
    }
    return bytes;
}

// Three students of the collège 0761234A: Émile (stored already, in 4A: his class changes), Léa (a group
// 3LAT beside her class 3B) and Hugo, who left on 15/01/2027.
const QString elevesXml =
    uR"(<?xml version="1.0" encoding="ISO-8859-15"?>
<BEE_ELEVES VERSION="3.4">
  <PARAMETRES>
    <UAJ>0761234A</UAJ>
    <ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE>
  </PARAMETRES>
  <DONNEES>
    <ELEVES>
      <ELEVE ELEVE_ID="3001" ELENOET="601">
        <ID_NATIONAL>300000001AA</ID_NATIONAL>
        <NOM_DE_FAMILLE>LEFÈVRE</NOM_DE_FAMILLE>
        <PRENOM>Émile</PRENOM>
        <DATE_NAISS>14/03/2012</DATE_NAISS>
      </ELEVE>
      <ELEVE ELEVE_ID="3002" ELENOET="602">
        <ID_NATIONAL>300000002BB</ID_NATIONAL>
        <NOM_DE_FAMILLE>BŒUF</NOM_DE_FAMILLE>
        <PRENOM>Léa</PRENOM>
        <DATE_NAISS>30/06/2012</DATE_NAISS>
      </ELEVE>
      <ELEVE ELEVE_ID="3003" ELENOET="603">
        <ID_NATIONAL>300000003CC</ID_NATIONAL>
        <NOM_DE_FAMILLE>MARTIN</NOM_DE_FAMILLE>
        <PRENOM>Hugo</PRENOM>
        <DATE_NAISS>01/09/2011</DATE_NAISS>
        <DATE_SORTIE>15/01/2027</DATE_SORTIE>
      </ELEVE>
    </ELEVES>
    <STRUCTURES>
      <STRUCTURES_ELEVE ELEVE_ID="3001">
        <STRUCTURE><CODE_STRUCTURE>3A</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>
      </STRUCTURES_ELEVE>
      <STRUCTURES_ELEVE ELEVE_ID="3002">
        <STRUCTURE><CODE_STRUCTURE>3LAT</CODE_STRUCTURE><TYPE_STRUCTURE>G</TYPE_STRUCTURE></STRUCTURE>
        <STRUCTURE><CODE_STRUCTURE>3B</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>
      </STRUCTURES_ELEVE>
      <STRUCTURES_ELEVE ELEVE_ID="3003">
        <STRUCTURE><CODE_STRUCTURE>3C</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>
      </STRUCTURES_ELEVE>
    </STRUCTURES>
  </DONNEES>
</BEE_ELEVES>
)"_s;

// Émile's mother and Léa's father (level 1), and a tutor of the unknown student 9999 (skipped).
const QString responsablesXml =
    uR"(<?xml version="1.0" encoding="ISO-8859-15"?>
<BEE_RESPONSABLES VERSION="3.4">
  <PARAMETRES>
    <UAJ>0761234A</UAJ>
  </PARAMETRES>
  <DONNEES>
    <PERSONNES>
      <PERSONNE PERSONNE_ID="8001">
        <LC_CIVILITE>MME</LC_CIVILITE>
        <NOM_DE_FAMILLE>LEFÈVRE</NOM_DE_FAMILLE>
        <PRENOM>Hélène</PRENOM>
        <TEL_PORTABLE>0611223344</TEL_PORTABLE>
      </PERSONNE>
      <PERSONNE PERSONNE_ID="8002">
        <LC_CIVILITE>M.</LC_CIVILITE>
        <NOM_DE_FAMILLE>BŒUF</NOM_DE_FAMILLE>
        <PRENOM>Marc</PRENOM>
      </PERSONNE>
      <PERSONNE PERSONNE_ID="8003">
        <LC_CIVILITE>M.</LC_CIVILITE>
        <NOM_DE_FAMILLE>INCONNU</NOM_DE_FAMILLE>
        <PRENOM>Paul</PRENOM>
      </PERSONNE>
    </PERSONNES>
    <RESPONSABLES>
      <RESPONSABLE_ELEVE>
        <ELEVE_ID>3001</ELEVE_ID>
        <PERSONNE_ID>8001</PERSONNE_ID>
        <CODE_PARENTE>10</CODE_PARENTE>
        <NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE>
      </RESPONSABLE_ELEVE>
      <RESPONSABLE_ELEVE>
        <ELEVE_ID>3002</ELEVE_ID>
        <PERSONNE_ID>8002</PERSONNE_ID>
        <CODE_PARENTE>20</CODE_PARENTE>
        <NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE>
      </RESPONSABLE_ELEVE>
      <RESPONSABLE_ELEVE>
        <ELEVE_ID>9999</ELEVE_ID>
        <PERSONNE_ID>8003</PERSONNE_ID>
        <CODE_PARENTE>50</CODE_PARENTE>
        <NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE>
      </RESPONSABLE_ELEVE>
    </RESPONSABLES>
  </DONNEES>
</BEE_RESPONSABLES>
)"_s;

// Not well-formed: the PRENOM opened on line 8 is never closed, which the reader finds on line 9.
const QString brokenXml =
    uR"(<?xml version="1.0" encoding="ISO-8859-15"?>
<BEE_ELEVES VERSION="3.4">
  <PARAMETRES><UAJ>0761234A</UAJ></PARAMETRES>
  <DONNEES>
    <ELEVES>
      <ELEVE ELEVE_ID="3001">
        <NOM_DE_FAMILLE>LEFÈVRE</NOM_DE_FAMILLE>
        <PRENOM>Émile
      </ELEVE>
    </ELEVES>
  </DONNEES>
</BEE_ELEVES>
)"_s;

class SiecleImportDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = storage::Database::open(folder.path(u"college.sqlite"_s));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        database = std::move(opened).value();
        Organisation school;
        school.kind = OrganisationKind::School;
        school.name = u"Collège Jules Verne"_s;
        school.uai = u"0761234A"_s;
        auto saved = storage::OrganisationRepository(*database).save(school);
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
        schoolId = saved->id;
        Organisation other;
        other.kind = OrganisationKind::School;
        other.name = u"Lycée Flaubert"_s;
        other.uai = u"0769999Z"_s;
        auto otherSaved = storage::OrganisationRepository(*database).save(other);
        ASSERT_TRUE(otherSaved.ok());

        // Émile, typed by hand last year in 4A; Paul, whom the files do not hold; Inès, of the other school.
        storage::StudentRepository students(*database);
        ASSERT_TRUE(students
                        .save(student(u"Émile"_s, u"Lefèvre"_s, QDate(2012, 3, 14), u"4A"_s, schoolId,
                                      u"300000001AA"_s))
                        .ok());
        ASSERT_TRUE(
            students.save(student(u"Paul"_s, u"Petit"_s, QDate(2012, 5, 2), u"3A"_s, schoolId, {})).ok());
        ASSERT_TRUE(
            students.save(student(u"Inès"_s, u"Roux"_s, QDate(2010, 1, 8), u"1G2"_s, otherSaved->id, {}))
                .ok());

        eleves = write(u"ElevesSansAdresses.xml"_s, elevesXml);
        responsables = write(u"ResponsablesSansAdresses.xml"_s, responsablesXml);
    }

    static Student student(const QString& first, const QString& last, const QDate& birth,
                           const QString& className, const QString& school, const QString& ine) {
        Student student;
        student.firstName = first;
        student.lastName = last;
        student.birthDate = birth;
        student.className = className;
        student.schoolId = school;
        student.ine = ine;
        return student;
    }

    QString write(const QString& name, const QString& text) const {
        const QString path = folder.path(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(latin9(text));
        return path;
    }

    QList<Student> storedOfSchool() const {
        storage::ListQuery query;
        query.schoolId = schoolId;
        auto page = storage::StudentRepository(*database).list(query);
        EXPECT_TRUE(page.ok());
        return page ? page->items : QList<Student>{};
    }

    static Student named(const QList<Student>& students, const QString& firstName) {
        for (const Student& student : students) {
            if (student.firstName == firstName)
                return student;
        }
        ADD_FAILURE() << "no student " << firstName.toStdString();
        return {};
    }

    EnglishSourceTexts english;
    TempFolder folder;
    std::unique_ptr<storage::Database> database;
    QString schoolId;
    QString eleves;
    QString responsables;
};

QString text(const ui::SiecleImportDialog& dialog, const QString& labelName) {
    auto* label = dialog.findChild<QLabel*>(labelName);
    EXPECT_NE(label, nullptr) << labelName.toStdString();
    return label ? label->text() : QString();
}

// Until the worker has read the files and the preview shows.
bool waitForPreview(const ui::SiecleImportDialog& dialog) {
    return QTest::qWaitFor(
        [&] { return !dialog.isReading() && text(dialog, u"messageLabel"_s) != u"Reading the files…"_s; },
        30000);
}

QStringList itemsOf(const QListWidget* list) {
    QStringList items;
    for (int row = 0; list && row < list->count(); ++row)
        items << list->item(row)->text();
    return items;
}

TEST_F(SiecleImportDialogTest, PreviewsThenImportsTheStudentsAndTheirRepresentatives) {
    ui::SiecleImportDialog dialog(*database, {eleves, responsables});
    dialog.show();
    ASSERT_TRUE(waitForPreview(dialog));
    EXPECT_EQ(dialog.findChild<QListWidget*>(u"filesList"_s)->count(), 2);
    EXPECT_EQ(dialog.findChild<QComboBox*>(u"schoolCombo"_s)->currentData().toString(), schoolId);
    EXPECT_TRUE(text(dialog, u"schoolLabel"_s).isEmpty()) << text(dialog, u"schoolLabel"_s).toStdString();
    EXPECT_EQ(text(dialog, u"addedCount"_s), u"2"_s);
    EXPECT_EQ(text(dialog, u"updatedCount"_s), u"1"_s);
    EXPECT_EQ(text(dialog, u"unchangedCount"_s), u"0"_s);
    EXPECT_EQ(text(dialog, u"leaversCount"_s), u"1"_s);
    EXPECT_EQ(text(dialog, u"absentCount"_s), u"1"_s);  // Paul; not Inès, of the other school
    EXPECT_EQ(text(dialog, u"skippedCount"_s), u"1"_s);

    // Émile's class, in the user's words and in the table of changes.
    auto* changes = dialog.findChild<QTableWidget*>(u"changesTable"_s);
    ASSERT_NE(changes, nullptr);
    bool classChange = false;
    for (int row = 0; row < changes->rowCount(); ++row) {
        if (changes->item(row, 1)->text() == u"Class"_s) {
            classChange = true;
            EXPECT_TRUE(changes->item(row, 0)->text().startsWith(u"Émile"_s))
                << changes->item(row, 0)->text().toStdString();
            EXPECT_EQ(changes->item(row, 2)->text(), u"4A"_s);
            EXPECT_EQ(changes->item(row, 3)->text(), u"3A"_s);
        }
    }
    EXPECT_TRUE(classChange);
    EXPECT_EQ(dialog.findChild<QTableWidget*>(u"addedTable"_s)->rowCount(), 2);
    const QStringList others = itemsOf(dialog.findChild<QListWidget*>(u"otherList"_s));
    EXPECT_TRUE(others.filter(u"Petit"_s).size() == 1) << others.join(u'\n').toStdString();
    EXPECT_TRUE(others.filter(u"9999"_s).size() == 1) << others.join(u'\n').toStdString();
    EXPECT_EQ(storedOfSchool().size(), 2);  // nothing written yet

    ASSERT_TRUE(dialog.importButton()->isEnabled());
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.summary().added, 2);
    EXPECT_EQ(dialog.summary().updated, 1);
    EXPECT_EQ(text(dialog, u"messageLabel"_s), u"2 added, 1 updated."_s);

    const QList<Student> stored = storedOfSchool();
    ASSERT_EQ(stored.size(), 4);
    const Student emile = named(stored, u"Émile"_s);
    EXPECT_EQ(emile.className, u"3A"_s);
    EXPECT_EQ(emile.siecleId, u"3001"_s);
    ASSERT_EQ(emile.legalRepresentatives.size(), 1);
    EXPECT_EQ(emile.legalRepresentatives.first().firstName, u"Hélène"_s);
    EXPECT_EQ(emile.legalRepresentatives.first().relation, u"mère"_s);
    const Student lea = named(stored, u"Léa"_s);
    EXPECT_EQ(lea.className, u"3B"_s);  // the class D, not the group G
    EXPECT_EQ(lea.lastName.compare(u"BŒUF"_s, Qt::CaseInsensitive), 0) << lea.lastName.toStdString();
    ASSERT_EQ(lea.legalRepresentatives.size(), 1);
    EXPECT_EQ(lea.legalRepresentatives.first().firstName, u"Marc"_s);
    const Student hugo = named(stored, u"Hugo"_s);
    EXPECT_EQ(hugo.className, u"3C"_s);
    EXPECT_EQ(hugo.leftOn, QDate(2027, 1, 15));
    EXPECT_EQ(named(stored, u"Paul"_s).className, u"3A"_s);  // absent from the files: kept

    // Backed up before writing, as the JSON import is.
    const auto backups = storage::Backups(runtime::backupFolder(), database->path()).list();
    ASSERT_TRUE(backups.ok());
    ASSERT_FALSE(backups->isEmpty());
    EXPECT_EQ(backups->first().reason, storage::BackupReason::Import);
    EXPECT_GE(backups->first().createdAt, before);

    // The same files again: nothing to change, nothing to import.
    ui::SiecleImportDialog again(*database, {eleves, responsables});
    ASSERT_TRUE(waitForPreview(again));
    EXPECT_EQ(text(again, u"messageLabel"_s),
              u"Nothing to change: the database already holds these students."_s);
    EXPECT_FALSE(again.importButton()->isEnabled());
    EXPECT_EQ(text(again, u"addedCount"_s), u"0"_s);
    EXPECT_EQ(text(again, u"updatedCount"_s), u"0"_s);
    EXPECT_EQ(text(again, u"unchangedCount"_s), u"3"_s);
}

TEST_F(SiecleImportDialogTest, AMalformedFileIsListedAndNothingCanBeImported) {
    const QString broken = write(u"broken.xml"_s, brokenXml);
    ui::SiecleImportDialog dialog(*database, {broken, responsables});
    ASSERT_TRUE(waitForPreview(dialog));
    EXPECT_EQ(text(dialog, u"messageLabel"_s), u"Nothing will be imported: 1 error(s)."_s);
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    const QStringList issues = itemsOf(dialog.findChild<QListWidget*>(u"issuesList"_s));
    ASSERT_FALSE(issues.isEmpty());
    EXPECT_TRUE(issues.first().contains(QRegularExpression(u"broken\\.xml:9:"_s)))
        << issues.first().toStdString();
    EXPECT_EQ(text(dialog, u"addedCount"_s), u"–"_s);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    EXPECT_EQ(storedOfSchool().size(), 2);
}

TEST_F(SiecleImportDialogTest, FilesOfAnUnknownUaiLetTheUserChooseTheSchool) {
    QString otherUai = elevesXml;
    otherUai.replace(u"<UAJ>0761234A</UAJ>"_s, u"<UAJ>0330000X</UAJ>"_s);
    ui::SiecleImportDialog dialog(*database, {write(u"Eleves.xml"_s, otherUai)});
    ASSERT_TRUE(waitForPreview(dialog));
    auto* schools = dialog.findChild<QComboBox*>(u"schoolCombo"_s);
    EXPECT_EQ(schools->currentIndex(), -1);
    EXPECT_TRUE(text(dialog, u"schoolLabel"_s).contains(u"0330000X"_s))
        << text(dialog, u"schoolLabel"_s).toStdString();
    EXPECT_FALSE(dialog.importButton()->isEnabled());

    schools->setCurrentIndex(schools->findData(schoolId));
    EXPECT_TRUE(text(dialog, u"schoolLabel"_s).contains(u"0330000X"_s));  // now a warning
    EXPECT_TRUE(text(dialog, u"schoolLabel"_s).contains(u"0761234A"_s));
    EXPECT_EQ(text(dialog, u"addedCount"_s), u"2"_s);
    EXPECT_TRUE(dialog.importButton()->isEnabled());
}

TEST_F(SiecleImportDialogTest, TheFileMenuOpensIt) {
    ui::MainWindow window(*database, fixedToday());
    auto* importMenu = window.findChild<QMenu*>(u"importMenu"_s);
    ASSERT_NE(importMenu, nullptr);
    auto* siecle = window.findChild<QAction*>(u"importSiecleAction"_s);
    ASSERT_NE(siecle, nullptr);
    EXPECT_TRUE(importMenu->actions().contains(siecle));
    EXPECT_TRUE(importMenu->actions().contains(window.findChild<QAction*>(u"importAction"_s)));
    EXPECT_TRUE(importMenu->actions().contains(window.findChild<QAction*>(u"importCsvAction"_s)));
    EXPECT_TRUE(window.findChild<QMenu*>(u"fileMenu"_s)->actions().contains(importMenu->menuAction()));

    bool wasSiecleDialog = false;
    ModalAction close([&](QWidget* modal) {
        wasSiecleDialog = qobject_cast<ui::SiecleImportDialog*>(modal) != nullptr;
        qobject_cast<QDialog*>(modal)->reject();
    });
    siecle->trigger();
    EXPECT_TRUE(close.done());
    EXPECT_TRUE(wasSiecleDialog);
    EXPECT_EQ(storedOfSchool().size(), 2);
}

}  // namespace
}  // namespace passerelle::test
