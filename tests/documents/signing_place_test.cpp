// « Fait à » takes the school's town (issue 12): townFromAddress() on its own, then the town read back with
// pdftotext from a measure document and an agreement made from a dataset (as the CLI and the UI make them),
// and « Fait le ... » rather than a dangling « Fait à , le » when the school has no address.
#include "document_fixtures.h"
#include "passerelle/documents/context_builder.h"
#include "passerelle/documents/document_maker.h"
#include "pdf_tools.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::documents;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString rouen = u"12 rue des Écoles, 76000 Rouen"_s;

// The fixture's measure, in a dataset whose school is at `schoolAddress`.
Dataset measureDataset(const QString& schoolAddress) {
    const MeasureContext context = responsibilityMeasure();
    Dataset dataset;
    dataset.organisations = {context.school, context.host};
    dataset.organisations.front().address = schoolAddress;
    dataset.students = {context.student};
    Measure measure = context.measure;
    measure.hostId = context.host.id;
    dataset.measures = {measure};
    return dataset;
}

// The fixture's workshop agreement (town, school, host), in a dataset whose school is at `schoolAddress`.
Dataset agreementDataset(const QString& schoolAddress) {
    const AgreementContext context = agreementOf(AgreementKind::RemobilisationWorkshop);
    Dataset dataset;
    Agreement agreement = context.agreement;
    for (const PartyDetails& party : context.parties) {
        Organisation organisation = party.organisation;
        if (organisation.isSchool())
            organisation.address = schoolAddress;
        dataset.organisations << organisation;
        dataset.people << party.representative;
        agreement.parties << Party{organisation.id, party.representative.id, {}};
    }
    dataset.agreements = {agreement};
    return dataset;
}

QString pdfOf(const Dataset& dataset, RecordType record, const QString& id, DocumentType type) {
    const auto rendered = DocumentMaker(dataset, QDate(2026, 11, 20)).render(record, id, {type});
    EXPECT_TRUE(rendered.ok()) << (rendered.ok() ? "" : rendered.error().message.toStdString());
    return rendered.ok() ? pdfText(rendered->pdf) : QString();
}

}  // namespace

TEST(TownFromAddress, TakesTheTownAfterTheFrenchPostcode) {
    EXPECT_EQ(townFromAddress(u"12 rue des Écoles, 76000 Rouen"_s), u"Rouen"_s);
    EXPECT_EQ(townFromAddress(u"14 rue Armand Noblet, 94600 Choisy-le-Roi"_s), u"Choisy-le-Roi"_s);
    EXPECT_EQ(townFromAddress(u"12 rue des Écoles 76000 Rouen"_s), u"Rouen"_s);
    EXPECT_EQ(townFromAddress(u"12 rue des Écoles\n76000 Rouen\n"_s), u"Rouen"_s);
    // As written, without the postal routing mark.
    EXPECT_EQ(townFromAddress(u"12 rue des Écoles, 76000 ROUEN CEDEX"_s), u"ROUEN"_s);
    EXPECT_EQ(townFromAddress(u"BP 1234, 76037 Rouen Cedex 1"_s), u"Rouen"_s);
    EXPECT_EQ(townFromAddress(u"Place Gabriel Péri, 94600 Choisy-le-Roi, France"_s), u"Choisy-le-Roi"_s);
    EXPECT_EQ(townFromAddress(u"BP 12345, 76000 Rouen"_s), u"Rouen"_s);
}

TEST(TownFromAddress, WithoutPostcodeTakesTheLastPartAndEmptyStaysEmpty) {
    EXPECT_EQ(townFromAddress(u"12 rue des Écoles, Rouen"_s), u"Rouen"_s);
    EXPECT_EQ(townFromAddress(u"Rouen"_s), u"Rouen"_s);
    EXPECT_EQ(townFromAddress(u"12 rue des Écoles, Rouen, "_s), u"Rouen"_s);
    EXPECT_EQ(townFromAddress(QString()), QString());
    EXPECT_EQ(townFromAddress(u"  "_s), QString());
}

TEST(SigningPlace, MeasureDocumentIsMadeInTheSchoolsTown) {
    const QString text = pdfOf(measureDataset(rouen), RecordType::Measure, responsibilityMeasure().measure.id,
                               DocumentType::Measure);
    EXPECT_CONTAINS(text, u"Fait à Rouen, le "_s);
}

TEST(SigningPlace, AgreementIsMadeInTheSchoolsTown) {
    const Dataset dataset = agreementDataset(rouen);
    const QString text =
        pdfOf(dataset, RecordType::Agreement, dataset.agreements.front().id, DocumentType::Agreement);
    EXPECT_CONTAINS(text, u"Fait à Rouen, le 15 septembre 2026, en "_s);
    // The letters are written from the school's town too.
    const QString notice =
        pdfOf(dataset, RecordType::Agreement, dataset.agreements.front().id, DocumentType::FormalNotice);
    EXPECT_CONTAINS(notice, u"Rouen, le 20 novembre 2026"_s);
}

TEST(SigningPlace, WithoutAddressSaysFaitLeNeverADanglingFaitA) {
    const QString measure = pdfOf(measureDataset(QString()), RecordType::Measure,
                                  responsibilityMeasure().measure.id, DocumentType::Measure);
    EXPECT_CONTAINS(measure, u"Fait le "_s);
    EXPECT_FALSE(measure.contains(u"Fait à"_s)) << measure.toStdString();
    const Dataset dataset = agreementDataset(QString());
    const QString agreement =
        pdfOf(dataset, RecordType::Agreement, dataset.agreements.front().id, DocumentType::Agreement);
    EXPECT_CONTAINS(agreement, u"Fait le 15 septembre 2026, en "_s);
    EXPECT_FALSE(agreement.contains(u"Fait à"_s)) << agreement.toStdString();
}
