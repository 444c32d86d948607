// Students from a spreadsheet (issue 13): the files Pronote, LibreOffice Calc and Excel save, and hostile
// ones.
#include "passerelle/exchange/student_csv.h"

#include <QElapsedTimer>
#include <QStringDecoder>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray windows1252(const QString& text) {
    QByteArray bytes;
    for (const QChar c : text) {
        if (c == u'Œ')
            bytes.append('\x8C');
        else if (c == u'œ')
            bytes.append('\x9C');
        else if (c == u'’')
            bytes.append('\x92');
        else
            bytes.append(static_cast<char>(c.unicode()));  // Latin-1 otherwise
    }
    return bytes;
}

const QString kPronoteHeader = u"Nom;Prénom;Né(e) le;Classe;INE;Nom de famille"_s;

QByteArray pronoteUtf8WithBom() {
    return "\xEF\xBB\xBF" + (kPronoteHeader +
                             u"\r\nMARTIN;Léa;03/04/2011;4A;123456789AB;\r\n"
                             u"ŒUVRE;Hélène;7/9/2010;3B;;\r\n"
                             u"\r\n"
                             u"DUPONT-MOREAU;Jean;2011-12-01;4A;;DUPONT\r\n"_s)
                                .toUtf8();
}

CsvStudents studentsOf(const CsvSheet& sheet) {
    return studentsFromCsv(sheet, guessMapping(sheet.headers));
}

}  // namespace

TEST(StudentCsv, ReadsSemicolonUtf8WithBom) {
    const CsvSheet sheet = readCsv(pronoteUtf8WithBom());
    EXPECT_TRUE(sheet.errors.isEmpty());
    EXPECT_EQ(sheet.encoding, CsvEncoding::Utf8);
    EXPECT_TRUE(sheet.encodingCertain);
    EXPECT_EQ(sheet.separator, u';');
    EXPECT_EQ(sheet.headers, kPronoteHeader.split(u';'));
    ASSERT_EQ(sheet.rows.size(), 3);
    EXPECT_EQ(sheet.lines, (QList<int>{2, 3, 5}));  // the empty line 4 is skipped

    const CsvStudents read = studentsOf(sheet);
    ASSERT_TRUE(read.ok()) << read.errors.value(0).describe().toStdString();
    ASSERT_EQ(read.students.size(), 3);
    const Student& lea = read.students.at(0);
    EXPECT_EQ(lea.lastName, u"MARTIN"_s);
    EXPECT_EQ(lea.firstName, u"Léa"_s);
    EXPECT_EQ(lea.birthDate, QDate(2011, 4, 3));
    EXPECT_EQ(lea.className, u"4A"_s);
    EXPECT_EQ(lea.ine, u"123456789AB"_s);
    EXPECT_TRUE(lea.familyName.isEmpty());
    EXPECT_EQ(read.students.at(1).lastName, u"ŒUVRE"_s);
    EXPECT_EQ(read.students.at(1).birthDate, QDate(2010, 9, 7));
    EXPECT_EQ(read.students.at(2).birthDate, QDate(2011, 12, 1));
    EXPECT_EQ(read.students.at(2).familyName, u"DUPONT"_s);
}

TEST(StudentCsv, ReadsCommaWindows1252) {
    const QByteArray bytes = windows1252(
        u"NOM,PRENOM,DATE DE NAISSANCE,CLASSE\n"
        u"ŒDIPE,Hélène,01/02/2012,5C\n"
        u"L’HERMITE,Zoé,28/02/2012,5C\n"_s);
    const CsvSheet sheet = readCsv(bytes);
    EXPECT_TRUE(sheet.errors.isEmpty());
    EXPECT_EQ(sheet.encoding, CsvEncoding::Windows1252);
    EXPECT_EQ(sheet.separator, u',');
    const CsvStudents read = studentsOf(sheet);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read.students.size(), 2);
    EXPECT_EQ(read.students.at(0).lastName, u"ŒDIPE"_s);
    EXPECT_EQ(read.students.at(0).firstName, u"Hélène"_s);
    EXPECT_EQ(read.students.at(1).lastName, u"L’HERMITE"_s);
}

TEST(StudentCsv, HandTableAgreesWithQtWhereQtHasTheCodec) {
    QByteArray all;
    for (int code = 0x20; code < 0x100; ++code) {
        if (code != 0x81 && code != 0x8D && code != 0x8F && code != 0x90 && code != 0x9D)
            all.append(static_cast<char>(code));
    }
    QStringDecoder qt("windows-1252");
    if (!qt.isValid())
        GTEST_SKIP() << "this Qt has no windows-1252 codec";
    EXPECT_EQ(decodeWindows1252(all), qt.decode(all));
}

TEST(StudentCsv, EncodingAndSeparatorCanBeForced) {
    const QByteArray bytes = windows1252(u"Nom,Prénom;x\nÉLIE,Ève;y\n"_s);
    const CsvSheet sheet = readCsv(bytes, {CsvEncoding::Utf8, QChar(u';')});
    EXPECT_EQ(sheet.encoding, CsvEncoding::Utf8);
    EXPECT_EQ(sheet.separator, u';');
    EXPECT_EQ(sheet.headers.size(), 2);
    EXPECT_FALSE(sheet.headers.at(0).contains(u'é'));  // forced to UTF-8, the accents are lost
    // A plain ASCII header with a tie: neither is certain, the caller may prefer the user's last choice.
    const CsvSheet plain = readCsv("Nom;Prenom,x\n");
    EXPECT_FALSE(plain.encodingCertain);
    EXPECT_FALSE(plain.separatorCertain);
}

TEST(StudentCsv, QuotedFieldsHoldSeparatorsQuotesAndLineBreaks) {
    const QByteArray bytes =
        u"Nom;Prénom;Classe;Remarque\r\n"
        "\"DE LA FONTAINE; DIT \"\"JEAN\"\"\";Jean;\"6A\";\"deux\r\nlignes\"\r\n"
        "BERNARD;\"Ana, Maria\";6A;\r\n"_s.toUtf8();
    const CsvSheet sheet = readCsv(bytes);
    EXPECT_TRUE(sheet.errors.isEmpty());
    ASSERT_EQ(sheet.rows.size(), 2);
    EXPECT_EQ(sheet.rows.at(0).at(0), u"DE LA FONTAINE; DIT \"JEAN\""_s);
    EXPECT_EQ(sheet.rows.at(0).at(3), u"deux\r\nlignes"_s);
    EXPECT_EQ(sheet.lines, (QList<int>{2, 4}));  // the quoted line break counts as a file line
    EXPECT_EQ(sheet.rows.at(1).at(1), u"Ana, Maria"_s);
}

TEST(StudentCsv, GuessesPronoteHeadersBlindToCaseAndAccents) {
    const CsvMapping mapping = guessMapping({u"Élève"_s, u"NOM D'USAGE"_s, u"Nom de famille"_s, u"prénom"_s,
                                             u"Né(e) le"_s, u"Classe"_s, u"INE"_s, u"Date de sortie"_s});
    EXPECT_EQ(mapping.column(StudentField::LastName), 1);
    EXPECT_EQ(mapping.column(StudentField::FamilyName), 2);
    EXPECT_EQ(mapping.column(StudentField::FirstName), 3);
    EXPECT_EQ(mapping.column(StudentField::BirthDate), 4);
    EXPECT_EQ(mapping.column(StudentField::ClassName), 5);
    EXPECT_EQ(mapping.column(StudentField::Ine), 6);
    EXPECT_EQ(mapping.column(StudentField::LeftOn), 7);
    EXPECT_TRUE(missingRequired(mapping).isEmpty());

    const CsvMapping other = guessMapping({u"Nom"_s, u"Date de naissance"_s, u"Divers"_s});
    EXPECT_EQ(other.column(StudentField::LastName), 0);
    EXPECT_EQ(other.column(StudentField::BirthDate), 1);
    EXPECT_FALSE(other.has(StudentField::ClassName));
    EXPECT_EQ(missingRequired(other), QList<StudentField>{StudentField::FirstName});
}

TEST(StudentCsv, BadDateAndMissingNamesAreErrorsNamingLineColumnAndStudent) {
    const QByteArray bytes =
        u"Nom;Prénom;Né(e) le\n"
        "MARTIN;Léa;31/02/2010\n"
        ";Paul;01/01/2010\n"
        "DURAND;;01/01/2010\n"_s.toUtf8();
    const CsvStudents read = studentsOf(readCsv(bytes));
    ASSERT_EQ(read.errors.size(), 3);
    EXPECT_EQ(read.errors.at(0).problem, CsvProblem::BadDate);
    EXPECT_EQ(read.errors.at(0).line, 2);
    EXPECT_EQ(read.errors.at(0).describe(),
              u"line 2, column \"Né(e) le\" (MARTIN Léa): unreadable date \"31/02/2010\" (dd/mm/yyyy)"_s);
    EXPECT_EQ(read.errors.at(1).problem, CsvProblem::NoLastName);
    EXPECT_EQ(read.errors.at(1).line, 3);
    EXPECT_EQ(read.errors.at(2).problem, CsvProblem::NoFirstName);
    EXPECT_EQ(read.errors.at(2).column, u"Prénom"_s);
    EXPECT_TRUE(read.students.isEmpty());
}

TEST(StudentCsv, DuplicatesAreWarnedAndKeptOnce) {
    const CsvStudents read = studentsOf(readCsv(u"Nom;Prenom;INE\nA;B;X1\nC;D;x1\nE;F;\nE;F;\n"_s.toUtf8()));
    EXPECT_TRUE(read.ok());
    EXPECT_EQ(read.students.size(), 2);  // X1 once, « E F » without INE once
    EXPECT_EQ(read.warnings.size(), 2);
}

TEST(StudentCsv, HostileInputsNeverCrashNorHang) {
    QElapsedTimer timer;
    timer.start();
    // An unterminated quote: reported with the line it opens on.
    const CsvSheet open = readCsv("Nom;Prenom\nA;B\n\"C;D\nE;F\n");
    ASSERT_FALSE(open.errors.isEmpty());
    EXPECT_EQ(open.errors.at(0).problem, CsvProblem::UnterminatedQuote);
    EXPECT_EQ(open.errors.at(0).line, 3);
    // NUL bytes: not a text.
    EXPECT_EQ(readCsv(QByteArray("Nom;Prenom\n\0\0A;B\n", 16)).errors.value(0).problem, CsvProblem::NotText);
    // A 1 MB line: the cell is cut, the name check reports it.
    const CsvStudents longLine = studentsOf(readCsv("Nom;Prenom\n" + QByteArray(1024 * 1024, 'x') + ";B\n"));
    ASSERT_FALSE(longLine.ok());
    EXPECT_EQ(longLine.errors.at(0).problem, CsvProblem::ValueTooLong);
    // A line of quotes inside an unquoted field, and one quoted field of a million doubled quotes.
    EXPECT_EQ(readCsv("Nom;Prenom\nA" + QByteArray(1024 * 1024, '"') + ";B\n").rows.size(), 1);
    EXPECT_EQ(
        readCsv("Nom;Prenom\n\"" + QByteArray(1024 * 1024, '"') + "\";B\n").rows.value(0).value(0).size(),
        20000);
    // Too many columns, a header only, nothing at all, invalid UTF-8 in the middle of quotes.
    EXPECT_EQ(readCsv("Nom" + QByteArray(2000, ';') + "\n").errors.value(0).problem,
              CsvProblem::TooManyColumns);
    EXPECT_TRUE(readCsv("Nom;Prenom\n").rows.isEmpty());
    EXPECT_EQ(readCsv("").errors.value(0).problem, CsvProblem::NoHeader);
    EXPECT_EQ(readCsv("\"\xC3\x28\";\"\xFF\"\n").encoding, CsvEncoding::Windows1252);
    // Too many rows: stops.
    QByteArray many = "Nom;Prenom\n";
    for (int i = 0; i <= kMaxCsvRows; ++i)
        many += "A;B\n";
    const CsvSheet tooMany = readCsv(many);
    EXPECT_EQ(tooMany.errors.value(0).problem, CsvProblem::TooManyRows);
    EXPECT_EQ(tooMany.rows.size(), kMaxCsvRows);
    // Larger than allowed: refused before reading.
    EXPECT_EQ(readCsv(QByteArray(kMaxCsvFileBytes + 1, 'a')).errors.value(0).problem, CsvProblem::TooLarge);
    EXPECT_LT(timer.elapsed(), 20000);
}

TEST(StudentCsv, ReimportingTheSameFileChangesNothing) {
    const CsvStudents read = studentsOf(readCsv(pronoteUtf8WithBom()));
    ASSERT_TRUE(read.ok());
    SiecleImportPlan first = planCsvImport(read, {}, u"school"_s);
    ASSERT_EQ(first.added.size(), 3);
    const Dataset written = importChanges(first);
    QList<Student> stored = written.students;
    for (Student& student : stored) {
        EXPECT_EQ(student.schoolId, u"school"_s);
        student.revision = 1;
    }
    const SiecleImportPlan second = planCsvImport(read, stored, u"school"_s);
    EXPECT_TRUE(second.added.isEmpty());
    EXPECT_TRUE(second.updated.isEmpty());
    EXPECT_EQ(second.unchanged.size(), 3);
    EXPECT_FALSE(second.changesSomething());
}

TEST(StudentCsv, EmptyCellsKeepWhatSiecleStored) {
    Student stored;
    stored.id = u"S1"_s;
    stored.schoolId = u"school"_s;
    stored.lastName = u"Martin"_s;
    stored.firstName = u"Léa"_s;
    stored.birthDate = QDate(2011, 4, 3);
    stored.className = u"5A"_s;
    stored.ine = u"123456789AB"_s;
    stored.siecleId = u"4242"_s;
    stored.familyName = u"Durand"_s;
    stored.revision = 3;
    // The spreadsheet has no INE column and no family name: matched by name and birth date, only the
    // class changes.
    const CsvStudents read =
        studentsOf(readCsv(u"Nom;Prénom;Né(e) le;Classe\nMARTIN;Léa;03/04/2011;4A\n"_s.toUtf8()));
    const SiecleImportPlan plan = planCsvImport(read, {stored}, u"school"_s);
    ASSERT_EQ(plan.updated.size(), 1);
    const PlannedUpdate& update = plan.updated.at(0);
    ASSERT_EQ(update.changes.size(), 1);
    EXPECT_EQ(update.changes.at(0), (FieldChange{u"className"_s, u"5A"_s, u"4A"_s}));
    EXPECT_EQ(update.student.siecleId, u"4242"_s);
    EXPECT_EQ(update.student.ine, u"123456789AB"_s);
    EXPECT_EQ(update.student.familyName, u"Durand"_s);
    EXPECT_EQ(update.student.lastName, u"Martin"_s);  // kept as typed: equal ignoring case
}

TEST(StudentCsv, TwoThousandStudentsReadAndPlanQuickly) {
    QString text = u"Nom;Prénom;Né(e) le;Classe;INE\r\n"_s;
    for (int i = 0; i < 2000; ++i)
        text += u"NOM%1;Prénom%1;%2/03/2011;%3A;%4\r\n"_s.arg(i)
                    .arg(i % 28 + 1)
                    .arg(i % 7 + 3)
                    .arg(i % 2 == 0 ? u"INE%1"_s.arg(i) : QString());
    QElapsedTimer timer;
    timer.start();
    const CsvStudents read = studentsOf(readCsv(text.toUtf8()));
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read.students.size(), 2000);
    SiecleImportPlan first = planCsvImport(read, {}, u"school"_s);
    QList<Student> stored = importChanges(first).students;
    const SiecleImportPlan second = planCsvImport(read, stored, u"school"_s);
    EXPECT_EQ(second.unchanged.size(), 2000);
    EXPECT_LT(timer.elapsed(), 2000);
}
