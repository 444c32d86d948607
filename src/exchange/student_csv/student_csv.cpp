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

QString shortened(const QString& text) {
    return text.size() > 40 ? text.left(40) + u'…' : text;
}

std::optional<QDate> parseDate(const QString& text) {
    static const QRegularExpression dayFirst(
        u"^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$"_s);
    static const QRegularExpression iso(
        u"^(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s]\\d{1,2}:\\d{2}(?::\\d{2})?)?$"_s);
    QDate date;
    if (const QRegularExpressionMatch match = dayFirst.match(text); match.hasMatch())
        date = QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    else if (const QRegularExpressionMatch isoMatch = iso.match(text); isoMatch.hasMatch())
        date =
            QDate(isoMatch.captured(1).toInt(), isoMatch.captured(2).toInt(), isoMatch.captured(3).toInt());
    if (!date.isValid() || date.year() < input::kFirstYear || date.year() > input::kLastYear)
        return std::nullopt;
    return date;
}

// Header spellings, as nameKey() reduces them, best first: « Nom d'usage » is the name used, before « Nom ».
const QList<QStringList>& headerAliases() {
    static const QList<QStringList> aliases{
        {u"nom d usage"_s, u"nom usage"_s, u"nom"_s, u"nom eleve"_s, u"nom de l eleve"_s, u"last name"_s,
         u"lastname"_s, u"surname"_s},
        {u"prenom"_s, u"prenom 1"_s, u"premier prenom"_s, u"prenom eleve"_s, u"prenom de l eleve"_s,
         u"first name"_s, u"firstname"_s},
        {u"ne e le"_s, u"ne le"_s, u"nee le"_s, u"date de naissance"_s, u"date naissance"_s, u"naissance"_s,
         u"date naiss"_s, u"ne e"_s, u"birth date"_s, u"birthdate"_s, u"date of birth"_s},
        {u"classe"_s, u"classes"_s, u"classe s"_s, u"division"_s, u"code structure"_s, u"class"_s},
        {u"ine"_s, u"n ine"_s, u"no ine"_s, u"numero ine"_s, u"id national"_s, u"identifiant national"_s,
         u"ine eleve"_s},
        {u"nom de famille"_s, u"nom de naissance"_s, u"nom patronymique"_s, u"family name"_s},
        {u"date de sortie"_s, u"date sortie"_s, u"sortie le"_s, u"sorti e le"_s, u"left on"_s},
    };
    return aliases;
}

void restoreField(Student& student, const Student& stored, const QString& field) {
    if (field == u"familyName"_s)
        student.familyName = stored.familyName;
    else if (field == u"ine"_s)
        student.ine = stored.ine;
    else if (field == u"siecleId"_s)
        student.siecleId = stored.siecleId;
    else if (field == u"className"_s)
        student.className = stored.className;
    else if (field == u"birthDate"_s)
        student.birthDate = stored.birthDate;
    else if (field == u"leftOn"_s)
        student.leftOn = stored.leftOn;
}

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

QString studentFieldKey(StudentField field) {
    switch (field) {
        case StudentField::LastName:
            return u"lastName"_s;
        case StudentField::FirstName:
            return u"firstName"_s;
        case StudentField::BirthDate:
            return u"birthDate"_s;
        case StudentField::ClassName:
            return u"className"_s;
        case StudentField::Ine:
            return u"ine"_s;
        case StudentField::FamilyName:
            return u"familyName"_s;
        case StudentField::LeftOn:
            return u"leftOn"_s;
    }
    return {};
}

std::optional<StudentField> studentFieldFromKey(const QString& key) {
    for (const StudentField field : kStudentFields) {
        if (studentFieldKey(field) == key)
            return field;
    }
    return std::nullopt;
}

CsvMapping guessMapping(const QStringList& headers) {
    QStringList keys;
    for (const QString& header : headers)
        keys.append(nameKey(header));
    CsvMapping mapping;
    QSet<int> taken;
    // The most specific names first, so that « Nom de famille » is never taken for « Nom ».
    const std::array<StudentField, kStudentFieldCount> order{
        StudentField::FamilyName, StudentField::LastName,  StudentField::FirstName, StudentField::BirthDate,
        StudentField::LeftOn,     StudentField::ClassName, StudentField::Ine};
    for (const StudentField field : order) {
        for (const QString& alias : headerAliases().at(static_cast<qsizetype>(field))) {
            const int column = static_cast<int>(keys.indexOf(alias));
            if (column >= 0 && !taken.contains(column)) {
                mapping.set(field, column);
                taken.insert(column);
                break;
            }
        }
    }
    return mapping;
}

QList<StudentField> missingRequired(const CsvMapping& mapping) {
    QList<StudentField> missing;
    if (!mapping.has(StudentField::LastName) && !mapping.has(StudentField::FamilyName))
        missing.append(StudentField::LastName);
    if (!mapping.has(StudentField::FirstName))
        missing.append(StudentField::FirstName);
    if (!mapping.has(StudentField::BirthDate) && !mapping.has(StudentField::Ine))
        missing.append(StudentField::BirthDate);
    return missing;
}

CsvStudents studentsFromCsv(const CsvSheet& sheet, const CsvMapping& mapping) {
    CsvStudents result;
    auto header = [&](StudentField field) {
        const int column = mapping.column(field);
        const QString text = sheet.headers.value(column);
        return text.isEmpty() ? u"column %1"_s.arg(column + 1) : text;
    };
    QSet<QString> seenIne;
    QSet<QString> seenPerson;
    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        const QStringList& row = sheet.rows.at(r);
        const int line = sheet.lines.value(r);
        auto cell = [&](StudentField field) {
            const int column = mapping.column(field);
            return column >= 0 ? row.value(column).trimmed() : QString();
        };
        const bool blank = std::all_of(kStudentFields.cbegin(), kStudentFields.cend(),
                                       [&](StudentField field) { return cell(field).isEmpty(); });
        if (blank)
            continue;  // a line of other columns only (a total, a comment)

        Student student;
        student.lastName = cell(StudentField::LastName);
        const QString family = cell(StudentField::FamilyName);
        if (student.lastName.isEmpty())
            student.lastName = family;  // « Nom d'usage » is often empty when it is the family name
        else if (family.compare(student.lastName, Qt::CaseInsensitive) != 0)
            student.familyName = family;
        student.firstName = cell(StudentField::FirstName);
        student.className = cell(StudentField::ClassName);
        student.ine = cell(StudentField::Ine);
        const QString person = QString(student.lastName + u' ' + student.firstName).trimmed();
        const qsizetype errorsBefore = result.errors.size();
        auto error = [&](CsvProblem problem, StudentField field, const QString& value = {}) {
            result.errors.append(
                {problem, line, mapping.has(field) ? header(field) : QString(), person, value});
        };

        if (student.lastName.isEmpty())
            error(CsvProblem::NoLastName,
                  mapping.has(StudentField::LastName) ? StudentField::LastName : StudentField::FamilyName);
        if (student.firstName.isEmpty())
            error(CsvProblem::NoFirstName, StudentField::FirstName);
        for (const StudentField field : {StudentField::LastName, StudentField::FirstName,
                                         StudentField::FamilyName, StudentField::ClassName}) {
            if (cell(field).size() > input::kMaxNameLength)
                error(CsvProblem::ValueTooLong, field, QString::number(input::kMaxNameLength));
        }
        if (student.ine.size() > input::kMaxIneLength)
            error(CsvProblem::ValueTooLong, StudentField::Ine, QString::number(input::kMaxIneLength));
        for (const StudentField field : {StudentField::BirthDate, StudentField::LeftOn}) {
            const QString text = cell(field);
            if (text.isEmpty())
                continue;
            const std::optional<QDate> date = parseDate(text);
            if (!date)
                error(CsvProblem::BadDate, field, shortened(text));
            else if (field == StudentField::BirthDate)
                student.birthDate = *date;
            else
                student.leftOn = *date;
        }
        if (result.errors.size() != errorsBefore)
            continue;

        const QString personKey = nameKey(student.lastName) + u'|' + nameKey(student.firstName) + u'|' +
                                  student.birthDate.toString(Qt::ISODate);
        const bool twice = (!student.ine.isEmpty() && seenIne.contains(student.ine.toUpper())) ||
                           seenPerson.contains(personKey);
        if (twice) {
            result.warnings.append({CsvProblem::Duplicate, line, {}, person, {}});
            continue;
        }
        if (!student.ine.isEmpty())
            seenIne.insert(student.ine.toUpper());
        seenPerson.insert(personKey);
        result.students.append(std::move(student));
        result.lines.append(line);
    }
    return result;
}

SiecleImportPlan planCsvImport(const CsvStudents& students, const QList<Student>& existing,
                               const QString& schoolId) {
    SiecleData data;
    data.students = students.students;
    data.hasStudents = true;
    data.hasRepresentatives = false;
    SiecleImportPlan plan = planSiecleImport(data, existing, schoolId);

    QHash<QString, qsizetype> storedById;
    for (qsizetype i = 0; i < existing.size(); ++i)
        storedById.insert(existing.at(i).id, i);
    QList<PlannedUpdate> updated;
    for (PlannedUpdate& update : plan.updated) {
        const qsizetype index = storedById.value(update.student.id, -1);
        if (index < 0) {
            updated.append(std::move(update));
            continue;
        }
        const Student& stored = existing.at(index);
        // An empty cell (or a column the sheet lacks, such as SIECLE's id) keeps what is stored.
        QList<FieldChange> kept;
        for (const FieldChange& change : std::as_const(update.changes)) {
            if (change.after.isEmpty())
                restoreField(update.student, stored, change.field);
            else
                kept.append(change);
        }
        if (kept.isEmpty()) {
            plan.unchanged.append(stored);
        } else {
            update.changes = std::move(kept);
            updated.append(std::move(update));
        }
    }
    plan.updated = std::move(updated);
    return plan;
}

}  // namespace passerelle::exchange
