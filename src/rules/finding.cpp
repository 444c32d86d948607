#include "passerelle/rules/finding.h"
#include "passerelle/rules/rule_ids.h"

#include <algorithm>
#include <utility>

namespace passerelle::rules {

using namespace Qt::Literals::StringLiterals;

namespace {

// The rules table of issue 3, in its order, then issue 11's plausibility rules before the deadlines (which
// come last on an agreement), with a French title for each rule.
const QList<std::pair<QString, QString>>& catalogue() {
    static const QList<std::pair<QString, QString>> rules{
        {id::RespTotalHours, u"Durée totale de la mesure de responsabilisation"_s},
        {id::RespConsent, u"Accord de l'élève et du représentant légal"_s},
        {id::RespDailyHours, u"Heures par jour"_s},
        {id::RespWeeklyDays, u"Jours de présence par semaine"_s},
        {id::RespTeachingHours, u"En dehors des heures d'enseignement"_s},
        {id::RespRequiredFields, u"Mentions obligatoires du document de la mesure"_s},
        {id::RespInsurance, u"Assurances de l'établissement et de la structure d'accueil"_s},
        {id::MeasureDates, u"Dates de la mesure"_s},
        {id::MeasureSlots, u"Horaires de la mesure"_s},
        {id::MeasureAgreement, u"Convention couvrant la mesure"_s},
        {id::MinorRepresentative, u"Représentant légal de l'élève mineur"_s},
        {id::MeasureSignatures, u"Signatures du document de la mesure"_s},
        {id::ExclusionDuration, u"Durée de l'exclusion remplacée"_s},
        {id::ExclusionConsent, u"Accord de la famille au suivi"_s},
        {id::AgreementParties, u"Parties à la convention"_s},
        {id::AgreementDates, u"Durée de la convention"_s},
        {id::GroupSize, u"Taille du groupe"_s},
        {id::PartnerNotice, u"Délai de prévenance entre partenaires"_s},
        {id::ImageConsent, u"Droit à l'image"_s},
        {id::HostReportMissing, u"Compte rendu de la structure d'accueil"_s},
        {id::IncidentNotNotified, u"Information du chef d'établissement"_s},
        {id::IncidentChronology, u"Chronologie de l'incident"_s},
        {id::AttendanceDate, u"Date de la présence"_s},
        {id::SignatureDate, u"Date de la signature"_s},
        {id::HostReportDate, u"Date du compte rendu"_s},
        {id::AgreementSignatures, u"Signatures de la convention signée"_s},
        {id::DeadlineDenounce, u"Date limite pour dénoncer la convention"_s},
        {id::DeadlineExpiry, u"Fin de la convention"_s},
        {id::DeadlineReview, u"Réunion de suivi de la convention"_s},
    };
    return rules;
}

}  // namespace

QString key(Severity severity) {
    switch (severity) {
        case Severity::Error:
            return u"error"_s;
        case Severity::Warning:
            return u"warning"_s;
        case Severity::Info:
            return u"info"_s;
    }
    return {};
}

std::optional<Severity> parseSeverity(const QString& text) {
    for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        if (key(severity) == text)
            return severity;
    }
    return std::nullopt;
}

bool hasErrors(const Findings& findings) {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& finding) { return finding.severity == Severity::Error; });
}

QStringList allRuleIds() {
    QStringList ids;
    for (const auto& [ruleId, title] : catalogue())
        ids << ruleId;
    return ids;
}

QString ruleTitle(const QString& ruleId) {
    for (const auto& [candidate, title] : catalogue()) {
        if (candidate == ruleId)
            return title;
    }
    return {};
}

}  // namespace passerelle::rules
