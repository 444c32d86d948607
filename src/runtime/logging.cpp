#include "passerelle/runtime/logging.h"

#include "passerelle/runtime/private_files.h"

#include <QDir>
#include <QFileInfo>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

namespace passerelle::runtime {
namespace {

void forwardQtMessage(QtMsgType type, const QMessageLogContext&, const QString& message) {
    const QByteArray text = message.toUtf8();
    switch (type) {
        case QtDebugMsg:
            spdlog::debug("qt: {}", text.constData());
            break;
        case QtInfoMsg:
            spdlog::info("qt: {}", text.constData());
            break;
        case QtWarningMsg:
            spdlog::warn("qt: {}", text.constData());
            break;
        case QtCriticalMsg:
        case QtFatalMsg:
            spdlog::error("qt: {}", text.constData());
            break;
    }
}

}  // namespace

void setupLogging(const LoggingOptions& options) {
    std::vector<spdlog::sink_ptr> sinks;
    if (!options.filePath.isEmpty()) {
        try {
            constexpr std::size_t maxFileSize = 1024 * 1024;
            constexpr std::size_t maxFiles = 3;
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                options.filePath.toStdString(), maxFileSize, maxFiles));
            // Logs written by an older version were created 0644; the new ones follow the umask (077).
            makePrivate(options.filePath);
            // spdlog names the rotated files "passerelle.1.log", "passerelle.2.log" ...
            const QFileInfo log(options.filePath);
            for (std::size_t index = 1; index <= maxFiles; ++index) {
                makePrivate(log.dir().filePath(
                    QStringLiteral("%1.%2.%3").arg(log.completeBaseName()).arg(index).arg(log.suffix())));
            }
        } catch (const spdlog::spdlog_ex& error) {
            // A read-only data folder must not stop the program: log to stderr only and say why.
            fprintf(stderr, "passerelle: cannot open the log file: %s\n", error.what());
        }
    }
    if (options.toStderr || sinks.empty()) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        // stderr is for the user of the CLI: warnings unless they asked for more.
        console->set_level(options.verbose ? spdlog::level::debug : spdlog::level::warn);
        sinks.push_back(console);
    }
    auto logger = std::make_shared<spdlog::logger>("passerelle", sinks.begin(), sinks.end());
    logger->set_level(options.verbose ? spdlog::level::debug : spdlog::level::info);
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %v");
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(forwardQtMessage);
}

}  // namespace passerelle::runtime
