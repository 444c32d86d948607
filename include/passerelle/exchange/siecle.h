#pragma once

// Students and their legal representatives from SIECLE (Base Élèves Établissement) XML exports (issue 13):
// « ElevesSansAdresses » / « ElevesAvecAdresses » (root BEE_ELEVES) and « ResponsablesSansAdresses » /
// « ResponsablesAvecAdresses » (root BEE_RESPONSABLES), each as .xml or as the .zip holding it. Reading is
// pure (files in, values out); planSiecleImport() decides what an import would change, without writing.

#include "passerelle/domain/dataset.h"
#include "passerelle/domain/student.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace passerelle::exchange {

// A zip entry (or a plain file) larger than this is refused before it is read.
inline constexpr qint64 kMaxSiecleFileBytes = 200LL * 1024 * 1024;

struct SiecleIssue {
    QString file;         // the path given (and, for a zip, « archive.zip:Entry.xml »)
    int line = 0;         // from 1; 0 when the problem has no place in a text (an unreadable zip)
    QString studentId;    // the student's ELEVE_ID, when the problem belongs to one
    QString studentName;  // « NOM Prénom », when known
    QString message;
    // « file:line: student 1234 (NOM Prénom): message »
    QString describe() const;
    friend bool operator==(const SiecleIssue&, const SiecleIssue&) = default;
};

// A legal representative of level 1 (or RESP_LEGAL 1 or 2 in files before 2018) linked to a student.
struct SiecleLink {
    QString studentSiecleId;  // ELEVE_ID
    LegalRepresentative representative;
    QString file;
    int line = 0;
};

struct SiecleData {
    QString uai;                      // PARAMETRES/UAJ of the first file that gives one
    QList<QString> otherUais;         // any different UAJ a later file gives (a warning)
    QList<Student> students;          // id and schoolId empty; legalRepresentatives empty (see links)
    QList<SiecleLink> links;          // level-1 representatives, in file order
    bool hasStudents = false;         // a BEE_ELEVES file was read
    bool hasRepresentatives = false;  // a BEE_RESPONSABLES file was read: representatives may be replaced
    QList<SiecleIssue> errors;        // any error: nothing may be imported
    QList<SiecleIssue> warnings;      // reported, the import goes on
    bool ok() const { return errors.isEmpty(); }
};

// Reads every file (.xml, or a .zip holding the XML) into one SiecleData, in any order. Never throws, never
// hangs: every file is bounded (kMaxSiecleFileBytes), every value by passerelle/domain/input_limits.h.
SiecleData readSiecle(const QList<QString>& paths);
// The same for one XML text already in memory (`name` is what the issues call the file); adds to `into`.
void readSiecleXml(const QByteArray& xml, const QString& name, SiecleData& into);

// The French relation for a CODE_PARENTE (« 10 » → « mère »); empty for an unknown code.
QString siecleRelation(const QString& code);
// Lower case, accents and ligatures removed, punctuation and runs of spaces as one space: the key that
// matches « LEFÈVRE-D'ŒUVRE » with « Lefevre d'oeuvre ».
QString nameKey(const QString& name);

struct FieldChange {
    QString field;  // "className", "lastName", "legalRepresentatives" ...
    QString before;
    QString after;
    friend bool operator==(const FieldChange&, const FieldChange&) = default;
};

struct PlannedUpdate {
    Student student;  // the stored student with the file's values: its id and revision are the stored ones
    QList<FieldChange> changes;
};

struct SkippedLink {
    QString studentSiecleId;
    QString representativeName;
    QString reason;
};

struct SiecleImportPlan {
    QList<Student> added;          // new students (id empty, schoolId set)
    QList<PlannedUpdate> updated;  // stored students the file changes
    QList<Student> unchanged;      // stored students the file matches exactly
    QList<Student> leavers;        // the file's students with a DATE_SORTIE (also in one of the lists above)
    QList<Student> absent;         // the school's stored students the file does not hold: listed, not removed
    QList<SkippedLink> skipped;    // representatives whose student is neither in the file nor stored
    bool changesSomething() const { return !added.isEmpty() || !updated.isEmpty(); }
};

// What importing `data` into `schoolId` would do, given the students already stored for that school. A file
// student is matched by INE, then SIECLE id, then name and birth date (ignoring case and accents); each
// stored student at most once. Changed fields are updated, the rest is kept: consents, and representatives
// typed by hand (no siecleId). The level-1 representatives from SIECLE replace those with a siecleId. Names
// that equal the stored ones ignoring case are kept as stored.
SiecleImportPlan planSiecleImport(const SiecleData& data, const QList<Student>& existing,
                                  const QString& schoolId);

// What applying `plan` writes, for storage::DatasetStore::importDataset in one transaction: the added
// students (each given a new id, also set in `plan.added` so that a report can name them) and the updated
// ones. The unchanged students are not in it, so they keep their revision: importing the same files again
// writes nothing.
Dataset importChanges(SiecleImportPlan& plan);

}  // namespace passerelle::exchange
