// Laying out text and writing PDFs needs fonts, hence a QGuiApplication (offscreen) rather than the default
// QCoreApplication of tests/support/test_main.cpp, which calls this when a suite provides it.
#include <QGuiApplication>

#include <memory>

std::unique_ptr<QCoreApplication> makeTestApplication(int& argc, char** argv) {
    return std::make_unique<QGuiApplication>(argc, argv);
}
