#include "passerelle/ui/new_record_defaults.h"

#include "passerelle/storage/repositories.h"
#include "passerelle/ui/app_settings.h"

#include "editor_widgets.h"

namespace passerelle::ui {

using editor::findRecord;

NewRecordDefaults NewRecordDefaults::load(storage::Database& database) {
    const AppSettings settings = AppSettings::load();
    NewRecordDefaults defaults;
    defaults.m_school = findRecord<Organisation>(database, settings.homeSchoolId);
    if (defaults.m_school) {
        defaults.m_head = findRecord<Person>(database, settings.homeSchoolHeadId);
        if (defaults.m_head && defaults.m_head->organisationId != defaults.m_school->id)
            defaults.m_head.reset();
    }
    if (findRecord<Person>(database, settings.lastFollowerId))
        defaults.m_followerId = settings.lastFollowerId;
    return defaults;
}

void NewRecordDefaults::applyTo(Student& student) const {
    if (m_school && student.schoolId.isEmpty())
        student.schoolId = m_school->id;
}

void NewRecordDefaults::applyTo(Agreement& agreement) const {
    if (!m_school || agreement.isParty(m_school->id))
        return;
    agreement.parties.prepend(Party{.organisationId = m_school->id,
                                    .representativeId = m_head ? m_head->id : QString(),
                                    .role = QStringLiteral("school")});
}

void NewRecordDefaults::applyTo(Measure& measure) const {
    if (measure.schoolFollowerId.isEmpty())
        measure.schoolFollowerId = m_followerId;
}

void NewRecordDefaults::rememberFollower(const QString& personId) {
    if (personId.isEmpty())
        return;
    AppSettings settings = AppSettings::load();
    if (settings.lastFollowerId == personId)
        return;
    settings.lastFollowerId = personId;
    settings.save();
}

QString soleHostOf(const Agreement& agreement, storage::Database& database) {
    QString host;
    for (const Party& party : agreement.parties) {
        const auto organisation = findRecord<Organisation>(database, party.organisationId);
        if (!organisation || organisation->isSchool())
            continue;
        if (!host.isEmpty())
            return {};  // several: the user chooses
        host = organisation->id;
    }
    return host;
}

}  // namespace passerelle::ui
