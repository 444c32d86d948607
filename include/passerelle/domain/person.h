#pragma once

#include <QString>

namespace passerelle {

// An adult acting for an organisation: a representative who signs, a host tutor, a CPE following a measure.
struct Person {
    QString id;
    QString organisationId;
    QString firstName;
    QString lastName;
    QString role;  // the quality in which they act: "Principale du collège", "Maire", "Directeur de l'ALCEJ"
    QString email;
    QString phone;
    QString civility;  // « M. », « Mme » or empty: drives « représenté par M. » / « représentée par Mme »
    int revision = 0;

    QString fullName() const;
    friend bool operator==(const Person&, const Person&) = default;
};

// The civilities a record may carry: « M. », « Mme », or empty (not known: documents then print the
// neutral « représenté(e) » that a reader corrects by hand).
bool isKnownCivility(const QString& civility);
// True for « Mme »; false for « M. » and for an unknown civility.
inline bool isFeminine(const QString& civility) {
    return civility == QStringLiteral("Mme");
}

}  // namespace passerelle
