#include "../commands.h"
#include "../exit_codes.h"
#include "passerelle/exchange/siecle.h"
#include "passerelle/storage/dataset_store.h"
#include "passerelle/storage/repositories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::cli {
namespace {

QJsonObject issueJson(const exchange::SiecleIssue& issue) {
    QJsonObject object{{u"file"_s, issue.file}, {u"message"_s, issue.message}};
    if (issue.line > 0)
        object.insert(u"line"_s, issue.line);
    if (!issue.studentId.isEmpty())
        object.insert(u"studentId"_s, issue.studentId);
    if (!issue.studentName.isEmpty())
        object.insert(u"studentName"_s, issue.studentName);
    return object;
}

QJsonObject studentJson(const Student& student) {
    QJsonObject object{{u"name"_s, student.fullName()}, {u"siecleId"_s, student.siecleId}};
    if (!student.id.isEmpty())
        object.insert(u"id"_s, student.id);
    if (!student.className.isEmpty())
        object.insert(u"className"_s, student.className);
    if (student.leftOn.isValid())
        object.insert(u"leftOn"_s, student.leftOn.toString(Qt::ISODate));
    return object;
}

QString studentLine(const Student& student) {
    QString line = student.fullName();
    if (!student.className.isEmpty())
        line += u" ("_s + student.className + u')';
    if (!student.id.isEmpty())
        line += u" ["_s + student.id + u']';
    return line;
}

void printReport(QTextStream& out, const Organisation& school, const exchange::SiecleImportPlan& plan,
                 const QStringList& warnings, bool dryRun) {
    out << (dryRun ? "Dry run (nothing written): " : "Imported from SIECLE into ") << school.name;
    if (!school.uai.isEmpty())
        out << " (UAI " << school.uai << ")";
    out << ": " << plan.added.size() << " added, " << plan.updated.size() << " updated, "
        << plan.unchanged.size() << " unchanged, " << plan.leavers.size() << " leaver(s), "
        << plan.absent.size() << " absent from the files, " << plan.skipped.size() << " link(s) skipped.\n";
    for (const QString& warning : warnings)
        out << "warning: " << warning << "\n";
    for (const Student& student : plan.added)
        out << "added: " << studentLine(student) << "\n";
    for (const exchange::PlannedUpdate& update : plan.updated) {
        out << "updated: " << studentLine(update.student) << "\n";
        for (const exchange::FieldChange& change : update.changes)
            out << "  " << change.field << ": \"" << change.before << "\" -> \"" << change.after << "\"\n";
    }
    for (const Student& student : plan.leavers)
        out << "leaver: " << studentLine(student) << ", left on " << student.leftOn.toString(u"dd/MM/yyyy"_s)
            << "\n";
    for (const Student& student : plan.absent)
        out << "absent from the files (kept): " << studentLine(student) << "\n";
    for (const exchange::SkippedLink& link : plan.skipped)
        out << "skipped: " << link.representativeName << " for student " << link.studentSiecleId << ": "
            << link.reason << "\n";
}

QJsonObject reportJson(const Organisation& school, const exchange::SiecleImportPlan& plan,
                       const QStringList& warnings, bool dryRun) {
    QJsonArray added, updated, leavers, absent, skipped;
    for (const Student& student : plan.added)
        added.append(studentJson(student));
    for (const exchange::PlannedUpdate& update : plan.updated) {
        QJsonObject object = studentJson(update.student);
        QJsonArray changes;
        for (const exchange::FieldChange& change : update.changes)
            changes.append(QJsonObject{
                {u"field"_s, change.field}, {u"before"_s, change.before}, {u"after"_s, change.after}});
        object.insert(u"changes"_s, changes);
        updated.append(object);
    }
    for (const Student& student : plan.leavers)
        leavers.append(studentJson(student));
    for (const Student& student : plan.absent)
        absent.append(studentJson(student));
    for (const exchange::SkippedLink& link : plan.skipped)
        skipped.append(QJsonObject{{u"studentSiecleId"_s, link.studentSiecleId},
                                   {u"representative"_s, link.representativeName},
                                   {u"reason"_s, link.reason}});
    return QJsonObject{
        {u"school"_s, QJsonObject{{u"id"_s, school.id}, {u"name"_s, school.name}, {u"uai"_s, school.uai}}},
        {u"dryRun"_s, dryRun},
        {u"counts"_s, QJsonObject{{u"added"_s, int(plan.added.size())},
                                  {u"updated"_s, int(plan.updated.size())},
                                  {u"unchanged"_s, int(plan.unchanged.size())},
                                  {u"leavers"_s, int(plan.leavers.size())},
                                  {u"absent"_s, int(plan.absent.size())},
                                  {u"skipped"_s, int(plan.skipped.size())}}},
        {u"added"_s, added},
        {u"updated"_s, updated},
        {u"leavers"_s, leavers},
        {u"absent"_s, absent},
        {u"skipped"_s, skipped},
        {u"warnings"_s, QJsonArray::fromStringList(warnings)},
    };
}

}  // namespace

// Reads every file first; a single error and nothing is written. The plan is applied in one transaction
// through DatasetStore::importDataset, with only the students it adds or changes: the others keep their
// revision, so that importing the same files again changes nothing at all.
int runImportSiecle(CommandContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption schoolOption(
        u"school"_s, u"The school's id (default: the school whose UAI the files give)."_s, u"ID"_s);
    const QCommandLineOption dryRunOption(u"dry-run"_s, u"Show what would change; write nothing."_s);
    parser.addOption(schoolOption);
    parser.addOption(dryRunOption);
    parser.addOption(CommandContext::jsonOption());
    if (auto exit = context.parse(parser, u"FILE..."_s))
        return *exit;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return context.fail(u"expected one or more SIECLE files (.xml or .zip)"_s, ExitBadInput);
    const bool json = parser.isSet(CommandContext::jsonOption());
    const bool dryRun = parser.isSet(dryRunOption);

    const exchange::SiecleData data = exchange::readSiecle(files);
    QStringList warnings;
    for (const exchange::SiecleIssue& warning : data.warnings)
        warnings.append(warning.describe());
    if (!data.ok()) {
        QJsonArray errors;
        for (const exchange::SiecleIssue& error : data.errors) {
            context.err() << "error: " << error.describe() << "\n";
            errors.append(issueJson(error));
        }
        context.err() << data.errors.size() << " error(s); nothing was imported.\n";
        if (json)
            context.out()
                << QJsonDocument(QJsonObject{{u"errors"_s, errors}}).toJson(QJsonDocument::Indented);
        return ExitBadInput;
    }

    const auto database = context.openDatabase();
    if (!database)
        return context.openFailureCode();
    // The schools and then the chosen school's students: what the matching needs, never the whole database.
    storage::ListQuery schoolsQuery;
    schoolsQuery.kind = key(OrganisationKind::School);
    const auto schools = storage::OrganisationRepository(*database).listAll(schoolsQuery);
    if (!schools)
        return context.fail(schools.error().message, ExitFailure);

    const Organisation* school = nullptr;
    if (parser.isSet(schoolOption)) {
        const QString id = parser.value(schoolOption);
        for (const Organisation& organisation : *schools) {
            if (organisation.id == id)
                school = &organisation;
        }
        if (!school || !school->isSchool())
            return context.fail(u"no school with the id \"%1\""_s.arg(id), ExitBadInput);
        if (!data.uai.isEmpty() && data.uai.compare(school->uai, Qt::CaseInsensitive) != 0)
            warnings.append(u"the files are for the UAI %1, the school %2 has the UAI %3"_s.arg(
                data.uai, school->id, school->uai.isEmpty() ? u"(none)"_s : school->uai));
    } else {
        if (data.uai.isEmpty())
            return context.fail(u"the files give no UAI (PARAMETRES/UAJ); name the school with --school ID"_s,
                                ExitBadInput);
        for (const Organisation& organisation : *schools) {
            if (organisation.isSchool() && organisation.uai.compare(data.uai, Qt::CaseInsensitive) == 0) {
                school = &organisation;
                break;
            }
        }
        if (!school)
            return context.fail(
                u"no school with the UAI %1 in the database; add it, or name the school with --school ID"_s
                    .arg(data.uai),
                ExitBadInput);
    }
    for (const QString& other : data.otherUais)
        warnings.append(u"another file is for the UAI %1"_s.arg(other));

    storage::ListQuery studentsQuery;
    studentsQuery.schoolId = school->id;
    const auto ofSchool = storage::StudentRepository(*database).listAll(studentsQuery);
    if (!ofSchool)
        return context.fail(ofSchool.error().message, ExitFailure);
    exchange::SiecleImportPlan plan = exchange::planSiecleImport(data, *ofSchool, school->id);
    const Dataset changes = exchange::importChanges(plan);

    if (!dryRun && plan.changesSomething()) {
        if (const Status kept = context.backup(*database, storage::BackupReason::Import); !kept)
            return context.fail(kept.error().message + u"; nothing was imported."_s, ExitFailure);
        const auto summary = storage::DatasetStore(*database).importDataset(changes);
        if (!summary)
            return context.fail(summary.error().message + u"; nothing was imported."_s, ExitFailure);
        spdlog::info("import-siecle: {} added, {} updated", summary->added, summary->updated);
    }

    if (json)
        context.out()
            << QJsonDocument(reportJson(*school, plan, warnings, dryRun)).toJson(QJsonDocument::Indented);
    else
        printReport(context.out(), *school, plan, warnings, dryRun);
    for (const QString& warning : std::as_const(warnings))
        context.err() << "warning: " << warning << "\n";
    return ExitSuccess;
}

}  // namespace passerelle::cli
