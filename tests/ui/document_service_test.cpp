// The application's documents service and batch export, on a real (temporary) database: what a record
// prints, the « PROJET » stamp exactly when the rules find errors, issued versions with their SHA-256, and
// exports of several measures into a folder or one merged PDF, cancelled or not.
#include "document_world.h"
#include "passerelle/documents/pdf_output.h"
#include "passerelle/rules/rule_ids.h"
#include "passerelle/storage/document_archive.h"
#include "passerelle/storage/record_gathering.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/batch_export.h"
#include "passerelle/ui/record_documents.h"
#include "pdf_tools.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using documents::DocumentType;
using storage::ArchivedKind;
using ui::BatchExport;
using ui::BatchExportReport;
using ui::BatchExportRequest;
using ui::RecordDocuments;

QList<DocumentType> typesOf(const RecordDocuments& documents) {
    QList<DocumentType> types;
    for (const documents::DocumentChoice& choice : documents.choices())
        types << choice.type;
    return types;
}

int pageCountOf(const QByteArray& pdf) {
    return pdfInfo(pdf).value(u"Pages"_s).toInt();
}

class DocumentServiceTest : public ::testing::Test {
protected:
    DocumentWorld world;
    TempFolder out;
};

TEST_F(DocumentServiceTest, GathersOnlyTheRecordsAroundTheMeasure) {
    const Measure measure = world.saveMeasure(nextMonday());
    world.saveStudent(u"Hélène"_s, u"Bernard"_s);  // in the database, but nothing to do with the measure

    const auto records = storage::gatherRecords(*world.database, {ArchivedKind::Measure, measure.id});
    ASSERT_TRUE(records.ok()) << records.error().message.toStdString();
    ASSERT_EQ(records->measures.size(), 1);
    ASSERT_EQ(records->students.size(), 1);
    EXPECT_EQ(records->students.first().id, world.student.id);
    QStringList organisations;
    for (const Organisation& organisation : records->organisations)
        organisations << organisation.id;
    EXPECT_TRUE(organisations.contains(world.school.id));
    EXPECT_TRUE(organisations.contains(world.host.id));
    EXPECT_EQ(records->agreements.size(), 1);
    EXPECT_EQ(records->people.size(), 4);  // head, director (the parties), tutor, CPE

    const auto missing =
        storage::gatherRecords(*world.database, {ArchivedKind::Measure, u"no-such-measure"_s});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
}

// The logo the preferences chose reaches the documents' letterhead, with the measure's school.
TEST_F(DocumentServiceTest, TheLetterheadCarriesThePreferencesLogoAndTheSchool) {
    const Measure measure = world.saveMeasure(nextMonday(), QTime(19, 0));
    QImage logo(300, 200, QImage::Format_RGB32);
    logo.fill(Qt::darkBlue);
    const RecordDocuments documents(*world.database, {ArchivedKind::Measure, measure.id}, fixedToday(), {},
                                    logo);
    const auto checked = documents.prepare(documents.choices().first());
    ASSERT_TRUE(checked.ok()) << checked.error().message.toStdString();
    ASSERT_TRUE(checked->document.letterhead.has_value());
    EXPECT_EQ(checked->document.letterhead->name, world.school.name);
    EXPECT_EQ(checked->document.letterhead->logo.size(), QSize(300, 200));
    const auto rendered = documents.render(documents.choices().first());
    ASSERT_TRUE(rendered.ok());
    EXPECT_TRUE(pdfText(rendered->pdf, 1).startsWith(world.school.name));

    const RecordDocuments without(*world.database, {ArchivedKind::Measure, measure.id}, fixedToday());
    const auto plain = without.prepare(without.choices().first());
    ASSERT_TRUE(plain.ok());
    ASSERT_TRUE(plain->document.letterhead.has_value());  // the school's name and address still
    EXPECT_TRUE(plain->document.letterhead->logo.isNull());
}

TEST_F(DocumentServiceTest, MeasureDocumentIsStampedProjetOnlyWithRuleErrors) {
    const Measure valid = world.saveMeasure(nextMonday(), QTime(19, 0));
    const RecordDocuments clean(*world.database, {ArchivedKind::Measure, valid.id}, fixedToday());
    ASSERT_TRUE(clean.loadError().isEmpty()) << clean.loadError().toStdString();
    EXPECT_EQ(typesOf(clean), (QList<DocumentType>{DocumentType::Measure, DocumentType::HostReport}));
    const auto checked = clean.prepare(clean.choices().first());
    ASSERT_TRUE(checked.ok()) << checked.error().message.toStdString();
    EXPECT_FALSE(checked->draft) << (checked->errors.isEmpty()
                                         ? std::string()
                                         : checked->errors.first().message.toStdString());
    const auto cleanPdf = clean.render(clean.choices().first());
    ASSERT_TRUE(cleanPdf.ok()) << cleanPdf.error().message.toStdString();
    const QString text = pdfText(cleanPdf->pdf);
    EXPECT_CONTAINS(text, u"mesure de responsabilisation"_s);
    EXPECT_CONTAINS(text, u"Laura"_s);
    EXPECT_TRUE(text.contains(u"Martin"_s, Qt::CaseInsensitive));
    EXPECT_CONTAINS(text, u"MACIF"_s);
    for (int page = 1; page <= cleanPdf->pageCount; ++page)
        EXPECT_FALSE(largeText(cleanPdf->pdf, page).contains(u"PROJET"_s)) << "page " << page;
    EXPECT_FALSE(text.contains(u"PROJET"_s));

    const Measure tooLong = world.saveMeasure(nextMonday().addDays(14), QTime(20, 30));
    const RecordDocuments faulty(*world.database, {ArchivedKind::Measure, tooLong.id}, fixedToday());
    const auto draft = faulty.prepare(faulty.choices().first());
    ASSERT_TRUE(draft.ok());
    EXPECT_TRUE(draft->draft);
    ASSERT_FALSE(draft->errors.isEmpty());
    EXPECT_EQ(draft->errors.first().rule, rules::id::RespDailyHours);
    const auto draftPdf = faulty.render(faulty.choices().first());
    ASSERT_TRUE(draftPdf.ok());
    ASSERT_GE(draftPdf->pageCount, 1);
    for (int page = 1; page <= draftPdf->pageCount; ++page)
        EXPECT_EQ(largeText(draftPdf->pdf, page), u"PROJET"_s) << "page " << page;
}

TEST_F(DocumentServiceTest, EachRecordKindOffersItsDocuments) {
    Measure alternative = world.saveMeasure(nextMonday());
    alternative.kind = MeasureKind::ExclusionAlternative;
    alternative.exclusionDays = 2;
    ASSERT_TRUE(storage::MeasureRepository(*world.database).save(alternative).ok());
    const RecordDocuments measure(*world.database, {ArchivedKind::Measure, alternative.id}, fixedToday());
    EXPECT_EQ(typesOf(measure),
              (QList<DocumentType>{DocumentType::CommitmentContract, DocumentType::WelcomeBooklet,
                                   DocumentType::HostReport}));
    EXPECT_EQ(measure.fileBaseName(measure.choices().first()), u"mesure-martin-laura-2026-11-30"_s);
    EXPECT_EQ(measure.fileBaseName(measure.choices().at(1)),
              u"mesure-martin-laura-2026-11-30-livret-d-accueil"_s);

    const RecordDocuments agreement(*world.database, {ArchivedKind::Agreement, world.agreement.id},
                                    fixedToday());
    ASSERT_TRUE(agreement.loadError().isEmpty());
    EXPECT_EQ(typesOf(agreement), (QList<DocumentType>{DocumentType::Agreement, DocumentType::FormalNotice,
                                                       DocumentType::TerminationNotice}));
    const auto notice = agreement.render(agreement.choices().at(1));
    ASSERT_TRUE(notice.ok()) << notice.error().message.toStdString();
    EXPECT_CONTAINS(pdfText(notice->pdf), u"Mise en demeure"_s);
    // The letter is dated today and the agreement ends one month later by default (convention type, art. 9).
    EXPECT_CONTAINS(pdfText(notice->pdf), u"24 décembre 2026"_s);

    GroupActivity group;
    group.title = u"Atelier théâtre"_s;
    group.agreementId = world.agreement.id;
    group.participantIds << world.student.id;
    group.sessions << GroupSession{QDate(2026, 11, 17), QTime(14, 0), QTime(16, 0), {}, {}}
                   << GroupSession{QDate(2026, 12, 1), QTime(14, 0), QTime(16, 0), {}, {}}
                   << GroupSession{QDate(2026, 12, 8),
                                   QTime(14, 0),
                                   QTime(16, 0),
                                   QDateTime(fixedToday(), QTime(9, 0)),
                                   {}}
                   << GroupSession{QDate(2026, 12, 15), QTime(9, 30), QTime(11, 0), {}, {}};
    const auto stored = storage::GroupRepository(*world.database).save(group);
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
    const RecordDocuments sheets(*world.database, {ArchivedKind::Group, stored->id}, fixedToday());
    ASSERT_EQ(sheets.choices().size(), 3);  // the cancelled session has no sheet
    EXPECT_EQ(sheets.choices().at(2).archiveName(), u"attendance-sheet-2026-12-15-0930"_s);
    EXPECT_EQ(sheets.usualChoice(), 1);  // the next session from today, as the CLI prints
    EXPECT_EQ(sheets.fileBaseName(sheets.choices().at(2)),
              u"groupe-atelier-theatre-emargement-2026-12-15-0930"_s);
    const auto sheet = sheets.render(sheets.choices().at(2));
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    EXPECT_CONTAINS(pdfText(sheet->pdf), u"15 décembre 2026"_s);
}

// An agreement with a council's deliberation and local resources offers its deliberation and its annex,
// after the agreement, with their labels and file names (issue 12).
TEST_F(DocumentServiceTest, AnAgreementOffersItsDeliberationAndAnnexWhenItHasThem) {
    Agreement agreement = world.agreement;
    agreement.deliberations << Deliberation{u"Conseil municipal de Choisy-le-Roi"_s,
                                            u"2026-14"_s,
                                            QDate(2026, 6, 15),
                                            QDate(2026, 6, 19),
                                            QDate(2026, 6, 18),
                                            QDate(2026, 6, 20)};
    agreement.resources << Resource{u"Maison des adolescents"_s, u"Santé"_s,
                                    u"Jeunes de 11 à 21 ans"_s,  u"Accueil"_s,
                                    u"01 43 96 12 40"_s,         u"accueil@mda94.fr"_s};
    const auto saved = storage::AgreementRepository(*world.database).save(agreement);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();

    const RecordDocuments documents(*world.database, {ArchivedKind::Agreement, agreement.id}, fixedToday());
    ASSERT_TRUE(documents.loadError().isEmpty());
    EXPECT_EQ(typesOf(documents),
              (QList<DocumentType>{DocumentType::Agreement, DocumentType::Deliberation, DocumentType::Annex,
                                   DocumentType::FormalNotice, DocumentType::TerminationNotice}));
    EXPECT_EQ(documents.documentLabel(documents.choices().at(1)), u"Council deliberation"_s);
    EXPECT_EQ(documents.documentLabel(documents.choices().at(2)), u"Annex: local resources"_s);
    EXPECT_TRUE(documents.fileBaseName(documents.choices().at(1)).endsWith(u"-deliberation"_s));
    EXPECT_TRUE(documents.fileBaseName(documents.choices().at(2)).endsWith(u"-annexe-ressources-locales"_s));

    const auto deliberation = documents.render(documents.choices().at(1));
    ASSERT_TRUE(deliberation.ok()) << deliberation.error().message.toStdString();
    EXPECT_CONTAINS(pdfText(deliberation->pdf), u"Délibération n° 2026-14 du 15 juin 2026"_s);
    EXPECT_CONTAINS(pdfText(deliberation->pdf), u"REÇU EN PRÉFECTURE LE 19 JUIN 2026"_s);
    const auto annex = documents.render(documents.choices().at(2));
    ASSERT_TRUE(annex.ok()) << annex.error().message.toStdString();
    EXPECT_CONTAINS(pdfText(annex->pdf), u"Maison des adolescents"_s);
}

TEST_F(DocumentServiceTest, IssuingTwiceKeepsVersionsOneAndTwoWithTheirSha256) {
    const Measure measure = world.saveMeasure(nextMonday());
    RecordDocuments documents(*world.database, {ArchivedKind::Measure, measure.id}, fixedToday());
    const auto first = documents.issue(documents.choices().first(), QDateTime(fixedToday(), QTime(10, 0)));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    const auto second = documents.issue(documents.choices().first(), QDateTime(fixedToday(), QTime(11, 0)));
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_EQ(first->version, 1);
    EXPECT_EQ(second->version, 2);
    EXPECT_EQ(first->document, u"measure"_s);
    EXPECT_FALSE(first->draft);
    EXPECT_FALSE(first->signedCopy);

    const storage::DocumentArchive archive(*world.database);
    const auto versions = archive.versions({ArchivedKind::Measure, measure.id});
    ASSERT_TRUE(versions.ok());
    ASSERT_EQ(versions->size(), 2);
    EXPECT_EQ(versions->at(0).version, 2);  // newest first
    for (const storage::IssuedDocument& version : *versions) {
        const auto bytes = archive.pdf(version.id);
        ASSERT_TRUE(bytes.ok());
        EXPECT_EQ(version.sha256.size(), 64);
        EXPECT_EQ(version.sha256, QString::fromLatin1(documents::sha256Hex(*bytes)));
    }
    // The first version is still the bytes issued first.
    EXPECT_EQ(archive.pdf(first->id).ok(), true);
    EXPECT_EQ(versions->at(1).sha256, first->sha256);
}

class BatchExportTest : public DocumentServiceTest {
protected:
    void SetUp() override {
        ids << world.saveMeasure(nextMonday()).id;
        ids << world.saveMeasure(nextMonday().addDays(14), QTime(20, 30)).id;  // a draft
        ids << world.saveMeasure(nextMonday(), QTime(19, 0), world.saveStudent(u"Léa"_s, u"O'Brien"_s).id).id;
    }

    BatchExportRequest request(BatchExportRequest::Mode mode, const QString& target) const {
        BatchExportRequest result;
        result.kind = ArchivedKind::Measure;
        result.ids = ids;
        result.mode = mode;
        result.target = target;
        result.today = fixedToday();
        return result;
    }

    QStringList ids;
};

TEST_F(BatchExportTest, FolderGetsOnePdfPerMeasureNamedAfterItAndNothingIsOverwritten) {
    const QString folder = out.path(u"pdf"_s);
    QList<int> progress;
    const BatchExportReport report = BatchExport::run(
        *world.database, request(BatchExportRequest::Mode::Folder, folder), [&](int done, int total) {
            progress << done;
            EXPECT_EQ(total, 3);
            return true;
        });
    EXPECT_TRUE(report.errors.isEmpty()) << report.errors.join(u'\n').toStdString();
    EXPECT_FALSE(report.cancelled);
    EXPECT_EQ(progress, (QList<int>{1, 2, 3}));
    ASSERT_EQ(report.files.size(), 3);
    EXPECT_EQ(QFileInfo(report.files.at(0)).fileName(), u"mesure-martin-laura-2026-11-30.pdf"_s);
    EXPECT_EQ(QFileInfo(report.files.at(1)).fileName(), u"mesure-martin-laura-2026-12-14.pdf"_s);
    EXPECT_EQ(QFileInfo(report.files.at(2)).fileName(), u"mesure-o-brien-lea-2026-11-30.pdf"_s);
    EXPECT_EQ(QDir(folder).entryList({u"*.pdf"_s}).size(), 3);
    EXPECT_EQ(largeText(readFile(report.files.at(1)), 1), u"PROJET"_s);
    EXPECT_FALSE(largeText(readFile(report.files.at(0)), 1).contains(u"PROJET"_s));

    // Again into the same folder: new names, the first files untouched.
    const QByteArray before = readFile(report.files.at(0));
    const BatchExportReport again =
        BatchExport::run(*world.database, request(BatchExportRequest::Mode::Folder, folder));
    ASSERT_EQ(again.files.size(), 3);
    EXPECT_EQ(QFileInfo(again.files.at(0)).fileName(), u"mesure-martin-laura-2026-11-30-2.pdf"_s);
    EXPECT_EQ(QDir(folder).entryList({u"*.pdf"_s}).size(), 6);
    EXPECT_EQ(readFile(report.files.at(0)), before);
}

TEST_F(BatchExportTest, MergedPdfHasEveryPageOfEveryMeasure) {
    int pagesOneByOne = 0;
    QList<int> pages;
    for (const QString& id : std::as_const(ids)) {
        const RecordDocuments documents(*world.database, {ArchivedKind::Measure, id}, fixedToday());
        const auto rendered = documents.render(documents.choices().first());
        ASSERT_TRUE(rendered.ok());
        pages << pageCountOf(rendered->pdf);
        EXPECT_EQ(pages.last(), rendered->pageCount);
        pagesOneByOne += pages.last();
    }
    const QString file = out.path(u"mesures.pdf"_s);
    const BatchExportReport report =
        BatchExport::run(*world.database, request(BatchExportRequest::Mode::Merged, file));
    EXPECT_TRUE(report.errors.isEmpty()) << report.errors.join(u'\n').toStdString();
    ASSERT_EQ(report.files, QStringList{file});
    EXPECT_EQ(report.pageCount, pagesOneByOne);
    const QByteArray merged = readFile(file);
    EXPECT_EQ(pageCountOf(merged), pagesOneByOne);
    // The three students, in order, and the draft stamp only on the second measure's pages.
    const QString text = pdfText(merged);
    EXPECT_WORDS_IN_ORDER(text, u"Laura Laura Léa"_s);
    EXPECT_TRUE(text.contains(u"O'Brien"_s, Qt::CaseInsensitive));
    const int firstPages = pages.first();
    EXPECT_FALSE(largeText(merged, firstPages).contains(u"PROJET"_s));
    EXPECT_EQ(largeText(merged, firstPages + 1), u"PROJET"_s);
}

TEST_F(BatchExportTest, CancellingAfterTheFirstMeasureKeepsItsFileOrWritesNoMergedFile) {
    const auto cancelAfterFirst = [](int done, int) { return done < 1; };

    const QString folder = out.path(u"pdf"_s);
    const BatchExportReport folderReport = BatchExport::run(
        *world.database, request(BatchExportRequest::Mode::Folder, folder), cancelAfterFirst);
    EXPECT_TRUE(folderReport.cancelled);
    EXPECT_EQ(folderReport.done, 1);
    EXPECT_EQ(folderReport.files.size(), 1);
    EXPECT_EQ(QDir(folder).entryList({u"*.pdf"_s}).size(), 1);

    const QString file = out.path(u"mesures.pdf"_s);
    const BatchExportReport mergedReport =
        BatchExport::run(*world.database, request(BatchExportRequest::Mode::Merged, file), cancelAfterFirst);
    EXPECT_TRUE(mergedReport.cancelled);
    EXPECT_TRUE(mergedReport.files.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_TRUE(QDir(out.path(QString())).entryList({u"mesures*"_s}, QDir::Files | QDir::Hidden).isEmpty());
}

TEST_F(BatchExportTest, AFailingRecordIsNamedAndTheOthersAreExported) {
    ids.insert(1, u"no-such-measure"_s);
    const BatchExportReport report =
        BatchExport::run(*world.database, request(BatchExportRequest::Mode::Folder, out.path(u"pdf"_s)));
    EXPECT_EQ(report.files.size(), 3);
    ASSERT_EQ(report.errors.size(), 1);
    EXPECT_TRUE(report.errors.first().startsWith(u"no-such-measure: "_s))
        << report.errors.first().toStdString();
}

TEST(FileNames, AreSanitisedForEveryFileSystem) {
    EXPECT_EQ(ui::sanitisedFileName(u"Mesure — Léa O'Brien 2026/11/30"_s),
              u"mesure-lea-o-brien-2026-11-30"_s);
    EXPECT_EQ(ui::sanitisedFileName(u"Cœur: «Ça» ?"_s), u"coeur-ca"_s);
    EXPECT_EQ(ui::sanitisedFileName(u"../.."_s), u"document"_s);
}

}  // namespace
}  // namespace passerelle::test
