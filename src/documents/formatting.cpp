#include "formatting.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

namespace {
const QLocale& french() {
    static const QLocale locale(QLocale::French, QLocale::France);
    return locale;
}
}  // namespace

QString blank() {
    return u"…………………………"_s;
}

QString orBlank(const QString& text) {
    return text.trimmed().isEmpty() ? blank() : text;
}

QString longDate(const QDate& date) {
    if (!date.isValid())
        return blank();
    // French writes the first day of a month as an ordinal: « 1er mars ».
    const QString day = date.day() == 1 ? u"1er"_s : QString::number(date.day());
    return day + u' ' + french().toString(date, u"MMMM yyyy"_s);
}

QString longDateWithDay(const QDate& date) {
    if (!date.isValid())
        return blank();
    return french().toString(date, u"dddd"_s) + u' ' + longDate(date);
}

QString frenchTime(const QTime& time) {
    if (!time.isValid())
        return blank();
    // No-break spaces: « 14 h 00 » never ends a line between its figures and « h ».
    return keepFiguresTogether(u"%1 h %2"_s.arg(time.hour()).arg(time.minute(), 2, 10, QChar(u'0')));
}

QString slotRange(const TimeSlot& slot) {
    return u"De %1 à %2"_s.arg(frenchTime(slot.start), frenchTime(slot.end));
}

QString frenchDuration(int minutes) {
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    // No-break spaces, as for a time: « (1 h) » stays whole in a narrow column.
    if (rest == 0)
        return keepFiguresTogether(u"%1 h"_s.arg(hours));
    return keepFiguresTogether(u"%1 h %2"_s.arg(hours).arg(rest, 2, 10, QChar(u'0')));
}

QString keepFiguresTogether(const QString& text) {
    // A space after a digit and before « h » or « min », or after « h » and before the minutes' digits.
    static const QRegularExpression figureSpace(u"(?<=\\d) (?=(?:h|min)\\b)|(?<=\\bh) (?=\\d)"_s);
    QString result = text;
    return result.replace(figureSpace, QString(QChar(0x00A0)));
}

QString frenchCount(qsizetype count, const QString& singular) {
    return u"%1 %2%3"_s.arg(count).arg(singular, count > 1 ? u"s"_s : QString());
}

QString weekdayName(Weekday day, bool capitalised) {
    static const QStringList names{u"lundi"_s, u"mardi"_s,    u"mercredi"_s,
                                   u"jeudi"_s, u"vendredi"_s, u"samedi"_s};
    QString name = names.value(int(day) - 1);
    if (capitalised && !name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString numberInWords(int number) {
    static const QStringList words{u"zéro"_s, u"un"_s,   u"deux"_s, u"trois"_s, u"quatre"_s,
                                   u"cinq"_s, u"six"_s,  u"sept"_s, u"huit"_s,  u"neuf"_s,
                                   u"dix"_s,  u"onze"_s, u"douze"_s};
    if (number >= 0 && number < words.size())
        return words[number];
    return QString::number(number);
}

}  // namespace passerelle::documents
