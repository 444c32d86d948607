// Reading a spreadsheet's CSV (student_csv.h): the bytes decoded, the separator found, the rows split as
// RFC 4180 says, every limit kept. Mapping the columns to students is student_csv_map.cpp.
#include "passerelle/exchange/student_csv.h"

#include "passerelle/domain/input_limits.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::exchange {
namespace {

// A cell longer than any value a student may hold is cut here, so that one endless field cannot fill
// memory; the name checks then report it.
constexpr qsizetype kMaxCellChars = input::kMaxFreeTextLength;
// All cells together: 100,000 rows of 40 columns. Beyond, the file is not a roll.
constexpr qsizetype kMaxCsvCells = 4'000'000;

// Windows-1252's 0x80–0x9F, where it differs from Latin-1 (0 where the code page has no character).
constexpr std::array<char16_t, 32> kCp1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool isAscii(const QByteArray& bytes) {
    return std::all_of(bytes.cbegin(), bytes.cend(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool isValidUtf8(const QByteArray& bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

// The separator the header line uses most, outside quotes; nothing when it holds none or a tie.
std::optional<QChar> detectSeparator(const QString& text) {
    qsizetype start = 0;
    while (start < text.size() && (text.at(start) == u'\r' || text.at(start) == u'\n'))
        ++start;
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u';')
            ++semicolons;
        else if (c == u',')
            ++commas;
        else if (c == u'\t')
            ++tabs;
    }
    const int most = std::max({semicolons, commas, tabs});
    if (most == 0 || (semicolons == most) + (commas == most) + (tabs == most) > 1)
        return std::nullopt;
    return semicolons == most ? u';' : commas == most ? u',' : u'\t';
}

// RFC 4180 with what spreadsheets add: LF or CR line ends as well as CRLF, a quote inside an unquoted field
// kept as it is, spaces before an opening quote ignored.
class Splitter {
public:
    Splitter(const QString& text, QChar separator, CsvSheet& sheet)
        : m_text(text), m_separator(separator), m_sheet(sheet) {}

    void run() {
        const qsizetype size = m_text.size();
        for (qsizetype i = 0; i < size && !m_stopped; ++i) {
            const QChar c = m_text.at(i);
            if (m_quoted) {
                if (c == u'"') {
                    if (i + 1 < size && m_text.at(i + 1) == u'"') {
                        add(c);
                        ++i;
                    } else {
                        m_quoted = false;
                    }
                } else {
                    if (c == u'\n' || (c == u'\r' && (i + 1 >= size || m_text.at(i + 1) != u'\n')))
                        ++m_line;
                    add(c);
                }
            } else if (c == u'"' && !m_fieldHasText) {
                m_quoted = true;
                m_quoteLine = m_line;
                m_field.clear();
            } else if (c == m_separator) {
                endField();
            } else if (c == u'\r' || c == u'\n') {
                if (c == u'\r' && i + 1 < size && m_text.at(i + 1) == u'\n')
                    ++i;
                endField();
                endRecord();
                ++m_line;
                m_recordLine = m_line;
            } else {
                add(c);
            }
        }
        if (m_stopped)
            return;
        if (m_quoted)
            m_sheet.errors.append({CsvProblem::UnterminatedQuote, m_quoteLine, {}, {}, {}});
        endField();
        endRecord();
    }

private:
    void add(QChar c) {
        // Kept, not recomputed with trimmed() at every quote: a line of quotes would take quadratic time.
        m_fieldHasText = m_fieldHasText || !c.isSpace();
        if (m_field.size() < kMaxCellChars)
            m_field.append(c);
    }

    void endField() {
        if (m_record.size() < kMaxCsvColumns)
            m_record.append(m_field);
        else if (!m_tooWide) {
            m_tooWide = true;
            m_sheet.errors.append(
                {CsvProblem::TooManyColumns, m_recordLine, {}, {}, QString::number(kMaxCsvColumns)});
        }
        m_field.clear();
        m_fieldHasText = false;
    }

    void endRecord() {
        QStringList record = std::move(m_record);
        m_record = {};
        m_tooWide = false;
        const bool empty = std::all_of(record.cbegin(), record.cend(),
                                       [](const QString& field) { return field.trimmed().isEmpty(); });
        if (empty)
            return;
        if (!m_headerSeen) {
            m_headerSeen = true;
            for (QString& header : record)
                header = header.trimmed();
            m_sheet.headers = std::move(record);
            return;
        }
        m_cells += record.size();
        if (m_sheet.rows.size() >= kMaxCsvRows || m_cells > kMaxCsvCells) {
            m_sheet.errors.append(
                {CsvProblem::TooManyRows, m_recordLine, {}, {}, QString::number(kMaxCsvRows)});
            m_stopped = true;
            return;
        }
        m_sheet.rows.append(std::move(record));
        m_sheet.lines.append(m_recordLine);
    }

    const QString& m_text;
    QChar m_separator;
    CsvSheet& m_sheet;
    QString m_field;
    QStringList m_record;
    int m_line = 1;
    int m_recordLine = 1;
    int m_quoteLine = 0;
    qsizetype m_cells = 0;
    bool m_quoted = false;
    bool m_fieldHasText = false;
    bool m_headerSeen = false;
    bool m_tooWide = false;
    bool m_stopped = false;
};

}  // namespace

QString CsvIssue::describe() const {
    QString message;
    switch (problem) {
        case CsvProblem::Unreadable:
            message = u"the file cannot be read: %1"_s.arg(value);
            break;
        case CsvProblem::TooLarge:
            message = u"the file is larger than %1 MB"_s.arg(kMaxCsvFileBytes / (1024 * 1024));
            break;
        case CsvProblem::NotText:
            message = u"the file holds NUL bytes: it is not a CSV text (save it as CSV, UTF-8 or Windows)"_s;
            break;
        case CsvProblem::NoHeader:
            message = u"the file is empty: no header line"_s;
            break;
        case CsvProblem::TooManyRows:
            message = u"the file has more than %1 lines: the rest is not read"_s.arg(value);
            break;
        case CsvProblem::TooManyColumns:
            message = u"the line has more than %1 columns"_s.arg(value);
            break;
        case CsvProblem::UnterminatedQuote:
            message = u"a quoted value is never closed"_s;
            break;
        case CsvProblem::ValueTooLong:
            message = u"the value is too long (at most %1 characters)"_s.arg(value);
            break;
        case CsvProblem::NoLastName:
            message = u"no last name"_s;
            break;
        case CsvProblem::NoFirstName:
            message = u"no first name"_s;
            break;
        case CsvProblem::BadDate:
            message = u"unreadable date \"%1\" (dd/mm/yyyy)"_s.arg(value);
            break;
        case CsvProblem::Duplicate:
            message = u"the student appears twice; the first one is kept"_s;
            break;
    }
    QString place;
    if (line > 0)
        place = u"line %1"_s.arg(line);
    if (!column.isEmpty())
        place += (place.isEmpty() ? QString() : u", "_s) + u"column \"%1\""_s.arg(column);
    if (!studentName.isEmpty())
        place += (place.isEmpty() ? QString() : u" "_s) + u"(%1)"_s.arg(studentName);
    return place.isEmpty() ? message : place + u": "_s + message;
}

QString decodeWindows1252(const QByteArray& bytes) {
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        char16_t unit = code;
        if (code >= 0x80 && code <= 0x9F)
            unit = kCp1252High.at(code - 0x80) != 0 ? kCp1252High.at(code - 0x80) : char16_t(0xFFFD);
        *out++ = QChar(unit);
    }
    return text;
}

CsvSheet readCsv(const QByteArray& input, const CsvReadOptions& options) {
    CsvSheet sheet;
    if (input.size() > kMaxCsvFileBytes) {
        sheet.errors.append({CsvProblem::TooLarge, 0, {}, {}, {}});
        return sheet;
    }
    if (input.contains('\0')) {
        sheet.errors.append({CsvProblem::NotText, 0, {}, {}, {}});
        return sheet;
    }
    QByteArray bytes = input;
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    if (bom)
        bytes.remove(0, 3);
    if (options.encoding) {
        sheet.encoding = *options.encoding;
        sheet.encodingCertain = true;
    } else if (bom) {
        sheet.encoding = CsvEncoding::Utf8;
        sheet.encodingCertain = true;
    } else if (isAscii(bytes)) {
        sheet.encoding = CsvEncoding::Utf8;
    } else {
        sheet.encoding = isValidUtf8(bytes) ? CsvEncoding::Utf8 : CsvEncoding::Windows1252;
        sheet.encodingCertain = true;
    }
    const QString text =
        sheet.encoding == CsvEncoding::Utf8 ? QString::fromUtf8(bytes) : decodeWindows1252(bytes);

    const std::optional<QChar> detected = detectSeparator(text);
    sheet.separatorCertain = options.separator.has_value() || detected.has_value();
    sheet.separator = options.separator ? *options.separator : detected.value_or(u';');

    Splitter(text, sheet.separator, sheet).run();
    if (sheet.headers.isEmpty())
        sheet.errors.append({CsvProblem::NoHeader, 0, {}, {}, {}});
    return sheet;
}

CsvSheet readCsvFile(const QString& path, const CsvReadOptions& options) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvSheet sheet;
        sheet.errors.append({CsvProblem::Unreadable, 0, {}, {}, file.errorString()});
        return sheet;
    }
    if (file.size() > kMaxCsvFileBytes) {
        CsvSheet sheet;
        sheet.errors.append({CsvProblem::TooLarge, 0, {}, {}, {}});
        return sheet;
    }
    // read() bounded, for a file that grows (or a device that reports no size) while it is read.
    return readCsv(file.read(kMaxCsvFileBytes + 1), options);
}

}  // namespace passerelle::exchange
