// The optional `method` key of agreement and measure signatures (issue 5): absent means paper, only `digital`
// is written, so files written before the key existed read and write back unchanged.
#include "passerelle/exchange/json_format.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray document(const QByteArray& agreementSignatures, const QByteArray& measureSignatures) {
    return "{\"format\": \"passerelle\", \"version\": 1,\n"
           " \"agreements\": [{\"id\": \"A1\", \"kind\": \"generic\", \"title\": \"Convention\",\n"
           "   \"signatures\": [" +
           agreementSignatures +
           "]}],\n"
           " \"measures\": [{\"id\": \"M1\", \"kind\": \"responsibility\", \"student\": \"S1\",\n"
           "   \"signatures\": [" +
           measureSignatures + "]}]}";
}

std::string dump(const QList<Issue>& issues) {
    std::string text;
    for (const Issue& issue : issues)
        text += issue.describe().toStdString() + "\n";
    return text;
}

}  // namespace

TEST(SignatureMethod, AbsentIsPaperAndEachValueIsRead) {
    const ReadResult result = readDataset(document(
        R"({"organisation": "O1", "signedOn": "2026-01-05"},
           {"organisation": "O2", "signedOn": "2026-01-06", "method": "digital"},
           {"organisation": "O3", "method": "paper"})",
        R"({"role": "head-of-school", "signedOn": "2026-01-05", "method": "digital"},
           {"role": "student"})"));
    ASSERT_TRUE(result.ok()) << dump(result.errors);
    EXPECT_TRUE(result.warnings.isEmpty()) << dump(result.warnings);
    const Agreement& agreement = result.dataset.agreements.at(0);
    ASSERT_EQ(agreement.signatures.size(), 3);
    EXPECT_EQ(agreement.signatures[0].method, SignatureMethod::Paper);
    EXPECT_EQ(agreement.signatures[1].method, SignatureMethod::Digital);
    EXPECT_EQ(agreement.signatures[2].method, SignatureMethod::Paper);
    const Measure& measure = result.dataset.measures.at(0);
    ASSERT_EQ(measure.signatures.size(), 2);
    EXPECT_EQ(measure.signatures[0].method, SignatureMethod::Digital);
    EXPECT_EQ(measure.signatures[1].method, SignatureMethod::Paper);
}

TEST(SignatureMethod, UnknownValueIsAnErrorNamingRecordAndKey) {
    const ReadResult result = readDataset(document(R"({"organisation": "O1", "method": "fax"})",
                                                   R"({"role": "student", "method": "Digital"})"));
    ASSERT_EQ(result.errors.size(), 2) << dump(result.errors);
    EXPECT_EQ(result.errors[0].record, u"agreements[0] (id \"A1\")"_s);
    EXPECT_EQ(result.errors[0].key, u"signatures[0].method"_s);
    EXPECT_EQ(result.errors[0].message, u"unknown value \"fax\"; expected one of: paper, digital"_s);
    EXPECT_EQ(result.errors[1].record, u"measures[0] (id \"M1\")"_s);
    EXPECT_EQ(result.errors[1].key, u"signatures[0].method"_s);
    EXPECT_EQ(result.errors[1].message, u"unknown value \"Digital\"; expected one of: paper, digital"_s);
}

TEST(SignatureMethod, OnlyDigitalIsWritten) {
    Dataset d;
    Agreement agreement;
    agreement.id = u"A1"_s;
    agreement.title = u"Convention"_s;
    agreement.signatures = {{u"O1"_s, QDate(2026, 1, 5), SignatureMethod::Paper},
                            {u"O2"_s, QDate(2026, 1, 6), SignatureMethod::Digital}};
    d.agreements = {agreement};
    Measure measure;
    measure.id = u"M1"_s;
    measure.studentId = u"S1"_s;
    measure.signatures = {{SignatureRole::HeadOfSchool, QDate(2026, 1, 5), SignatureMethod::Digital},
                          {SignatureRole::Student, {}, SignatureMethod::Paper}};
    d.measures = {measure};
    const QByteArray written = writeDataset(d);
    EXPECT_TRUE(written.contains(R"({"organisation": "O1", "signedOn": "2026-01-05"})"))
        << written.constData();
    EXPECT_TRUE(written.contains(R"({"organisation": "O2", "signedOn": "2026-01-06", "method": "digital"})"))
        << written.constData();
    EXPECT_TRUE(
        written.contains(R"({"role": "head-of-school", "signedOn": "2026-01-05", "method": "digital"})"))
        << written.constData();
    EXPECT_TRUE(written.contains(R"({"role": "student"})")) << written.constData();
    EXPECT_FALSE(written.contains("paper"));
}

// A file with paper signatures only, written before the key existed, reads and writes back byte for byte.
TEST(SignatureMethod, FilesWithoutTheKeyWriteBackUnchanged) {
    Dataset d;
    Agreement agreement;
    agreement.id = u"A1"_s;
    agreement.title = u"Convention"_s;
    agreement.signatures = {{u"O1"_s, QDate(2026, 1, 5)}};
    d.agreements = {agreement};
    const QByteArray written = writeDataset(d);
    ASSERT_FALSE(written.contains("method"));
    const ReadResult read = readDataset(written);
    ASSERT_TRUE(read.ok()) << dump(read.errors);
    EXPECT_EQ(read.dataset.agreements.at(0).signatures.at(0).method, SignatureMethod::Paper);
    EXPECT_EQ(writeDataset(read.dataset), written);
}
