#pragma once

// A set of signature roles as a bit mask, so that checkMeasure can work out the missing signatures without
// allocating (it runs on every keystroke).

#include "passerelle/domain/enums.h"
#include "passerelle/domain/measure.h"
#include "passerelle/domain/student.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <cstdint>

namespace passerelle::rules {

class RoleSet {
public:
    void add(SignatureRole role) { m_bits |= bit(role); }
    void remove(SignatureRole role) { m_bits &= std::uint8_t(~bit(role)); }
    bool contains(SignatureRole role) const { return (m_bits & bit(role)) != 0; }
    bool isEmpty() const { return m_bits == 0; }
    QList<SignatureRole> toList() const;  // in the enumeration's order
    QStringList frenchNames() const;      // "chef d'établissement", ...

private:
    static std::uint8_t bit(SignatureRole role) { return std::uint8_t(1u << static_cast<unsigned>(role)); }
    std::uint8_t m_bits = 0;
};

// "chef d'établissement", "élève" ...: a signatory as the rules' messages name it.
QString frenchName(SignatureRole role);

RoleSet requiredRoles(const Measure& measure, const Student* student, const QDate& today);
RoleSet missingRoles(const Measure& measure, const Student* student, const QDate& today);

}  // namespace passerelle::rules
