#include "file_output.h"

#include <QFile>
#include <QSaveFile>

namespace passerelle::cli {

Status writeOutput(CommandContext& context, const QString& path, const QByteArray& bytes) {
    if (path.isEmpty() || path == QLatin1String("-")) {
        context.out().flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size()) {
            return failure(QStringLiteral("cannot write to standard output"), {}, ErrorKind::Io);
        }
        return success();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()), path,
                       ErrorKind::Io);
    }
    return success();
}

Result<QByteArray> readInput(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()), path,
                       ErrorKind::Io);
    }
    return file.readAll();
}

}  // namespace passerelle::cli
