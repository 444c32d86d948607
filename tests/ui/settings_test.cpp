// Preferences: the data folder chosen in the settings dialog is where both programs look next time.
#include "fixtures.h"
#include "passerelle/runtime/paths.h"
#include "passerelle/ui/app_settings.h"
#include "passerelle/ui/settings_dialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;

class SettingsTest : public ::testing::Test {
protected:
    void TearDown() override { QSettings().remove(runtime::dataFolderSettingKey()); }
    TempFolder folder;
};

TEST_F(SettingsTest, TheChosenDataFolderHoldsTheDefaultDatabaseAndTheLog) {
    ui::AppSettings settings = ui::AppSettings::load();
    EXPECT_TRUE(settings.dataFolder.isEmpty());
    EXPECT_EQ(runtime::dataFolder(), runtime::defaultDataFolder());

    settings.dataFolder = folder.path(u"donnees"_s);
    settings.save();
    EXPECT_EQ(ui::AppSettings::load().dataFolder, folder.path(u"donnees"_s));
    EXPECT_EQ(runtime::dataFolder(), folder.path(u"donnees"_s));
    EXPECT_EQ(runtime::defaultDatabasePath(), folder.path(u"donnees/passerelle.sqlite"_s));
    EXPECT_TRUE(runtime::logFilePath().startsWith(folder.path(u"donnees"_s)));
}

TEST_F(SettingsTest, TheDialogShowsTheFolderAndGoesBackToTheDefault) {
    ui::AppSettings settings;
    settings.dataFolder = folder.path(u"ailleurs"_s);
    ui::SettingsDialog dialog(settings);
    auto* shown = dialog.findChild<QLineEdit*>(u"dataFolderEdit"_s);
    ASSERT_NE(shown, nullptr);
    EXPECT_EQ(shown->text(), folder.path(u"ailleurs"_s));
    EXPECT_EQ(dialog.settings().dataFolder, folder.path(u"ailleurs"_s));

    dialog.findChild<QPushButton*>(u"defaultDataFolderButton"_s)->click();
    EXPECT_EQ(shown->text(), runtime::defaultDataFolder());
    EXPECT_TRUE(dialog.settings().dataFolder.isEmpty());
}

}  // namespace
}  // namespace passerelle::test
