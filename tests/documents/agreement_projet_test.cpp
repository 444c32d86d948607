// « PROJET » on every page of an agreement that is not signed (issue 12): DocumentMaker stamps the documents
// of a draft or an agreement awaiting signature, as it stamps any document with rule errors, and leaves a
// signed or terminated agreement without errors unstamped. Each page is read back on its own with pdftotext.
#include "document_fixtures.h"
#include "passerelle/documents/document_maker.h"
#include "pdf_tools.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::documents;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate today(2026, 11, 20);

// The workshop agreement of the fixtures (three parties, several pages) as records DocumentMaker reads.
Dataset datasetWith(AgreementStatus status) {
    const AgreementContext context = agreementOf(AgreementKind::RemobilisationWorkshop);
    Dataset dataset;
    Agreement agreement = context.agreement;
    agreement.status = status;
    for (const PartyDetails& party : context.parties) {
        dataset.organisations << party.organisation;
        dataset.people << party.representative;
        agreement.parties << Party{party.organisation.id, party.representative.id, party.designation};
        // Every party signed on the day, as AGREEMENT-SIGNATURES asks of a signed agreement (only read then).
        agreement.signatures << PartySignature{party.organisation.id, agreement.signedOn};
    }
    dataset.agreements = {agreement};
    return dataset;
}

QString errorsOf(const CheckedDocument& checked) {
    QStringList messages;
    for (const rules::Finding& finding : checked.errors)
        messages << finding.rule + u": "_s + finding.message;
    return messages.join(u"; "_s);
}

// Whether every page (true) or no page (false) carries the stamp, read page by page (the stamp's letters
// come out of pdftotext in pieces: largeText() joins them).
void expectStampOnEveryPage(const RenderedDocument& rendered, bool stamped, const char* what) {
    for (int page = 1; page <= rendered.pageCount; ++page) {
        const QString stamp = largeText(rendered.pdf, page);
        if (stamped)
            EXPECT_EQ(stamp, u"PROJET"_s) << what << ", page " << page;
        else
            EXPECT_FALSE(stamp.contains(u"PROJET"_s)) << what << ", page " << page;
        // The page's own text is there beside it (pdftotext -f N -l N).
        EXPECT_FALSE(pdfText(rendered.pdf, page).isEmpty()) << what << ", page " << page;
    }
}

}  // namespace

TEST(AgreementProjet, ADraftOrUnsignedAgreementIsStampedOnEveryPage) {
    for (const AgreementStatus status : {AgreementStatus::Draft, AgreementStatus::AwaitingSignature}) {
        const Dataset dataset = datasetWith(status);
        const DocumentMaker maker(dataset, today);
        const QString id = dataset.agreements.first().id;
        const auto checked = maker.prepare(RecordType::Agreement, id, {DocumentType::Agreement});
        ASSERT_TRUE(checked.ok()) << checked.error().message.toStdString();
        EXPECT_TRUE(checked->unsignedAgreement);
        EXPECT_TRUE(checked->draft);

        const auto rendered = maker.render(RecordType::Agreement, id, {DocumentType::Agreement});
        ASSERT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
        ASSERT_GE(rendered->pageCount, 2) << "a multi-page agreement";
        keepForInspection(u"agreement-unsigned-"_s + key(status), rendered->pdf);
        expectStampOnEveryPage(*rendered, true, "agreement");
        // Its letters too: they are about an agreement not in force.
        for (const DocumentType letter : {DocumentType::FormalNotice, DocumentType::TerminationNotice}) {
            const auto letterPdf = maker.render(RecordType::Agreement, id, {letter});
            ASSERT_TRUE(letterPdf.ok()) << letterPdf.error().message.toStdString();
            expectStampOnEveryPage(*letterPdf, true, "letter");
        }
    }
}

TEST(AgreementProjet, ASignedOrTerminatedAgreementWithoutErrorsIsNotStamped) {
    for (const AgreementStatus status : {AgreementStatus::Signed, AgreementStatus::Terminated}) {
        const Dataset dataset = datasetWith(status);
        const DocumentMaker maker(dataset, today);
        const QString id = dataset.agreements.first().id;
        const auto checked = maker.prepare(RecordType::Agreement, id, {DocumentType::Agreement});
        ASSERT_TRUE(checked.ok()) << checked.error().message.toStdString();
        ASSERT_TRUE(checked->errors.isEmpty()) << errorsOf(*checked).toStdString();
        EXPECT_FALSE(checked->unsignedAgreement);
        EXPECT_FALSE(checked->draft);

        const auto rendered = maker.render(RecordType::Agreement, id, {DocumentType::Agreement});
        ASSERT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
        ASSERT_GE(rendered->pageCount, 2);
        expectStampOnEveryPage(*rendered, false, "agreement");
    }
}

// Rule errors still stamp a signed agreement, as before.
TEST(AgreementProjet, RuleErrorsStillStampASignedAgreement) {
    Dataset dataset = datasetWith(AgreementStatus::Signed);
    dataset.agreements.first().durationYears.reset();  // neither an end nor a duration
    const DocumentMaker maker(dataset, today);
    const QString id = dataset.agreements.first().id;
    const auto checked = maker.prepare(RecordType::Agreement, id, {DocumentType::Agreement});
    ASSERT_TRUE(checked.ok()) << checked.error().message.toStdString();
    EXPECT_FALSE(checked->unsignedAgreement);
    ASSERT_FALSE(checked->errors.isEmpty());
    EXPECT_TRUE(checked->draft);
    const auto rendered = maker.render(RecordType::Agreement, id, {DocumentType::Agreement});
    ASSERT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
    expectStampOnEveryPage(*rendered, true, "agreement with errors");
}
