#pragma once

#include "passerelle/domain/time_slot.h"
#include "passerelle/rules/settings.h"

#include <QDate>
#include <QImage>
#include <QString>
#include <QStringList>

namespace passerelle::ui {

// The user's preferences, kept in QSettings under fixed keys (in one place, not spread over the widgets).
struct AppSettings {
    int schoolYearStartMonth = 9;
    int schoolYearStartDay = 1;
    QString language;  // "fr", "en", or empty for the system's language
    QStringList recentDatabases;
    // The weekly teaching hours a new school starts with in the partner editor (most schools of a
    // département share them); empty when none were set.
    TimeSlots defaultTeachingHours;
    // The school this program works for, chosen by the first-start assistant, and its head: new agreements,
    // measures and students start with them. Empty when there is none (or it was deleted since).
    QString homeSchoolId;
    QString homeSchoolHeadId;
    // The school staff member who followed the last measure saved: a new measure's follower (a CPE follows
    // most of them).
    QString lastFollowerId;
    // Where the default database and the log live (runtime::dataFolder); empty for the default folder.
    QString dataFolder;
    // The documents' letterhead logo: the private copy (PNG, 0600, in the data folder) the preferences made
    // of the image the user chose; empty when none.
    QString letterheadLogo;
    // The server address (postgresql://…, never with a password) last connected to through Fichier › Se
    // connecter à un serveur…, offered again there (issue 15); empty when none.
    QString lastServerAddress;

    static AppSettings load();
    void save() const;
    // The rule settings that follow from the preferences.
    rules::RuleSettings ruleSettings() const;
    // The letterhead logo as documents::DocumentMaker takes it: null when none was chosen or the file can no
    // longer be read (the documents then carry the school's name and address only).
    QImage letterheadLogoImage() const;
    // Puts a database first in the recent list (at most 8, no duplicates).
    void addRecentDatabase(const QString& path);

    // Teaching hours as kept in the settings file: one "mon 08:00-12:00" entry per slot.
    static QStringList slotsToStrings(const TimeSlots& slots);
    static TimeSlots slotsFromStrings(const QStringList& entries);  // skips entries it cannot read
};

}  // namespace passerelle::ui
