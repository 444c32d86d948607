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

#include <optional>

namespace passerelle::documents {

// The council's deliberation approving an agreement of the kind (seed 002), in the seed's words, with clause
// fields ({ville}, {commune}, {établissement} ...) filled when the document is made.
struct DeliberationTemplate {
    QStringList heading;      // the lines heading the report and the deliberation: « ACTION SOCIALE » ...
    QStringList motives;      // « EXPOSÉ DES MOTIFS »: paragraphs
    QStringList considering;  // « considérant ... », each printed followed by a comma
    QString decision;         // the single article: « APPROUVE la convention ... et AUTORISE le Maire ... »
};

struct AgreementTemplate {
    QString title;
    QString subtitle;
    QStringList preamble;  // paragraphs
    QList<Clause> clauses;
    // The kind's own deliberation ("deliberation" in the JSON file); none: the deliberation document makes a
    // generic one from the preamble.
    std::optional<DeliberationTemplate> deliberation;
};

Result<AgreementTemplate> agreementTemplate(AgreementKind kind);
Result<QList<Clause>> defaultClauses(AgreementKind kind);

}  // namespace passerelle::documents
