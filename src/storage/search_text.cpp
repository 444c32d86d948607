#include "search_text.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

bool isWordCharacter(QChar c) {
    return c.isLetterOrNumber() || c.isMark();
}

}  // namespace

QString foldForSearch(const QString& text) {
    QString folded = text.normalized(QString::NormalizationForm_KC);
    folded.replace(u'œ', u"oe"_s).replace(u'Œ', u"OE"_s);
    folded.replace(u'æ', u"ae"_s).replace(u'Æ', u"AE"_s);
    folded.replace(u'ß', u"ss"_s).replace(QChar(0x1E9E), u"SS"_s);
    return folded;
}

QString searchDocument(const QStringList& parts) {
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            kept << foldForSearch(part.trimmed());
    }
    return kept.join(u' ');
}

QStringList searchWords(const QString& query) {
    const QString folded = foldForSearch(query);
    QStringList words;
    QString current;
    for (const QChar c : folded) {
        // Surrogate halves (letters outside the BMP) are kept so that such a word is not cut in two.
        if (isWordCharacter(c) || c.isSurrogate()) {
            current += c;
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

QString sortKey(const QString& text) {
    const QString decomposed = foldForSearch(text.trimmed()).normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            key += c;
    }
    return key.toCaseFolded();
}

QString organisationSearchDocument(const QString& name, const QString& address, const QString& uai,
                                   const QString& legalName) {
    return searchDocument({name, address, uai, legalName});
}

QString personSearchDocument(const QString& firstName, const QString& lastName, const QString& role) {
    return searchDocument({firstName, lastName, role});
}

QString studentSearchDocument(const QString& firstName, const QString& lastName, const QString& className) {
    return searchDocument({firstName, lastName, className});
}

QString agreementSearchDocument(const QString& title) {
    return searchDocument({title});
}

QString groupSearchDocument(const QString& title) {
    return searchDocument({title});
}

QString measureSearchDocument(const QString& studentFirstName, const QString& studentLastName,
                              const QString& objectives, const QString& activities, const QString& places) {
    return searchDocument({studentFirstName, studentLastName, objectives, activities, places});
}

}  // namespace passerelle::storage
