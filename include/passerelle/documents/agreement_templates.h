#pragma once

// The default text of each kind of agreement (resources/templates/clauses/<kind>.json), copied from the
// seeds. A new agreement starts from a copy of these clauses; from then on they are the agreement's own, so
// editing a template never changes an agreement already issued.

#include "passerelle/domain/agreement.h"
#include "passerelle/domain/enums.h"
#include "passerelle/domain/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace passerelle::documents {

struct AgreementTemplate {
    QString title;
    QString subtitle;
    QStringList preamble;  // paragraphs
    QList<Clause> clauses;
};

Result<AgreementTemplate> agreementTemplate(AgreementKind kind);
Result<QList<Clause>> defaultClauses(AgreementKind kind);

}  // namespace passerelle::documents
