#pragma once

// Students from a spreadsheet (issue 13): a CSV as Pronote, LibreOffice Calc or Excel saves it (`;`, `,` or
// tab; UTF-8 with or without BOM, or Windows-1252), its columns mapped to the student's fields, then planned
// with planSiecleImport() so that a spreadsheet import matches and updates students exactly as a SIECLE one
// does. Pure: bytes in, values out; no SQL, no widgets.

#include "passerelle/domain/student.h"
#include "passerelle/exchange/siecle.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace passerelle::exchange {

// A file larger than this is refused before it is read: a school's whole roll is well under 1 MB.
inline constexpr qint64 kMaxCsvFileBytes = 50LL * 1024 * 1024;
// Far above any school's roll, far below what would exhaust memory.
inline constexpr int kMaxCsvRows = 100000;
inline constexpr int kMaxCsvColumns = 500;

enum class CsvEncoding { Utf8, Windows1252 };

struct CsvReadOptions {
    std::optional<CsvEncoding> encoding;  // nothing: detected
    std::optional<QChar> separator;       // nothing: detected from the header line
};

// What can be wrong; the UI words each one in the user's language, describe() in English.
enum class CsvProblem {
    Unreadable,         // the file cannot be opened (value: the system's reason)
    TooLarge,           // over kMaxCsvFileBytes
    NotText,            // NUL bytes: a binary or UTF-16 file
    NoHeader,           // no line at all
    TooManyRows,        // over kMaxCsvRows: the rest is not read
    TooManyColumns,     // a line with more than kMaxCsvColumns fields: the extra ones are dropped
    UnterminatedQuote,  // a quoted field runs to the end of the file
    ValueTooLong,       // over input::kMaxNameLength (kMaxIneLength for the INE)
    NoLastName,
    NoFirstName,
    BadDate,    // not dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd, or outside input::kFirstYear–kLastYear
    Duplicate,  // the same INE, or name and birth date, twice in the file: the first is kept (a warning)
};

struct CsvIssue {
    CsvProblem problem = CsvProblem::Unreadable;
    int line = 0;         // the file's line, from 1; 0 for the file as a whole
    QString column;       // the column's header, when the problem belongs to a cell
    QString studentName;  // « MARTIN Léa », when known
    QString value;        // the cell's text (shortened), or a detail
    // « line 12, column "Né(e) le" (MARTIN Léa): unreadable date "31/02/2010" »
    QString describe() const;
    friend bool operator==(const CsvIssue&, const CsvIssue&) = default;
};

struct CsvSheet {
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar separator = u';';
    // False when the bytes are plain ASCII (both encodings read them alike) or the header line holds no
    // separator or a tie: the caller may then prefer the user's last choice.
    bool encodingCertain = false;
    bool separatorCertain = false;
    QStringList headers;      // the first non-empty line, trimmed
    QList<QStringList> rows;  // the other non-empty lines, each as long as it was written
    QList<int> lines;         // the file line each row starts on, from 1
    QList<CsvIssue> errors;   // reading errors (the rows read before them are kept for the preview)
};

// Decodes and splits `bytes` (RFC 4180 quoting, CRLF or LF). Never throws, never hangs.
CsvSheet readCsv(const QByteArray& bytes, const CsvReadOptions& options = {});
// Reads the file first (at most kMaxCsvFileBytes).
CsvSheet readCsvFile(const QString& path, const CsvReadOptions& options = {});
// Windows-1252 to text, by hand: Qt's codecs depend on ICU, which some builds lack.
QString decodeWindows1252(const QByteArray& bytes);

// The student fields a spreadsheet may hold.
enum class StudentField { LastName, FirstName, BirthDate, ClassName, Ine, FamilyName, LeftOn };
inline constexpr int kStudentFieldCount = 7;
inline constexpr std::array<StudentField, kStudentFieldCount> kStudentFields{
    StudentField::LastName, StudentField::FirstName,  StudentField::BirthDate, StudentField::ClassName,
    StudentField::Ine,      StudentField::FamilyName, StudentField::LeftOn};
// The exchange key: "lastName", "birthDate" ...
QString studentFieldKey(StudentField field);
std::optional<StudentField> studentFieldFromKey(const QString& key);

// Which column (0-based) holds each field; -1: none.
struct CsvMapping {
    std::array<int, kStudentFieldCount> columns{-1, -1, -1, -1, -1, -1, -1};
    int column(StudentField field) const { return columns.at(static_cast<size_t>(field)); }
    void set(StudentField field, int column) { columns.at(static_cast<size_t>(field)) = column; }
    bool has(StudentField field) const { return column(field) >= 0; }
    friend bool operator==(const CsvMapping&, const CsvMapping&) = default;
};

// Recognises French and English headers, blind to case, accents and punctuation (« Né(e) le », « PRENOM »,
// « Nom d'usage »); each column serves one field at most.
CsvMapping guessMapping(const QStringList& headers);
// The fields an import needs that `mapping` lacks: the last and first names, and the birth date unless the
// INE is given (a student is matched by INE, or by name and birth date).
QList<StudentField> missingRequired(const CsvMapping& mapping);

struct CsvStudents {
    QList<Student> students;  // id and schoolId empty
    QList<int> lines;         // the file line of each student
    QList<CsvIssue> errors;   // any error: nothing may be imported
    QList<CsvIssue> warnings;
    bool ok() const { return errors.isEmpty(); }
};

// The sheet's rows as students: values trimmed, dates dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd. A row without a
// last or first name is an error; the family name is kept only when it differs from the last name.
CsvStudents studentsFromCsv(const CsvSheet& sheet, const CsvMapping& mapping);

// What importing the students into `schoolId` would do, by planSiecleImport (hasStudents, no
// representatives), except that an empty cell never erases a stored value (a spreadsheet without the INE
// column keeps the INE and SIECLE id a SIECLE import stored).
SiecleImportPlan planCsvImport(const CsvStudents& students, const QList<Student>& existing,
                               const QString& schoolId);

}  // namespace passerelle::exchange
