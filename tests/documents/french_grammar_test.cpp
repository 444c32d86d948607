// Gender and articles in the documents (issue 12): the seeds' « La Ville de Rouen, représentée par
// Madame … », « Le Collège Henri Matisse, représenté par … », « Pour la Ville », « Monsieur le Maire ».
#include "../../src/documents/french_grammar.h"

#include <gtest/gtest.h>

namespace passerelle::documents {
namespace {

using namespace Qt::Literals::StringLiterals;

Organisation named(const QString& name, OrganisationKind kind = OrganisationKind::Other) {
    Organisation organisation;
    organisation.name = name;
    organisation.kind = kind;
    return organisation;
}

TEST(FrenchGrammar, TheOrganisationsNameOrKindGivesItsGender) {
    EXPECT_EQ(organisationGender(named(u"Ville de Rouen"_s)), Gender::Feminine);
    EXPECT_EQ(organisationGender(named(u"Commune de Choisy-le-Roi"_s)), Gender::Feminine);
    EXPECT_EQ(organisationGender(named(u"Collège Henri Matisse"_s)), Gender::Masculine);
    EXPECT_EQ(organisationGender(named(u"Caisse d'allocations familiales"_s)), Gender::Feminine);
    EXPECT_EQ(organisationGender(named(u"La Maison des adolescents"_s)), Gender::Feminine);
    // An acronym: the kind decides (an association is « l'association »).
    EXPECT_EQ(organisationGender(named(u"ALCEJ"_s, OrganisationKind::Association)), Gender::Feminine);
    EXPECT_EQ(organisationGender(named(u"XYZ"_s)), Gender::Unknown);
    // Unless its legal name says what the acronym stands for (issue 12): « le CSC », a « Centre socioculturel
    // ».
    Organisation csc = named(u"CSC de Vitry-sur-Seine"_s, OrganisationKind::Association);
    csc.legalName = u"Centre socioculturel de Vitry-sur-Seine"_s;
    EXPECT_EQ(organisationGender(csc), Gender::Masculine);
    csc.name = u"Maison pour tous"_s;  // the name, when it tells, comes first
    EXPECT_EQ(organisationGender(csc), Gender::Feminine);
}

TEST(FrenchGrammar, ArticlesElideAndKeepANamesOwnArticle) {
    EXPECT_EQ(withArticle(u"Ville de Rouen"_s, Gender::Feminine), u"la Ville de Rouen"_s);
    EXPECT_EQ(withArticle(u"Collège Henri Matisse"_s, Gender::Masculine), u"le Collège Henri Matisse"_s);
    EXPECT_EQ(withArticle(u"ALCEJ"_s, Gender::Feminine), u"l’ALCEJ"_s);
    EXPECT_EQ(withArticle(u"La Maison des adolescents"_s, Gender::Feminine), u"la Maison des adolescents"_s);
    EXPECT_EQ(withArticle(u"XYZ"_s, Gender::Unknown), u"XYZ"_s);
    EXPECT_EQ(withArticleCapitalised(u"Ville de Rouen"_s, Gender::Feminine), u"La Ville de Rouen"_s);
}

TEST(FrenchGrammar, DeContractsWithTheArticle) {
    EXPECT_EQ(ofName(u"Conseil municipal de Rouen"_s, Gender::Masculine), u"du Conseil municipal de Rouen"_s);
    EXPECT_EQ(ofName(u"Commission permanente"_s, Gender::Feminine), u"de la Commission permanente"_s);
    EXPECT_EQ(ofName(u"Assemblée départementale"_s, Gender::Feminine), u"de l’Assemblée départementale"_s);
    EXPECT_EQ(ofName(u"du Conseil municipal"_s, Gender::Unknown), u"du Conseil municipal"_s);
}

TEST(FrenchGrammar, ParticiplesAgreeAndTheUnknownStaysNeutral) {
    EXPECT_EQ(agreed(u"représenté"_s, Gender::Feminine), u"représentée"_s);
    EXPECT_EQ(agreed(u"représenté"_s, Gender::Masculine), u"représenté"_s);
    EXPECT_EQ(agreed(u"représenté"_s, Gender::Unknown), u"représenté(e)"_s);
}

TEST(FrenchGrammar, CivilityQualityAndSalutation) {
    EXPECT_EQ(withCivility(u"Mme"_s, u"Elizabeth Labaye"_s), u"Madame Elizabeth Labaye"_s);
    EXPECT_EQ(withCivility(u"M."_s, u"Tonino Panetta"_s), u"Monsieur Tonino Panetta"_s);
    EXPECT_EQ(withCivility({}, u"Tonino Panetta"_s), u"Tonino Panetta"_s);
    EXPECT_EQ(ofWord(u"Adjointe au Maire"_s), u"d’Adjointe au Maire"_s);
    EXPECT_EQ(ofWord(u"Principale du collège"_s), u"de Principale du collège"_s);
    EXPECT_EQ(salutation(u"M."_s, u"Maire de la ville de Choisy-le-Roi"_s), u"Monsieur le Maire"_s);
    EXPECT_EQ(salutation(u"Mme"_s, u"Principale du collège"_s), u"Madame la Principale"_s);
    EXPECT_EQ(salutation(u"Mme"_s, u"Adjointe au Maire chargée des Écoles"_s),
              u"Madame l’Adjointe au Maire"_s);
    EXPECT_EQ(salutation(u"M."_s, u"directeur de l'ALCEJ"_s), u"Monsieur le Directeur"_s);
    EXPECT_EQ(salutation({}, u"Maire"_s), u"Madame, Monsieur"_s);
    EXPECT_EQ(relationFor(u"Mme"_s, u"tuteur"_s), u"tutrice"_s);
    EXPECT_EQ(relationFor(u"M."_s, u"tuteur"_s), u"tuteur"_s);
    EXPECT_EQ(relationFor(u"Mme"_s, u"mère"_s), u"mère"_s);
}

}  // namespace
}  // namespace passerelle::documents
