// Aide › Guide d'utilisation shows docs/user-guide.md with every screenshot it names, compiled in.
#include "fixtures.h"
#include "passerelle/storage/database.h"
#include "passerelle/ui/main_window.h"
#include "passerelle/ui/user_guide_dialog.h"

#include <QAction>

#include <QFile>
#include <QRegularExpression>
#include <QTextBrowser>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;

QString guideText() {
    QFile file(sourceDir() + u"/docs/user-guide.md"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

TEST(UserGuide, EveryScreenshotItNamesIsCommittedAndCompiledIn) {
    const QString guide = guideText();
    ASSERT_FALSE(guide.isEmpty());
    const QRegularExpression image(u"!\\[[^\\]]*\\]\\((screenshots/[^)]+\\.png)\\)"_s);
    int images = 0;
    for (const QRegularExpressionMatch& match : image.globalMatch(guide)) {
        ++images;
        const QString path = match.captured(1);
        EXPECT_TRUE(QFile::exists(sourceDir() + u"/docs/"_s + path)) << path.toStdString();
        EXPECT_TRUE(QFile::exists(u":/guide/"_s + path)) << path.toStdString();
    }
    EXPECT_GE(images, 6);
}

TEST(UserGuide, TheDialogShowsTheGuide) {
    ui::UserGuideDialog dialog;
    const QString shown = dialog.browser()->toPlainText();
    EXPECT_TRUE(shown.contains(u"guide d'utilisation"_s)) << shown.left(200).toStdString();
    EXPECT_TRUE(shown.contains(u"Créer la mesure"_s));
}

TEST(UserGuide, HelpOpensItBesideTheWindow) {
    TempFolder folder;
    auto database = storage::Database::open(folder.path(u"guide.sqlite"_s));
    ASSERT_TRUE(database.ok());
    ui::MainWindow window(**database, fixedToday());
    auto* action = window.findChild<QAction*>(u"userGuideAction"_s);
    ASSERT_NE(action, nullptr);
    action->trigger();
    auto* guide = window.findChild<ui::UserGuideDialog*>();
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->isVisible());
    EXPECT_FALSE(guide->isModal());
    guide->close();
}

}  // namespace
}  // namespace passerelle::test
