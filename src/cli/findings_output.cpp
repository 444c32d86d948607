#include "findings_output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passerelle::cli {

void printFindings(CommandContext& context, const rules::Findings& findings, bool json) {
    if (json) {
        QJsonArray array;
        for (const rules::Finding& finding : findings) {
            QJsonObject object{{QStringLiteral("rule"), finding.rule},
                               {QStringLiteral("severity"), rules::key(finding.severity)},
                               {QStringLiteral("entity"), finding.entity},
                               {QStringLiteral("id"), finding.id},
                               {QStringLiteral("field"), finding.field},
                               {QStringLiteral("message"), finding.message},
                               {QStringLiteral("reference"), finding.reference}};
            if (finding.date.isValid())
                object.insert(QStringLiteral("date"), finding.date.toString(Qt::ISODate));
            array.append(object);
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    for (const rules::Finding& finding : findings) {
        context.out() << rules::key(finding.severity) << ' ' << finding.rule << ' ' << finding.entity << ' '
                      << finding.id;
        if (!finding.field.isEmpty())
            context.out() << ' ' << finding.field;
        context.out() << ": " << finding.message;
        if (!finding.reference.isEmpty())
            context.out() << " [" << finding.reference << ']';
        context.out() << '\n';
    }
}

void printInputErrors(CommandContext& context, const QList<exchange::Issue>& errors, bool json) {
    if (!json) {
        for (const exchange::Issue& error : errors)
            context.err() << "error: " << error.describe() << "\n";
        return;
    }
    const auto textOrNull = [](const QString& text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    const auto numberOrNull = [](const std::optional<int>& number) {
        return number ? QJsonValue(*number) : QJsonValue();
    };
    QJsonArray array;
    for (const exchange::Issue& error : errors) {
        array.append(QJsonObject{{QStringLiteral("record"), textOrNull(error.recordId)},
                                 {QStringLiteral("key"), textOrNull(error.key)},
                                 {QStringLiteral("line"), numberOrNull(error.line)},
                                 {QStringLiteral("column"), numberOrNull(error.column)},
                                 {QStringLiteral("message"), error.message}});
    }
    context.out()
        << QJsonDocument(QJsonObject{{QStringLiteral("errors"), array}}).toJson(QJsonDocument::Indented);
}

void printDeadlines(CommandContext& context, const QList<rules::Deadline>& deadlines, const QDate& today,
                    bool json) {
    if (json) {
        QJsonArray array;
        for (const rules::Deadline& deadline : deadlines) {
            QJsonObject object{{QStringLiteral("date"), deadline.date.toString(Qt::ISODate)},
                               {QStringLiteral("days"), deadline.daysFrom(today)},
                               {QStringLiteral("rule"), deadline.rule},
                               {QStringLiteral("severity"), rules::key(deadline.severity)},
                               {QStringLiteral("agreement"), deadline.agreementId},
                               {QStringLiteral("title"), deadline.title},
                               {QStringLiteral("message"), deadline.message},
                               {QStringLiteral("reference"), deadline.reference}};
            if (deadline.handled) {
                object.insert(QStringLiteral("handled"),
                              QJsonObject{{QStringLiteral("on"), deadline.handled->on.toString(Qt::ISODate)},
                                          {QStringLiteral("note"), deadline.handled->note}});
            }
            array.append(object);
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    for (const rules::Deadline& deadline : deadlines) {
        context.out() << deadline.date.toString(Qt::ISODate) << '\t' << rules::key(deadline.severity) << '\t'
                      << deadline.rule << '\t' << deadline.agreementId << '\t' << deadline.message;
        if (deadline.handled) {
            // One line per deadline whatever the note holds: its tabs and line breaks become spaces.
            const QString note = deadline.handled->note.simplified();
            context.out() << "\thandled on " << deadline.handled->on.toString(Qt::ISODate);
            if (!note.isEmpty())
                context.out() << ": " << note;
        }
        context.out() << '\n';
    }
}

}  // namespace passerelle::cli
