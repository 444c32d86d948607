// The French translation is complete: every message of resources/translations/passerelle_fr.ts is translated.
#include "fixtures.h"

#include <QFile>
#include <QRegularExpression>
#include <QTranslator>

#include <gtest/gtest.h>

TEST(Translations, EveryFrenchEntryIsFinished) {
    QFile file(passerelle::test::sourceDir() + QStringLiteral("/resources/translations/passerelle_fr.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    const QString ts = QString::fromUtf8(file.readAll());
    const qsizetype messages = ts.count(QStringLiteral("<message"));
    EXPECT_GT(messages, 100);
    EXPECT_EQ(ts.count(QStringLiteral("<translation")), messages);
    // lupdate marks new or changed entries unfinished; an empty translation would show the English source.
    EXPECT_EQ(ts.count(QStringLiteral("type=\"unfinished\"")), 0);
    EXPECT_EQ(ts.count(QStringLiteral("type=\"vanished\"")), 0);
    const QRegularExpression empty(
        QStringLiteral("<translation>\\s*</translation>|<translation/>|"
                       "<numerusform>\\s*</numerusform>"));
    const auto match = empty.match(ts);
    EXPECT_FALSE(match.hasMatch()) << "empty translation near: "
                                   << ts.mid(match.capturedStart() - 200, 300).toStdString();
}

namespace {

// The numerus ("%n ...") source texts of a .ts file, in file order.
QStringList pluralSources(const QString& name) {
    QFile file(passerelle::test::sourceDir() + QStringLiteral("/resources/translations/") + name);
    if (!file.open(QIODevice::ReadOnly))
        ADD_FAILURE() << file.fileName().toStdString();
    const QString ts = QString::fromUtf8(file.readAll());
    static const QRegularExpression numerus(
        QStringLiteral("<message numerus=\"yes\">\\s*<source>(.*?)</source>"),
        QRegularExpression::DotMatchesEverythingOption);
    QStringList sources;
    for (const QRegularExpressionMatch& match : numerus.globalMatch(ts))
        sources << match.captured(1);
    return sources;
}

}  // namespace

// English is the source language; its file holds only the plural forms, one for each plural of the French
// file, all finished.
TEST(Translations, EveryPluralHasItsEnglishForms) {
    QStringList english = pluralSources(QStringLiteral("passerelle_en.ts"));
    QStringList french = pluralSources(QStringLiteral("passerelle_fr.ts"));
    EXPECT_GT(english.size(), 10);
    english.sort();
    french.sort();
    english.removeDuplicates();
    french.removeDuplicates();
    EXPECT_EQ(english, french);

    QFile file(passerelle::test::sourceDir() + QStringLiteral("/resources/translations/passerelle_en.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString ts = QString::fromUtf8(file.readAll());
    EXPECT_EQ(ts.count(QStringLiteral("<message")), ts.count(QStringLiteral("numerus=\"yes\"")));
    EXPECT_EQ(ts.count(QStringLiteral("type=\"unfinished\"")), 0);
    EXPECT_FALSE(ts.contains(QRegularExpression(QStringLiteral("<numerusform>\\s*</numerusform>"))));
}

TEST(Translations, EnglishSaysOneErrorAndTwoErrors) {
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral("passerelle_en"), QStringLiteral(":/i18n")));
    const char* context = "passerelle::ui::FindingsPanel";
    EXPECT_EQ(english.translate(context, "%n error(s)", nullptr, 1), QStringLiteral("%n error"));
    EXPECT_EQ(english.translate(context, "%n error(s)", nullptr, 2), QStringLiteral("%n errors"));
    EXPECT_EQ(english.translate(context, "%n error(s)", nullptr, 0), QStringLiteral("%n errors"));
}
