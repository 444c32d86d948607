// The screenshots of docs/user-guide.md, taken from the real widgets on demo data in French. Opt-in: run
//   PASSERELLE_SCREENSHOT_DIR=docs/screenshots QT_QPA_PLATFORM=xcb xvfb-run -s "-screen 0 1366x768x24"
//       build/default/tests/ui/ui_tests --gtest_filter='GuideScreenshots.*'
// and look at every picture before committing it (nothing cut off, nothing left in English).
#include "english_texts.h"
#include "lists_fixture.h"
#include "passerelle/ui/csv_import_dialog.h"
#include "passerelle/ui/dashboard_page.h"
#include "passerelle/ui/deadlines_page.h"
#include "passerelle/ui/editors.h"
#include "passerelle/ui/first_start_wizard.h"
#include "passerelle/ui/list_page.h"
#include "passerelle/ui/main_window.h"
#include "passerelle/ui/record_documents_dialog.h"
#include "passerelle/ui/server_connect_dialog.h"
#include "passerelle/ui/siecle_import_dialog.h"
#include "passerelle/ui/translations.h"
#include "typing.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;

class GuideScreenshots : public ::testing::Test {
protected:
    void SetUp() override {
        m_folder = qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR");
        if (m_folder.isEmpty())
            GTEST_SKIP() << "PASSERELLE_SCREENSHOT_DIR not set";
        ASSERT_TRUE(QDir().mkpath(m_folder));
        ui::installTranslations(QLocale(QLocale::French, QLocale::France));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        ASSERT_TRUE(demo.create(3000));  // a big collège: measures in progress on "today"
    }

    void TearDown() override {
        if (!m_folder.isEmpty()) {
            backToEnglish();
            QLocale::setDefault(QLocale(QLocale::English));
        }
    }

    void shoot(QWidget& widget, const QString& name) {
        widget.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
        QTest::qWait(300);
        EXPECT_TRUE(widget.grab().save(m_folder + u"/"_s + name + u".png"_s)) << name.toStdString();
    }

    std::unique_ptr<ui::RecordEditorDialog> editor(ui::EditorKind kind, const QString& id) {
        auto dialog = ui::makeEditor(kind, *demo.database, id, fixedToday(), nullptr);
        dialog->setAsker([](ui::RecordEditorDialog::Question, const QString&) { return true; });
        dialog->resize(1200, 700);
        return dialog;
    }

    static void showTab(QWidget& dialog, int index) {
        if (auto* tabs = dialog.findChild<QTabWidget*>(u"tabs"_s))
            tabs->setCurrentIndex(index);
    }

    // A responsibility measure in progress on "today", with its student: the guide's running example.
    const Measure& exampleMeasure() const {
        for (const Measure& measure : demo.dataset.measures) {
            if (measure.kind == MeasureKind::Responsibility && measure.start <= fixedToday() &&
                measure.end >= fixedToday())
                return measure;
        }
        return demo.dataset.measures.first();
    }

    DemoDatabase demo;
    QString m_folder;
};

// The first-start assistant's first page, filled in.
// Writes `text` to `path` in the encoding SIECLE and Excel use.
void writeEncoded(const QString& path, const QString& text, const char* encoding) {
    QStringEncoder encoder(encoding);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(encoder.encode(text));
}

// The SIECLE import's preview: a student of the demo school changes class, two arrive, one has left.
TEST_F(GuideScreenshots, SiecleImport) {
    const Organisation* school = nullptr;
    for (const Organisation& organisation : demo.dataset.organisations) {
        if (organisation.isSchool() && !organisation.uai.isEmpty()) {
            school = &organisation;
            break;
        }
    }
    ASSERT_NE(school, nullptr);
    const Student* known = nullptr;
    for (const Student& student : demo.dataset.students) {
        if (student.schoolId == school->id && student.birthDate.isValid()) {
            known = &student;
            break;
        }
    }
    ASSERT_NE(known, nullptr);
    const QString eleve =
        uR"(      <ELEVE ELEVE_ID="%1"><ID_NATIONAL>%2</ID_NATIONAL><NOM_DE_FAMILLE>%3</NOM_DE_FAMILLE>
        <PRENOM>%4</PRENOM><DATE_NAISS>%5</DATE_NAISS>%6</ELEVE>
)"_s;
    const QString structure =
        uR"(      <STRUCTURES_ELEVE ELEVE_ID="%1"><STRUCTURE><CODE_STRUCTURE>%2</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE></STRUCTURES_ELEVE>
)"_s;
    const QString xml =
        u"<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n<BEE_ELEVES VERSION=\"3.4\">\n  <PARAMETRES><UAJ>"_s +
        school->uai + u"</UAJ></PARAMETRES>\n  <DONNEES>\n    <ELEVES>\n"_s +
        eleve.arg(u"700001"_s, u"120000001AB"_s, known->lastName.toUpper(), known->firstName,
                  known->birthDate.toString(u"dd/MM/yyyy"_s), QString()) +
        eleve.arg(u"700002"_s, u"120000002AB"_s, u"LEFÈVRE-D'ŒUVRE"_s, u"Chloé"_s, u"14/03/2013"_s,
                  QString()) +
        eleve.arg(u"700003"_s, u"120000003AB"_s, u"NGUYEN"_s, u"Thomas"_s, u"02/05/2012"_s,
                  u"<DATE_SORTIE>20/11/2026</DATE_SORTIE>"_s) +
        u"    </ELEVES>\n    <STRUCTURES>\n"_s + structure.arg(u"700001"_s, u"3e C"_s) +
        structure.arg(u"700002"_s, u"3e A"_s) + structure.arg(u"700003"_s, u"3e C"_s) +
        u"    </STRUCTURES>\n  </DONNEES>\n</BEE_ELEVES>\n"_s;
    const QString path = demo.folder.path(u"ElevesSansAdresses.xml"_s);
    writeEncoded(path, xml, "ISO-8859-15");
    ui::SiecleImportDialog dialog(*demo.database, {path});
    dialog.resize(1100, 680);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isReading(); }, 30000));
    shoot(dialog, u"guide-13-siecle-import"_s);
}

// The spreadsheet import's column mapping, on a list saved by Excel from Pronote.
TEST_F(GuideScreenshots, CsvImport) {
    const QString path = demo.folder.path(u"eleves-pronote.csv"_s);
    writeEncoded(path,
                 u"Nom;Prénom;Né(e) le;Classe;INE\r\nDUPONT;Hélène;12/02/2013;4e A;\r\n"
                 u"MARTIN;Œdipe;01/09/2012;3e B;\r\nLEBLANC;Inès;23/06/2012;3e A;\r\n"_s,
                 "windows-1252");
    ui::CsvImportDialog dialog(*demo.database, path);
    dialog.resize(1000, 680);
    shoot(dialog, u"guide-14-csv-import"_s);
}

// Fichier › Se connecter à un serveur…, filled in from the last address: only the password is left to type.
TEST_F(GuideScreenshots, ServerConnect) {
    ui::ServerConnectDialog dialog(
        u"postgresql://cpe.martin@passerelle.ville-vincennes.fr/passerelle?sslmode=require"_s,
        [](const storage::ServerAddress&, const QString&) { return success(); });
    dialog.resize(620, 380);
    shoot(dialog, u"guide-15-server-connect"_s);
}

TEST_F(GuideScreenshots, FirstStart) {
    ui::FirstStartWizard wizard(fixedToday());
    wizard.findChild<QLineEdit*>(u"nameEdit"_s)->setText(u"Collège Jean Moulin"_s);
    wizard.findChild<QLineEdit*>(u"uaiEdit"_s)->setText(u"0761234A"_s);
    wizard.findChild<QLineEdit*>(u"addressEdit"_s)->setText(u"12 rue des Écoles, 76000 Rouen"_s);
    wizard.findChild<QLineEdit*>(u"phoneEdit"_s)->setText(u"02 35 00 00 00"_s);
    wizard.findChild<QLineEdit*>(u"emailEdit"_s)->setText(u"ce.0761234a@ac-normandie.fr"_s);
    shoot(wizard, u"guide-00-first-start"_s);
}

// The deadlines, one of them marked handled and shown on demand.
TEST_F(GuideScreenshots, Deadlines) {
    ui::MainWindow window(*demo.database, fixedToday());
    window.resize(1366, 740);
    window.showSection(ui::MainWindow::Deadlines);
    window.deadlinesPage()->setHorizonDays(365);
    shoot(window, u"guide-11-deadlines"_s);
}

TEST_F(GuideScreenshots, MainWindow) {
    ui::MainWindow window(*demo.database, fixedToday());
    window.resize(1366, 768);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.dashboardPage()->isLoading(); }, 20000));
    shoot(window, u"guide-01-dashboard"_s);
    window.showSection(ui::MainWindow::Measures);
    shoot(window, u"guide-09-measures"_s);
}

TEST_F(GuideScreenshots, Partner) {
    const Student& student = demo.dataset.students.first();
    auto dialog = editor(ui::EditorKind::Organisation, student.schoolId);
    showTab(*dialog, 1);
    shoot(*dialog, u"guide-02-partner"_s);
}

TEST_F(GuideScreenshots, Student) {
    auto dialog = editor(ui::EditorKind::Student, exampleMeasure().studentId);
    shoot(*dialog, u"guide-03-student"_s);
}

TEST_F(GuideScreenshots, Agreement) {
    auto dialog = editor(ui::EditorKind::Agreement, exampleMeasure().agreementId);
    showTab(*dialog, 1);
    shoot(*dialog, u"guide-04-agreement"_s);
}

TEST_F(GuideScreenshots, Measure) {
    const Measure& measure = exampleMeasure();
    auto dialog = editor(ui::EditorKind::Measure, measure.id);
    // 3 h 30 on a Tuesday afternoon: the rules panel shows RESP-DAILY-HOURS, as in the guide's example.
    auto* from = dialog->findChild<ui::TimeField*>(u"time_1_2"_s);
    auto* to = dialog->findChild<ui::TimeField*>(u"time_1_3"_s);
    if (from && to) {
        typeInto(from, u"17h"_s);
        typeInto(to, u"2030"_s);
    }
    showTab(*dialog, 2);
    shoot(*dialog, u"guide-05-measure-timetable"_s);
    dialog->undoStack()->setIndex(0);
    showTab(*dialog, 4);
    shoot(*dialog, u"guide-06-measure-followup"_s);
    showTab(*dialog, 5);
    if (auto* add = dialog->findChild<QPushButton*>(u"addIncidentButton"_s)) {
        QTest::mouseClick(add, Qt::LeftButton);
        // Set rather than typed: QTest types ASCII only.
        dialog->findChild<QLineEdit*>(u"incidentDescriptionEdit"_s)
            ->setText(u"Arrivé avec 30 minutes de retard, sans prévenir"_s);
    }
    shoot(*dialog, u"guide-07-measure-incidents"_s);
}

TEST_F(GuideScreenshots, Documents) {
    ui::RecordDocumentsDialog dialog(*demo.database, {storage::ArchivedKind::Measure, exampleMeasure().id},
                                     fixedToday());
    ASSERT_TRUE(dialog.loadError().isEmpty()) << dialog.loadError().toStdString();
    ASSERT_TRUE(dialog.issueSelected().ok());
    dialog.resize(1200, 700);
    shoot(dialog, u"guide-08-documents"_s);
}

}  // namespace
}  // namespace passerelle::test
