#include "pdf_tools.h"

#include "fixtures.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace passerelle::test {

using namespace Qt::Literals::StringLiterals;

namespace {
QString writeTemporary(const TempFolder& folder, const QByteArray& pdf) {
    const QString path = folder.path(u"document.pdf"_s);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(pdf);
    return path;
}
}  // namespace

QString runProgram(const QString& program, const QStringList& arguments, int* exitCode,
                   const QByteArray& input) {
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

QString pdfText(const QByteArray& pdf, int page, bool layout) {
    TempFolder folder;
    const QString path = writeTemporary(folder, pdf);
    QStringList arguments;
    if (layout)
        arguments << u"-layout"_s;
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    arguments << path << u"-"_s;
    QProcess process;
    process.start(u"pdftotext"_s, arguments);
    process.waitForFinished(60000);
    QString text =
        QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    text.replace(QChar(0x2019), u'\'');
    static const QRegularExpression spaces(u"\\s+"_s);
    return text.replace(spaces, u" "_s).trimmed();
}

QString pdfRawText(const QByteArray& pdf, int page) {
    TempFolder folder;
    const QString path = writeTemporary(folder, pdf);
    QStringList arguments;
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    arguments << path << u"-"_s;
    QProcess process;
    process.start(u"pdftotext"_s, arguments);
    process.waitForFinished(60000);
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression spaces(u"[ \\t\\r\\n\\f]+"_s);
    return text.replace(spaces, u" "_s).trimmed();
}

QString largeText(const QByteArray& pdf, int page) {
    TempFolder folder;
    const QString path = writeTemporary(folder, pdf);
    const QString html = runProgram(u"pdftotext"_s, {u"-bbox"_s, u"-f"_s, QString::number(page), u"-l"_s,
                                                     QString::number(page), path, u"-"_s});
    static const QRegularExpression word(
        u"<word xMin=\"[-0-9.]+\" yMin=\"([-0-9.]+)\" xMax=\"[-0-9.]+\" yMax=\"([-0-9.]+)\">([^<]*)</word>"_s);
    QMap<double, QString> pieces;  // by height on the page, top first
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        const double top = match.captured(1).toDouble();
        if (match.captured(2).toDouble() - top > 40.0)
            pieces.insert(top, match.captured(3));
    }
    QString text;
    for (const QString& piece : pieces)
        text.prepend(piece);
    return text;
}

bool hasWordsInOrder(const QString& text, const QString& phrase) {
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    qsizetype at = 0;
    for (const QString& wanted : phrase.split(u' ', Qt::SkipEmptyParts)) {
        while (at < words.size() && words[at] != wanted)
            ++at;
        if (at == words.size())
            return false;
        ++at;
    }
    return true;
}

QMap<QString, QString> pdfInfo(const QByteArray& pdf) {
    TempFolder folder;
    const QString path = writeTemporary(folder, pdf);
    QMap<QString, QString> info;
    for (const QString& line : runProgram(u"pdfinfo"_s, {path}).split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            info.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return info;
}

QImage renderFirstPage(const QByteArray& pdf, int dpi) {
    TempFolder folder;
    const QString path = writeTemporary(folder, pdf);
    runProgram(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, QString::number(dpi), u"-f"_s, u"1"_s, u"-l"_s, u"1"_s,
                               u"-singlefile"_s, path, folder.path(u"page"_s)});
    return QImage(folder.path(u"page.png"_s));
}

}  // namespace passerelle::test

namespace passerelle::test {
void keepForInspection(const QString& name, const QByteArray& pdf) {
    const QString folder = qEnvironmentVariable("PASSERELLE_DOCUMENTS_OUT");
    if (folder.isEmpty())
        return;
    QFile file(folder + u'/' + name + QStringLiteral(".pdf"));
    if (file.open(QIODevice::WriteOnly))
        file.write(pdf);
}
}  // namespace passerelle::test
