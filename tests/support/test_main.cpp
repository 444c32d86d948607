// The main() of every test executable: Qt must exist before any test runs, and must never need a display.
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

#include <gtest/gtest.h>

#include <memory>

// Widget suites provide this (tests/ui): it returns a QApplication. Others get a QCoreApplication.
std::unique_ptr<QCoreApplication> makeTestApplication(int& argc, char** argv) __attribute__((weak));

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
    // Settings and data folders under ~/.qttest: a test run never touches the user's own preferences.
    QStandardPaths::setTestModeEnabled(true);
    std::unique_ptr<QCoreApplication> app = makeTestApplication
                                                ? makeTestApplication(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    // ctest runs each test in its own process, several at once: each process gets preferences of its own,
    // so that one test saving a setting never shows through in another running beside it.
    const QTemporaryDir settingsFolder;
    if (!settingsFolder.isValid())
        return 1;
    for (const QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, settingsFolder.path());
    return RUN_ALL_TESTS();
}
