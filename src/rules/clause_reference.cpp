#include "clause_reference.h"

namespace passerelle::rules {

using namespace Qt::Literals::StringLiterals;

QString clauseReference(const Agreement& agreement, const QStringList& keywords, const QString& fallback) {
    const QString name =
        agreement.title.isEmpty() ? u"Convention"_s : u"Convention « "_s + agreement.title + u" »"_s;
    for (const Clause& clause : agreement.clauses) {
        for (const QString& keyword : keywords) {
            if (clause.title.contains(keyword, Qt::CaseInsensitive) ||
                clause.text.contains(keyword, Qt::CaseInsensitive)) {
                QString cited = name + u", art. "_s + QString::number(clause.number);
                if (!clause.title.isEmpty())
                    cited += u" ("_s + clause.title + u')';
                return cited;
            }
        }
    }
    return fallback.isEmpty() ? name : name + u" ; "_s + fallback;
}

}  // namespace passerelle::rules
