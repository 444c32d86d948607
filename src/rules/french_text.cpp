#include "french_text.h"

#include <array>

namespace passerelle::rules::french {

using namespace Qt::Literals::StringLiterals;

QString duration(int minutes) {
    if (minutes < 60 && minutes > 0)
        return QString::number(minutes) + u" min"_s;
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    if (rest == 0)
        return QString::number(hours) + u" h"_s;
    return QString::number(hours) + u" h "_s + QString::number(rest).rightJustified(2, u'0');
}

QString time(const QTime& value) {
    if (!value.isValid())
        return u"(heure invalide)"_s;
    if (value.minute() == 0)
        return QString::number(value.hour()) + u" h"_s;
    return QString::number(value.hour()) + u" h "_s + QString::number(value.minute()).rightJustified(2, u'0');
}

QString weekday(Weekday day) {
    static const std::array<QString, 6> names{u"lundi"_s, u"mardi"_s,    u"mercredi"_s,
                                              u"jeudi"_s, u"vendredi"_s, u"samedi"_s};
    const int index = static_cast<int>(day) - 1;
    if (index < 0 || index >= int(names.size()))
        return u"(jour invalide)"_s;
    return names[std::size_t(index)];
}

QString capitalised(const QString& text) {
    if (text.isEmpty())
        return text;
    return text.left(1).toUpper() + text.mid(1);
}

QString date(const QDate& value) {
    static const std::array<QString, 12> months{u"janvier"_s,   u"février"_s, u"mars"_s,     u"avril"_s,
                                                u"mai"_s,       u"juin"_s,    u"juillet"_s,  u"août"_s,
                                                u"septembre"_s, u"octobre"_s, u"novembre"_s, u"décembre"_s};
    if (!value.isValid())
        return u"(date inconnue)"_s;
    const QString day = value.day() == 1 ? u"1er"_s : QString::number(value.day());
    return day + u' ' + months[std::size_t(value.month() - 1)] + u' ' + QString::number(value.year());
}

QString days(qint64 count) {
    return QString::number(count) + (count == 1 || count == -1 ? u" jour"_s : u" jours"_s);
}

QString slot(const TimeSlot& value) {
    return weekday(value.day) + u" de "_s + time(value.start) + u" à "_s + time(value.end);
}

QString list(const QStringList& items) {
    if (items.size() <= 1)
        return items.value(0);
    return items.first(items.size() - 1).join(u", "_s) + u" et "_s + items.last();
}

bool isBlank(const QString& text) {
    for (const QChar character : text) {
        if (!character.isSpace())
            return false;
    }
    return true;
}

}  // namespace passerelle::rules::french
