#pragma once

// How the rules write figures in their French messages: "3 h 30", "1er juin 2027", "mardi de 14 h à 16 h 30".
// Written by hand rather than through QLocale so messages never depend on the machine's locale.

#include "passerelle/domain/enums.h"
#include "passerelle/domain/time_slot.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

namespace passerelle::rules::french {

QString duration(int minutes);             // "3 h", "3 h 30", "20 h 05", "45 min"
QString time(const QTime& time);           // "14 h", "9 h 05"
QString weekday(Weekday day);              // "mardi"
QString capitalised(const QString& text);  // "Mardi"
QString date(const QDate& date);           // "1er juin 2027", "31 mai 2027"
QString days(qint64 count);                // "1 jour", "30 jours"
QString slot(const TimeSlot& slot);        // "mardi de 14 h à 16 h 30"
QString list(const QStringList& items);    // "a, b et c"

// True when the text holds nothing but white space (no allocation, unlike trimmed().isEmpty()).
bool isBlank(const QString& text);

}  // namespace passerelle::rules::french
