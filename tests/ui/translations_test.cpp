// The French translation is complete: every message of resources/translations/passerelle_fr.ts is translated.
#include "fixtures.h"

#include <QFile>
#include <QRegularExpression>

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
