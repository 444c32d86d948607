#include "passerelle/documents/french_typography.h"

#include <QRegularExpression>

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QChar kNoBreakSpace(0x00A0);
constexpr QChar kNarrowNoBreakSpace(0x202F);

QRegularExpression unicode(const QString& pattern) {
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

// Spans that are not prose, copied unchanged: URLs and e-mail addresses.
const QString kAddresses =
    u"(?:https?|ftp|file)://\\S+|mailto:\\S+|www\\.\\S+|[\\w.+'’-]+@[\\w-]+(?:\\.[\\w-]+)+"_s;

// The rules, on a stretch of prose that holds no protected span.
QString typesetProse(QString text) {
    // ’ between two letters: « l’élève », « aujourd’hui ».
    static const QRegularExpression apostrophe = unicode(u"(?<=\\p{L})'(?=\\p{L})"_s);
    text.replace(apostrophe, u"’"_s);

    // Whatever spaces stand before « ; ! ? » become one narrow no-break space; a missing one is added after a
    // letter, a figure or a closing sign when the punctuation ends a word.
    static const QRegularExpression beforeNarrow = unicode(u"\\h+(?=[;!?])"_s);
    text.replace(beforeNarrow, QString(kNarrowNoBreakSpace));
    static const QRegularExpression missingNarrow =
        unicode(u"(?<=[\\p{L}\\p{N})\\]»…])(?=[;!?](?:\\s|$|[!?»)\\]]))"_s);
    text.replace(missingNarrow, QString(kNarrowNoBreakSpace));

    // The same before « : », with a no-break space; « 16:30 » and « 1:2 » have no space and a figure after
    // the colon, so they stay as they are.
    static const QRegularExpression beforeColon = unicode(u"\\h+(?=:)"_s);
    text.replace(beforeColon, QString(kNoBreakSpace));
    static const QRegularExpression missingColon = unicode(u"(?<=[\\p{L}\\p{N})\\]»…])(?=:(?:\\s|$))"_s);
    text.replace(missingColon, QString(kNoBreakSpace));

    // « and » hold their text with no-break spaces.
    static const QRegularExpression afterOpening = unicode(u"«\\h*"_s);
    text.replace(afterOpening, u"«"_s + kNoBreakSpace);
    static const QRegularExpression beforeClosing = unicode(u"\\h*»"_s);
    text.replace(beforeClosing, kNoBreakSpace + u"»"_s);

    // Ordinals: « 1re », « 2e ».
    static const QRegularExpression firstFeminine = unicode(u"\\b1(?:ère|ere)\\b"_s);
    text.replace(firstFeminine, u"1re"_s);
    static const QRegularExpression nth = unicode(u"\\b(\\d+)(?:ième|ieme|ème|eme)\\b"_s);
    text.replace(nth, u"\\1e"_s);
    return text;
}

// Copies the matches of `protectedSpans` as they are and typesets the prose between them.
QString typesetAround(const QString& text, const QRegularExpression& protectedSpans) {
    QString result;
    result.reserve(text.size() + text.size() / 16);
    qsizetype last = 0;
    for (auto it = protectedSpans.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (match.capturedLength() == 0)
            continue;
        result += typesetProse(text.mid(last, match.capturedStart() - last));
        result += match.capturedView();
        last = match.capturedEnd();
    }
    result += typesetProse(text.mid(last));
    return result;
}

}  // namespace

QString frenchTypography(const QString& text) {
    static const QRegularExpression spans = unicode(kAddresses);
    return typesetAround(text, spans);
}

QString frenchTypographyHtml(const QString& html) {
    static const QRegularExpression spans(
        u"<!--.*?-->|<(style|script)\\b.*?</\\1\\s*>|\\{\\{.*?\\}\\}|<[^>]*>|&(?:#\\d+|#[xX][0-9a-fA-F]+|\\w+);|"_s +
            kAddresses,
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::DotMatchesEverythingOption |
            QRegularExpression::CaseInsensitiveOption);
    return typesetAround(html, spans);
}

}  // namespace passerelle::documents
