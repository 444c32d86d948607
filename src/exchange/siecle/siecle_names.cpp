#include "passerelle/exchange/siecle.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::exchange {

QString SiecleIssue::describe() const {
    QString text = file;
    if (line > 0)
        text += u':' + QString::number(line);
    text += u": "_s;
    if (!studentId.isEmpty() || !studentName.isEmpty()) {
        text += u"student "_s + studentId;
        if (!studentName.isEmpty())
            text += (studentId.isEmpty() ? u""_s : u" "_s) + u'(' + studentName + u')';
        text += u": "_s;
    }
    return text + message;
}

QString siecleRelation(const QString& code) {
    static const QHash<QString, QString> relations{
        {u"10"_s, u"mère"_s},
        {u"20"_s, u"père"_s},
        {u"37"_s, u"fratrie"_s},
        {u"38"_s, u"ascendant"_s},
        {u"39"_s, u"autre membre de la famille"_s},
        {u"41"_s, u"éducateur"_s},
        {u"42"_s, u"assistant familial"_s},
        {u"50"_s, u"tuteur"_s},
        {u"51"_s, u"aide sociale à l'enfance"_s},
        {u"70"_s, u"élève lui-même"_s},
        {u"90"_s, u"autre lien"_s},
    };
    return relations.value(code.trimmed());
}

QString nameKey(const QString& name) {
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining ||
            c.category() == QChar::Mark_Enclosing)
            continue;
        if (!c.isLetterOrNumber()) {
            space = !key.isEmpty();
            continue;
        }
        if (space)
            key += u' ';
        space = false;
        const QString lower = QString(c).toCaseFolded();
        if (lower == u"œ"_s)
            key += u"oe"_s;
        else if (lower == u"æ"_s)
            key += u"ae"_s;
        else if (lower == u"ß"_s)
            key += u"ss"_s;
        else
            key += lower;
    }
    return key;
}

}  // namespace passerelle::exchange
