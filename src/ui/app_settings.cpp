#include "passerelle/ui/app_settings.h"

#include <QSettings>

namespace passerelle::ui {
namespace {

const QString monthKey = QStringLiteral("schoolYear/startMonth");
const QString dayKey = QStringLiteral("schoolYear/startDay");
const QString languageKey = QStringLiteral("ui/language");
const QString recentKey = QStringLiteral("files/recentDatabases");
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
    return loaded;
}

void AppSettings::save() const {
    QSettings settings;
    settings.setValue(monthKey, schoolYearStartMonth);
    settings.setValue(dayKey, schoolYearStartDay);
    settings.setValue(languageKey, language);
    settings.setValue(recentKey, recentDatabases);
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

void AppSettings::addRecentDatabase(const QString& path) {
    recentDatabases.removeAll(path);
    recentDatabases.prepend(path);
    while (recentDatabases.size() > maxRecent)
        recentDatabases.removeLast();
}

}  // namespace passerelle::ui
