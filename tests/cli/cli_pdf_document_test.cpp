// `passerelle-cli pdf agreement|measure|group ID --document NAME` (issue 12, "Letters"): each name picks one
// of the record's documents; an unknown name or a document the record does not have exits with 2 and writes
// no file.

#include "cli_runner.h"
#include "fixtures.h"
#include "pdf_tools.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class CliPdfDocument : public ::testing::Test {
protected:
    // One demo database for the whole suite: 300 students give responsibility measures, exclusion
    // alternatives, agreements and group activities.
    static void SetUpTestSuite() {
        s_folder = new TempFolder;
        s_database = s_folder->path(u"demo.sqlite"_s);
        const CliRun demo = runCli({u"--database"_s, s_database, u"demo"_s, u"--students"_s, u"300"_s,
                                    u"--today"_s, u"2026-11-24"_s},
                                   s_folder->path(u"data"_s));
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }
    static void TearDownTestSuite() {
        delete s_folder;
        s_folder = nullptr;
    }

    CliRun run(QStringList arguments) const {
        return runCli(QStringList{u"--database"_s, s_database} + arguments, m_folder.path(u"data"_s));
    }
    QString path(const QString& name) const { return m_folder.path(name); }

    // The id of the first record of `list KIND` whose second field is `second` (any when empty).
    QString firstRecord(const QString& kind, const QString& second = {}) const {
        const CliRun list = run({u"list"_s, kind});
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        for (const QByteArray& line : list.out.split('\n')) {
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() >= 2 && (second.isEmpty() || QString::fromUtf8(fields.at(1)) == second))
                return QString::fromUtf8(fields.at(0));
        }
        ADD_FAILURE() << "no " << kind.toStdString() << " " << second.toStdString() << " in the demo data";
        return {};
    }

    // The PDF's text, with typographic apostrophes as plain ones and no-break spaces as spaces, so that the
    // titles below do not depend on the typography of the day.
    static QString textOf(const QByteArray& pdf) {
        QString text = pdfText(pdf);
        text.replace(u'\u2019', u'\'');
        return text.simplified();
    }
    static QByteArray readFile(const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Runs `pdf KIND ID --document NAME -o FILE`, expects success and returns the PDF's text.
    QString documentText(const QString& kind, const QString& id, const QString& name) const {
        const QString file = path(kind + u'-' + id + u'-' + name + u".pdf"_s);
        const CliRun pdf =
            run({u"pdf"_s, kind, id, u"--document"_s, name, u"-o"_s, file, u"--today"_s, u"2026-11-24"_s});
        EXPECT_EQ(pdf.exitCode, 0) << kind.toStdString() << ' ' << name.toStdString() << ": "
                                   << pdf.err.toStdString();
        EXPECT_TRUE(pdf.out.startsWith(QByteArray(file.toUtf8() + '\t'))) << pdf.out.toStdString();
        const QByteArray bytes = readFile(file);
        EXPECT_TRUE(bytes.startsWith("%PDF")) << file.toStdString();
        return textOf(bytes);
    }

    // Runs `pdf KIND ID --document NAME -o FILE`, expects exit 2, no file, and returns stderr.
    QString refused(const QString& kind, const QString& id, const QString& name) const {
        const QString file = path(u"refused.pdf"_s);
        const CliRun pdf =
            run({u"pdf"_s, kind, id, u"--document"_s, name, u"-o"_s, file, u"--today"_s, u"2026-11-24"_s});
        EXPECT_EQ(pdf.exitCode, 2) << kind.toStdString() << ' ' << name.toStdString();
        EXPECT_TRUE(pdf.out.isEmpty()) << pdf.out.toStdString();
        EXPECT_FALSE(QFile::exists(file)) << kind.toStdString() << ' ' << name.toStdString();
        return QString::fromUtf8(pdf.err);
    }

    static TempFolder* s_folder;
    static QString s_database;
    TempFolder m_folder;
};

TempFolder* CliPdfDocument::s_folder = nullptr;
QString CliPdfDocument::s_database;

}  // namespace

TEST_F(CliPdfDocument, EachMeasureDocumentByItsName) {
    const QString responsibility = firstRecord(u"measures"_s, u"responsibility"_s);
    const QString alternative = firstRecord(u"measures"_s, u"exclusion-alternative"_s);
    ASSERT_FALSE(responsibility.isEmpty());
    ASSERT_FALSE(alternative.isEmpty());

    const QString measure = documentText(u"measure"_s, responsibility, u"measure"_s);
    EXPECT_CONTAINS(measure, u"Document précisant les modalités"_s);
    EXPECT_CONTAINS(measure, u"mesure de responsabilisation"_s);
    EXPECT_CONTAINS(documentText(u"measure"_s, responsibility, u"host-report"_s),
                    u"Compte rendu de la structure d'accueil"_s);
    EXPECT_CONTAINS(documentText(u"measure"_s, alternative, u"commitment"_s), u"Contrat d'engagement"_s);
    EXPECT_CONTAINS(documentText(u"measure"_s, alternative, u"booklet"_s), u"Livret d'accueil"_s);
    EXPECT_CONTAINS(documentText(u"measure"_s, alternative, u"host-report"_s),
                    u"Compte rendu de la structure d'accueil"_s);
    // The name before issue 12 still works.
    EXPECT_CONTAINS(documentText(u"measure"_s, alternative, u"contract"_s), u"Contrat d'engagement"_s);
}

TEST_F(CliPdfDocument, EachAgreementDocumentByItsName) {
    const QString agreement = firstRecord(u"agreements"_s);
    ASSERT_FALSE(agreement.isEmpty());
    // The agreement's own title (the last field of `list agreements`) heads its document.
    QString title;
    for (const QByteArray& line : run({u"list"_s, u"agreements"_s}).out.split('\n')) {
        if (line.startsWith(QByteArray(agreement.toUtf8() + '\t')))
            title = QString::fromUtf8(line.split('\t').last()).replace(u'\u2019', u'\'');
    }
    ASSERT_FALSE(title.isEmpty());
    const QString text = documentText(u"agreement"_s, agreement, u"agreement"_s);
    EXPECT_CONTAINS(text, title);
    EXPECT_CONTAINS(text, u"Fait à"_s);
    EXPECT_CONTAINS(documentText(u"agreement"_s, agreement, u"formal-notice"_s).toLower(),
                    u"mise en demeure"_s);
    EXPECT_CONTAINS(documentText(u"agreement"_s, agreement, u"termination"_s).toLower(), u"dénonciation"_s);
}

TEST_F(CliPdfDocument, AGroupPrintsItsAttendanceSheetByName) {
    const QString group = firstRecord(u"groups"_s);
    ASSERT_FALSE(group.isEmpty());
    EXPECT_CONTAINS(documentText(u"group"_s, group, u"attendance"_s), u"Feuille d'émargement"_s);
}

TEST_F(CliPdfDocument, WithoutDocumentTheUsualOneAsBefore) {
    const QString responsibility = firstRecord(u"measures"_s, u"responsibility"_s);
    const QString alternative = firstRecord(u"measures"_s, u"exclusion-alternative"_s);
    const QString agreement = firstRecord(u"agreements"_s);
    const struct {
        QString kind, id, name;
    } cases[] = {{u"measure"_s, responsibility, u"measure"_s},
                 {u"measure"_s, alternative, u"commitment"_s},
                 {u"agreement"_s, agreement, u"agreement"_s}};
    for (const auto& [kind, id, name] : cases) {
        const QString file = path(u"usual.pdf"_s);
        const CliRun pdf = run({u"pdf"_s, kind, id, u"-o"_s, file, u"--today"_s, u"2026-11-24"_s});
        ASSERT_EQ(pdf.exitCode, 0) << pdf.err.toStdString();
        // Same text, PROJET stamp included.
        EXPECT_EQ(textOf(readFile(file)), documentText(kind, id, name))
            << kind.toStdString() << ' ' << name.toStdString();
    }
}

TEST_F(CliPdfDocument, ADocumentTheRecordDoesNotHaveExitsWithTwo) {
    const QString responsibility = firstRecord(u"measures"_s, u"responsibility"_s);
    const QString alternative = firstRecord(u"measures"_s, u"exclusion-alternative"_s);

    QString message = refused(u"measure"_s, responsibility, u"commitment"_s);
    EXPECT_TRUE(message.contains(u"measure %1 has no commitment document"_s.arg(responsibility)))
        << message.toStdString();
    EXPECT_TRUE(message.contains(u"its documents: measure, host-report"_s)) << message.toStdString();
    message = refused(u"measure"_s, responsibility, u"booklet"_s);
    EXPECT_TRUE(message.contains(u"has no booklet document"_s)) << message.toStdString();
    message = refused(u"measure"_s, responsibility, u"attendance"_s);
    EXPECT_TRUE(message.contains(u"has no attendance document"_s)) << message.toStdString();

    message = refused(u"measure"_s, alternative, u"measure"_s);
    EXPECT_TRUE(message.contains(u"measure %1 has no measure document"_s.arg(alternative)))
        << message.toStdString();
    EXPECT_TRUE(message.contains(u"its documents: commitment, booklet, host-report"_s))
        << message.toStdString();
}

// The council's deliberation (seed 002) of an agreement that has one, the annex of local resources (seed
// 003) of one that has resources; the others exit with 2, saying why (issue 12). The demo's talking groups
// have the town council's deliberation and no resources; the département's absenteeism agreement has its
// resources and no deliberation.
TEST_F(CliPdfDocument, TheDeliberationAndTheAnnexOfTheAgreementsThatHaveThem) {
    const QString talkingGroups = firstRecord(u"agreements"_s, u"talking-groups"_s);
    const QString absenteeism = firstRecord(u"agreements"_s, u"absenteeism-prevention"_s);
    ASSERT_FALSE(talkingGroups.isEmpty());
    ASSERT_FALSE(absenteeism.isEmpty());

    const QString deliberation = documentText(u"agreement"_s, talkingGroups, u"deliberation"_s);
    EXPECT_CONTAINS(deliberation, u"EXPOSÉ DES MOTIFS"_s);
    EXPECT_CONTAINS(deliberation, u"LE CONSEIL, sur la proposition de son président de séance"_s);
    EXPECT_CONTAINS(deliberation, u"ARTICLE UNIQUE : APPROUVE la convention"_s);
    EXPECT_CONTAINS(deliberation, u"PUBLIÉ PAR VOIE D'AFFICHAGE LE"_s);
    const QString annex = documentText(u"agreement"_s, absenteeism, u"annex"_s);
    EXPECT_CONTAINS(annex, u"Annexe – Les ressources locales"_s);
    EXPECT_CONTAINS(annex, u"Dispositif ou structure"_s);

    QString message = refused(u"agreement"_s, talkingGroups, u"annex"_s);
    EXPECT_TRUE(
        message.contains(u"agreement %1 has no annex document (the agreement has no local resources "
                         u"to annex); its documents: agreement, deliberation, formal-notice, "
                         u"termination"_s.arg(talkingGroups)))
        << message.toStdString();
    message = refused(u"agreement"_s, absenteeism, u"deliberation"_s);
    EXPECT_TRUE(
        message.contains(u"agreement %1 has no deliberation document (the agreement has no "
                         u"deliberation); its documents: agreement, annex, formal-notice, "
                         u"termination"_s.arg(absenteeism)))
        << message.toStdString();
}

TEST_F(CliPdfDocument, AnUnknownDocumentExitsWithTwoListingTheNames) {
    const QString responsibility = firstRecord(u"measures"_s, u"responsibility"_s);
    const QString agreement = firstRecord(u"agreements"_s);
    const QString group = firstRecord(u"groups"_s);

    QString message = refused(u"measure"_s, responsibility, u"letter"_s);
    EXPECT_TRUE(message.contains(u"no document 'letter' for a measure"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"measure, commitment, booklet, host-report or attendance"_s))
        << message.toStdString();
    // A measure's document is unknown for an agreement, and the other way round.
    message = refused(u"agreement"_s, agreement, u"booklet"_s);
    EXPECT_TRUE(message.contains(u"agreement, deliberation, annex, formal-notice or termination"_s))
        << message.toStdString();
    message = refused(u"measure"_s, responsibility, u"formal-notice"_s);
    EXPECT_TRUE(message.contains(u"no document 'formal-notice' for a measure"_s)) << message.toStdString();
    message = refused(u"group"_s, group, u"measure"_s);
    EXPECT_TRUE(message.contains(u"expected attendance"_s)) << message.toStdString();
    // The archive's names are not the command line's.
    refused(u"agreement"_s, agreement, u"termination-notice"_s);
    // An unknown id is still bad input, with or without --document.
    refused(u"measure"_s, u"NO-SUCH-ID"_s, u"measure"_s);
}
