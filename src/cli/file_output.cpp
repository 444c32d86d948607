#include "file_output.h"

#include "passerelle/runtime/private_files.h"

#include <QFile>

#include <cerrno>

namespace passerelle::cli {

Status writeOutput(CommandContext& context, const QString& path, const QByteArray& bytes) {
    if (path.isEmpty() || path == QLatin1String("-")) {
        context.out().flush();
        QFile stdoutFile;
        errno = 0;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size() ||
            !stdoutFile.flush()) {
            return failure(QStringLiteral("cannot write to standard output: %1")
                               .arg(errno != 0 ? runtime::systemReason(errno) : stdoutFile.errorString()),
                           {}, ErrorKind::Io);
        }
        return success();
    }
    if (const Status written = runtime::writeFileAtomically(path, bytes); !written) {
        return failure(QStringLiteral("cannot write %1: %2").arg(path, written.error().message), path,
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

Result<QByteArray> readPasswordFile(const QString& path) {
    const auto content = readInput(path);
    if (!content)
        return content.error();
    QByteArray password = content->split('\n').first();
    if (password.endsWith('\r'))
        password.chop(1);
    return password;
}

}  // namespace passerelle::cli
