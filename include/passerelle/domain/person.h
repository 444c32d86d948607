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
    int revision = 0;

    QString fullName() const;
    friend bool operator==(const Person&, const Person&) = default;
};

}  // namespace passerelle
