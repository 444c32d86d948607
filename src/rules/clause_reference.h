#pragma once

// Cites an agreement's own clause when the rule comes from the agreement rather than from the law: the first
// clause whose title or text mentions one of the keywords, as « Convention « Titre », art. 3 (Titre) ».

#include "passerelle/domain/agreement.h"

#include <QString>
#include <QStringList>

namespace passerelle::rules {

QString clauseReference(const Agreement& agreement, const QStringList& keywords, const QString& fallback);

}  // namespace passerelle::rules
