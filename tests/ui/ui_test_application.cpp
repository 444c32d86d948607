// Widgets need a QApplication rather than the default QCoreApplication of tests/support/test_main.cpp, which
// calls this when a suite provides it.
#include <QApplication>

#include <memory>

std::unique_ptr<QCoreApplication> makeTestApplication(int& argc, char** argv) {
    return std::make_unique<QApplication>(argc, argv);
}
