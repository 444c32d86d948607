#include "passerelle/documents/agreement_templates.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::documents;
using namespace Qt::Literals::StringLiterals;

TEST(AgreementTemplates, EveryKindHasATitleAPreambleAndNumberedClauses) {
    for (const QString& name : allKeys<AgreementKind>()) {
        const auto kind = parseKey<AgreementKind>(name);
        ASSERT_TRUE(kind);
        const auto model = agreementTemplate(*kind);
        ASSERT_TRUE(model.ok()) << name.toStdString() << ": " << model.error().message.toStdString();
        EXPECT_FALSE(model->title.isEmpty());
        EXPECT_FALSE(model->preamble.isEmpty()) << name.toStdString();
        for (qsizetype i = 0; i < model->clauses.size(); ++i) {
            EXPECT_EQ(model->clauses[i].number, i + 1) << name.toStdString();
            EXPECT_FALSE(model->clauses[i].title.isEmpty());
            EXPECT_FALSE(model->clauses[i].text.isEmpty());
        }
    }
}

TEST(AgreementTemplates, ResponsibilityMeasuresFollowSeed004) {
    const auto clauses = defaultClauses(AgreementKind::ResponsibilityMeasures);
    ASSERT_TRUE(clauses.ok());
    ASSERT_EQ(clauses->size(), 9);
    EXPECT_EQ(clauses->at(1).title, u"Modalités d'exécution"_s);
    EXPECT_TRUE(clauses->at(1).text.contains(u"trois heures par jour"_s));
    EXPECT_TRUE(clauses->at(1).text.contains(u"quatre jours par semaine"_s));
    // The notice is the record's (Agreement::noticeMonths), filled in when the document is made.
    EXPECT_TRUE(clauses->at(8).text.contains(u"{préavis} précédant la rentrée scolaire"_s));
}

TEST(AgreementTemplates, ExclusionAlternativeFollowsSeed001) {
    const auto clauses = defaultClauses(AgreementKind::ExclusionAlternative);
    ASSERT_TRUE(clauses.ok());
    ASSERT_EQ(clauses->size(), 12);
    EXPECT_TRUE(clauses->at(2).text.contains(u"contrat d'engagement"_s));
    EXPECT_TRUE(clauses->at(9).text.contains(u"délai de préavis de {préavis}"_s));
}

TEST(AgreementTemplates, DefaultClausesAreACopy) {
    auto first = defaultClauses(AgreementKind::Generic);
    ASSERT_TRUE(first.ok());
    (*first)[0].text = u"modifié"_s;
    const auto second = defaultClauses(AgreementKind::Generic);
    EXPECT_NE(second->at(0).text, u"modifié"_s);
}
