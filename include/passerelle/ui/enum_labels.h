#pragma once

#include "passerelle/domain/enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace passerelle::ui {

// The words the user sees for the domain's enumerations (the exchange keys are for files, not for people).
class EnumLabels final {
    Q_DECLARE_TR_FUNCTIONS(EnumLabels)

public:
    static QString of(OrganisationKind value);
    static QString of(AgreementKind value);
    static QString of(AgreementStatus value);
    static QString of(MeasureKind value);
    static QString of(MeasureStatus value);
    static QString of(GroupKind value);
    static QString of(Audience value);
    static QString of(Recurrence value);
    static QString of(AttendanceStatus value);
};

// One choice of a list filter: the exchange key the storage query takes, and its label.
struct FilterOption {
    QString key;
    QString label;
};

// Every value of an enumeration as filter options, in declaration order.
template <typename Enum>
QList<FilterOption> filterOptions() {
    QList<FilterOption> options;
    for (const QString& key : allKeys<Enum>()) {
        if (const auto value = parseKey<Enum>(key))
            options.append({key, EnumLabels::of(*value)});
    }
    return options;
}

}  // namespace passerelle::ui
