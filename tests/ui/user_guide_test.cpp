// Aide › Guide d'utilisation shows docs/user-guide.md with every screenshot it names, compiled in.
#include "english_texts.h"
#include "fixtures.h"
#include "passerelle/storage/database.h"
#include "passerelle/ui/main_window.h"
#include "passerelle/ui/translations.h"
#include "passerelle/ui/user_guide_dialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

#include <QFile>
#include <QRegularExpression>
#include <QTextBrowser>

#include <functional>

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

namespace passerelle::test {
namespace {

QString plain(QString text) {
    return text.remove(u'&').trimmed();
}

// Every « Menu › Item » the French guide names is in that menu of the window, and every shortcut of its table
// is one the window (or, for Ctrl+S, an editor's Save) answers to.
TEST(UserGuide, MenuPlacesAndShortcutsMatchTheWindow) {
    ui::installTranslations(QLocale(QLocale::French, QLocale::France));
    TempFolder folder;
    auto database = storage::Database::open(folder.path(u"guide.sqlite"_s));
    ASSERT_TRUE(database.ok());
    ui::MainWindow window(**database, fixedToday());

    QHash<QString, QStringList> menus;  // menu title → its actions' texts
    QStringList shortcuts;
    for (QAction* action : window.findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts())
            shortcuts << key.toString(QKeySequence::PortableText);
    }
    // A submenu's entries are places too: « Fichier › Importer › Depuis SIECLE… » is « Importer › Depuis
    // SIECLE… » under « Fichier ».
    const std::function<void(const QString&, QMenu*, const QString&)> collect =
        [&](const QString& top, QMenu* menu, const QString& prefix) {
            for (QAction* action : menu->actions()) {
                menus[top] << prefix + plain(action->text());
                if (action->menu() != nullptr)
                    collect(top, action->menu(), prefix + plain(action->text()) + u" › "_s);
            }
        };
    for (QAction* top : window.menuBar()->actions()) {
        if (top->menu() != nullptr)
            collect(plain(top->text()), top->menu(), {});
    }

    const QString guide = guideText();
    const QRegularExpression place(u"\\*\\*(Fichier|Édition|Aide) › ([^*]+)\\*\\*"_s);
    int places = 0;
    for (const QRegularExpressionMatch& match : place.globalMatch(guide)) {
        ++places;
        EXPECT_TRUE(menus.value(match.captured(1)).contains(match.captured(2)))
            << match.captured(0).toStdString() << " not in the menu, which holds: "
            << menus.value(match.captured(1)).join(u" | "_s).toStdString();
    }
    EXPECT_GE(places, 6);

    const qsizetype table = guide.indexOf(u"## Raccourcis clavier"_s);
    ASSERT_GE(table, 0);
    const QRegularExpression row(u"^\\| ([^|]+) \\| ([^|]+) \\|$"_s, QRegularExpression::MultilineOption);
    int rows = 0;
    for (const QRegularExpressionMatch& match : row.globalMatch(guide.mid(table))) {
        const QString keys = match.captured(2).trimmed();
        if (keys == u"Raccourci"_s || keys.startsWith(u"---"_s))
            continue;
        ++rows;
        for (QString key : keys.split(u" / "_s)) {
            key.replace(u"Suppr"_s, u"Del"_s);  // the French keyboard's name of the key
            // An editor's Save (record_editor.cpp) and a date field's calendar (date_field.cpp): tested with
            // the editors and the fields.
            if (key == u"Ctrl+S"_s || key == u"F4"_s)
                continue;
            EXPECT_TRUE(shortcuts.contains(key))
                << match.captured(1).toStdString() << ": " << key.toStdString();
        }
    }
    EXPECT_GE(rows, 9);
    // Installing English on top would leave every string without an English plural French.
    backToEnglish();
}

}  // namespace
}  // namespace passerelle::test
