#include "role_set.h"

#include "passerelle/rules/measure_facts.h"

namespace passerelle::rules {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr SignatureRole allRoles[] = {SignatureRole::HeadOfSchool, SignatureRole::HostManager,
                                      SignatureRole::YouthService, SignatureRole::Student,
                                      SignatureRole::LegalRepresentative};

}  // namespace

QString frenchName(SignatureRole role) {
    switch (role) {
        case SignatureRole::HeadOfSchool:
            return u"chef d'établissement"_s;
        case SignatureRole::HostManager:
            return u"responsable de la structure d'accueil"_s;
        case SignatureRole::YouthService:
            return u"service Jeunesse"_s;
        case SignatureRole::Student:
            return u"élève"_s;
        case SignatureRole::LegalRepresentative:
            return u"représentant légal"_s;
    }
    return {};
}

QList<SignatureRole> RoleSet::toList() const {
    QList<SignatureRole> roles;
    for (const SignatureRole role : allRoles) {
        if (contains(role))
            roles << role;
    }
    return roles;
}

QStringList RoleSet::frenchNames() const {
    QStringList names;
    for (const SignatureRole role : allRoles) {
        if (contains(role))
            names << frenchName(role);
    }
    return names;
}

RoleSet requiredRoles(const Measure& measure, const Student* student, const QDate& today) {
    RoleSet roles;
    const std::optional<bool> minor =
        student ? isMinorOn(*student, minorityReferenceDate(measure, today)) : std::optional<bool>{};
    switch (measure.kind) {
        case MeasureKind::Responsibility:
            // Convention type, art. 2: "l'élève ou son représentant légal s'il est mineur"; unknown age
            // counts as minor.
            roles.add(SignatureRole::HeadOfSchool);
            roles.add(SignatureRole::HostManager);
            roles.add(minor.value_or(true) ? SignatureRole::LegalRepresentative : SignatureRole::Student);
            break;
        case MeasureKind::ExclusionAlternative:
            // Seed 001, art. 3: "signé par le chef d'établissement, le Service Jeunesse, l'élève et son
            // représentant légal"; an adult student has no legal representative.
            roles.add(SignatureRole::HeadOfSchool);
            roles.add(SignatureRole::YouthService);
            roles.add(SignatureRole::Student);
            if (minor.value_or(true))
                roles.add(SignatureRole::LegalRepresentative);
            break;
        case MeasureKind::FollowUp:
            break;
    }
    return roles;
}

RoleSet missingRoles(const Measure& measure, const Student* student, const QDate& today) {
    RoleSet roles = requiredRoles(measure, student, today);
    for (const SignatureRole role : allRoles) {
        if (roles.contains(role) && measure.isSignedBy(role))
            roles.remove(role);
    }
    return roles;
}

}  // namespace passerelle::rules
