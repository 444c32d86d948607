#include "clause_fields.h"

namespace passerelle::documents {

QString fillClauseFields(const QString& text, const AgreementContext& context) {
    Q_UNUSED(context);
    return text;
}

}  // namespace passerelle::documents
