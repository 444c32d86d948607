#pragma once

#include "passerelle/rules/settings.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace passerelle::ui {

// The user's preferences, kept in QSettings under fixed keys (in one place, not spread over the widgets).
struct AppSettings {
    int schoolYearStartMonth = 9;
    int schoolYearStartDay = 1;
    QString language;  // "fr", "en", or empty for the system's language
    QStringList recentDatabases;

    static AppSettings load();
    void save() const;
    // The rule settings that follow from the preferences.
    rules::RuleSettings ruleSettings() const;
    // Puts a database first in the recent list (at most 8, no duplicates).
    void addRecentDatabase(const QString& path);
};

}  // namespace passerelle::ui
