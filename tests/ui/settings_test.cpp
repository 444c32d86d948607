// Preferences: the data folder chosen in the settings dialog is where both programs look next time; the
// letterhead logo chosen there is kept as a private PNG copy, previewed, and removed.
#include "fixtures.h"
#include "passerelle/runtime/paths.h"
#include "passerelle/ui/app_settings.h"
#include "passerelle/ui/settings_dialog.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSettings>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;

class SettingsTest : public ::testing::Test {
protected:
    void TearDown() override {
        QSettings().remove(runtime::dataFolderSettingKey());
        QSettings().remove(runtime::letterheadLogoSettingKey());
    }
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

// A school's logo as a user has it: a JPEG photograph-sized image, 1200 × 900, navy with a white disc.
QString schoolLogo(const TempFolder& folder) {
    QImage image(1200, 900, QImage::Format_RGB32);
    image.fill(QColor(u"navy"_s));
    QPainter painter(&image);
    painter.setBrush(Qt::white);
    painter.drawEllipse(QPointF(600, 450), 300, 300);
    painter.end();
    const QString path = folder.path(u"logo collège.jpg"_s);
    EXPECT_TRUE(image.save(path, "JPEG"));
    return path;
}

TEST_F(SettingsTest, AChosenLogoIsKeptAsAPrivateCopyPreviewedAndRemoved) {
    ui::AppSettings settings;
    settings.dataFolder = folder.path(u"donnees"_s);
    settings.save();  // the copy goes into this data folder
    ui::SettingsDialog dialog(settings);
    QStringList refusals;
    dialog.setRefusalShower([&](const QString& message) { refusals << message; });
    const QString chosen = schoolLogo(folder);
    dialog.setLogoChooser([&] { return chosen; });
    auto* preview = dialog.findChild<QLabel*>(u"logoPreview"_s);
    auto* remove = dialog.findChild<QPushButton*>(u"removeLogoButton"_s);
    ASSERT_NE(preview, nullptr);
    ASSERT_NE(remove, nullptr);
    EXPECT_TRUE(preview->pixmap().isNull());
    EXPECT_FALSE(remove->isEnabled());

    dialog.findChild<QPushButton*>(u"chooseLogoButton"_s)->click();
    EXPECT_TRUE(refusals.isEmpty()) << refusals.join(u' ').toStdString();
    EXPECT_FALSE(preview->pixmap().isNull());
    EXPECT_LE(preview->pixmap().height(), preview->minimumHeight());
    EXPECT_TRUE(remove->isEnabled());
    EXPECT_TRUE(dialog.settings().letterheadLogo.isEmpty());  // written by OK only

    dialog.accept();
    const QString copy = dialog.settings().letterheadLogo;
    EXPECT_EQ(copy, folder.path(u"donnees/letterhead-logo.png"_s));
    EXPECT_EQ(fileMode(copy), 0600);
    EXPECT_EQ(fileMode(folder.path(u"donnees"_s)), 0700);
    const QImage kept(copy, "PNG");
    EXPECT_EQ(kept.size(), QSize(800, 600));    // scaled down to 600 pixels high, as PNG
    EXPECT_EQ(QFile(chosen).size() > 0, true);  // the user's own file is left as it was

    // Saved, the logo is what the documents get.
    settings = dialog.settings();
    settings.save();
    EXPECT_EQ(ui::AppSettings::load().letterheadLogo, copy);
    EXPECT_EQ(ui::AppSettings::load().letterheadLogoImage().size(), QSize(800, 600));
    EXPECT_EQ(runtime::letterheadLogoPath(), copy);

    // Reopened, the dialog shows it; « Remove Logo » and OK delete the copy.
    ui::SettingsDialog again(settings);
    auto* shown = again.findChild<QLabel*>(u"logoPreview"_s);
    EXPECT_FALSE(shown->pixmap().isNull());
    again.findChild<QPushButton*>(u"removeLogoButton"_s)->click();
    EXPECT_TRUE(shown->pixmap().isNull());
    EXPECT_TRUE(QFile::exists(copy));  // not before OK
    again.accept();
    EXPECT_TRUE(again.settings().letterheadLogo.isEmpty());
    EXPECT_FALSE(QFile::exists(copy));
}

TEST_F(SettingsTest, AFileThatIsNoImageIsRefusedByNameAndChangesNothing) {
    ui::AppSettings settings;
    settings.dataFolder = folder.path(u"donnees"_s);
    settings.save();
    ui::SettingsDialog dialog(settings);
    QStringList refusals;
    dialog.setRefusalShower([&](const QString& message) { refusals << message; });
    QFile text(folder.path(u"notes.png"_s));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("ceci n'est pas une image\n");
    text.close();
    dialog.setLogoChooser([&] { return text.fileName(); });
    dialog.findChild<QPushButton*>(u"chooseLogoButton"_s)->click();
    ASSERT_EQ(refusals.size(), 1);
    EXPECT_TRUE(refusals.first().contains(u"notes.png"_s)) << refusals.first().toStdString();
    EXPECT_TRUE(dialog.findChild<QLabel*>(u"logoPreview"_s)->pixmap().isNull());
    dialog.accept();
    EXPECT_TRUE(dialog.settings().letterheadLogo.isEmpty());
    EXPECT_FALSE(QFile::exists(folder.path(u"donnees/letterhead-logo.png"_s)));
}

}  // namespace
}  // namespace passerelle::test
