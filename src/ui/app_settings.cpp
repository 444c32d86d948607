#include "passerelle/ui/app_settings.h"

#include "passerelle/runtime/paths.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {
namespace {

const QString monthKey = QStringLiteral("schoolYear/startMonth");
const QString dayKey = QStringLiteral("schoolYear/startDay");
const QString languageKey = QStringLiteral("ui/language");
const QString recentKey = QStringLiteral("files/recentDatabases");
const QString teachingHoursKey = QStringLiteral("schools/defaultTeachingHours");
const QString homeSchoolKey = QStringLiteral("schools/homeSchool");
const QString homeSchoolHeadKey = QStringLiteral("schools/homeSchoolHead");
const QString lastFollowerKey = QStringLiteral("measures/lastFollower");
const QString lastServerKey = QStringLiteral("server/lastAddress");
constexpr int maxRecent = 8;

}  // namespace

AppSettings AppSettings::load() {
    const QSettings settings;
    AppSettings loaded;
    const rules::RuleSettings defaults;
    loaded.schoolYearStartMonth = settings.value(monthKey, defaults.schoolYearStartMonth).toInt();
    loaded.schoolYearStartDay = settings.value(dayKey, defaults.schoolYearStartDay).toInt();
    loaded.language = settings.value(languageKey).toString();
    loaded.recentDatabases = settings.value(recentKey).toStringList();
    loaded.defaultTeachingHours = slotsFromStrings(settings.value(teachingHoursKey).toStringList());
    loaded.homeSchoolId = settings.value(homeSchoolKey).toString();
    loaded.homeSchoolHeadId = settings.value(homeSchoolHeadKey).toString();
    loaded.lastFollowerId = settings.value(lastFollowerKey).toString();
    loaded.dataFolder = settings.value(runtime::dataFolderSettingKey()).toString();
    loaded.letterheadLogo = settings.value(runtime::letterheadLogoSettingKey()).toString();
    loaded.lastServerAddress = settings.value(lastServerKey).toString();
    return loaded;
}

void AppSettings::save() const {
    QSettings settings;
    settings.setValue(monthKey, schoolYearStartMonth);
    settings.setValue(dayKey, schoolYearStartDay);
    settings.setValue(languageKey, language);
    settings.setValue(recentKey, recentDatabases);
    settings.setValue(teachingHoursKey, slotsToStrings(defaultTeachingHours));
    settings.setValue(homeSchoolKey, homeSchoolId);
    settings.setValue(homeSchoolHeadKey, homeSchoolHeadId);
    settings.setValue(lastFollowerKey, lastFollowerId);
    settings.setValue(runtime::dataFolderSettingKey(), dataFolder);
    settings.setValue(runtime::letterheadLogoSettingKey(), letterheadLogo);
    settings.setValue(lastServerKey, lastServerAddress);
}

rules::RuleSettings AppSettings::ruleSettings() const {
    rules::RuleSettings rules;
    // A date that cannot exist (30 February) falls back to the legal default rather than break every rule.
    if (QDate(2000, schoolYearStartMonth, schoolYearStartDay).isValid()) {
        rules.schoolYearStartMonth = schoolYearStartMonth;
        rules.schoolYearStartDay = schoolYearStartDay;
    }
    return rules;
}

QImage AppSettings::letterheadLogoImage() const {
    return letterheadLogo.isEmpty() ? QImage() : QImage(letterheadLogo);
}

void AppSettings::addRecentDatabase(const QString& path) {
    recentDatabases.removeAll(path);
    recentDatabases.prepend(path);
    while (recentDatabases.size() > maxRecent)
        recentDatabases.removeLast();
}

QStringList AppSettings::slotsToStrings(const TimeSlots& slots) {
    QStringList entries;
    for (const TimeSlot& slot : slots)
        entries << u"%1 %2-%3"_s.arg(key(slot.day), slot.start.toString(u"HH:mm"_s),
                                     slot.end.toString(u"HH:mm"_s));
    return entries;
}

TimeSlots AppSettings::slotsFromStrings(const QStringList& entries) {
    TimeSlots slots;
    for (const QString& entry : entries) {
        const QStringList dayAndTimes = entry.split(u' ');
        const QStringList times = dayAndTimes.value(1).split(u'-');
        const std::optional<Weekday> day = parseKey<Weekday>(dayAndTimes.value(0));
        const QTime start = QTime::fromString(times.value(0), u"HH:mm"_s);
        const QTime end = QTime::fromString(times.value(1), u"HH:mm"_s);
        // A hand-edited settings file must not put a broken slot into every new school.
        if (dayAndTimes.size() == 2 && times.size() == 2 && day && start.isValid() && end.isValid() &&
            start < end)
            slots << TimeSlot{*day, start, end};
    }
    return slots;
}

}  // namespace passerelle::ui
