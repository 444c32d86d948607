#include "json_splitter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <vector>

namespace passerelle::exchange::detail {
namespace {

using namespace Qt::Literals::StringLiterals;

class Scanner {
public:
    explicit Scanner(const QByteArray& text) : m_data(text.constData()), m_size(text.size()) {}

    std::variant<SplitDocument, SyntaxError> split();

private:
    bool atEnd() const { return m_pos >= m_size; }
    char peek() const { return m_data[m_pos]; }
    void skipSpace() {
        while (!atEnd() && (peek() == ' ' || peek() == '\n' || peek() == '\r' || peek() == '\t'))
            ++m_pos;
    }
    // An error about the character at the current position (or the end of the text).
    SyntaxError errorHere(const QString& message) const { return {std::min(m_pos, m_size) + 1, message}; }

    // Moves past one value of any kind; its JSON content is checked later by QJsonDocument.
    std::optional<SyntaxError> skipValue();
    std::optional<SyntaxError> skipString();
    std::optional<SyntaxError> splitArray(TopMember& member);

    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

std::optional<SyntaxError> Scanner::skipString() {
    ++m_pos;  // the opening quote
    while (!atEnd()) {
        const char c = peek();
        if (c == '\\') {
            m_pos += 2;
        } else if (c == '"') {
            ++m_pos;
            return std::nullopt;
        } else {
            ++m_pos;
        }
    }
    return errorHere(u"unterminated string"_s);
}

std::optional<SyntaxError> Scanner::skipValue() {
    if (atEnd())
        return errorHere(u"unexpected end of the document"_s);
    const char first = peek();
    if (first == '"')
        return skipString();
    if (first != '{' && first != '[') {
        // A number, true, false or null: up to the next delimiter.
        const qsizetype start = m_pos;
        while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' ' &&
               peek() != '\n' && peek() != '\r' && peek() != '\t') {
            ++m_pos;
        }
        if (m_pos == start)
            return errorHere(u"illegal value"_s);
        return std::nullopt;
    }
    std::vector<char> closers;
    while (!atEnd()) {
        const char c = peek();
        if (c == '"') {
            if (auto error = skipString())
                return *error;
            continue;
        }
        if (c == '{')
            closers.push_back('}');
        if (c == '[')
            closers.push_back(']');
        if (c == '}' || c == ']') {
            if (c != closers.back())
                return errorHere(u"unexpected '"_s + QLatin1Char(c) + u'\'');
            closers.pop_back();
            if (closers.empty()) {
                ++m_pos;
                return std::nullopt;
            }
        }
        ++m_pos;
    }
    return errorHere(closers.back() == '}' ? u"unterminated object"_s : u"unterminated array"_s);
}

std::optional<SyntaxError> Scanner::splitArray(TopMember& member) {
    ++m_pos;  // [
    skipSpace();
    if (!atEnd() && peek() == ']') {
        ++m_pos;
        return std::nullopt;
    }
    while (true) {
        skipSpace();
        const qsizetype start = m_pos;
        if (auto error = skipValue())
            return error;
        member.elements.append({start, m_pos - start});
        skipSpace();
        if (atEnd())
            return errorHere(u"unterminated array"_s);
        if (peek() == ']') {
            ++m_pos;
            return std::nullopt;
        }
        if (peek() != ',')
            return errorHere(u"missing value separator"_s);
        ++m_pos;
    }
}

std::variant<SplitDocument, SyntaxError> Scanner::split() {
    SplitDocument document;
    skipSpace();
    if (atEnd())
        return errorHere(u"the document is empty"_s);
    if (peek() != '{')
        return SyntaxError{0, u"the document must be a JSON object"_s};
    ++m_pos;
    skipSpace();
    if (!atEnd() && peek() == '}') {
        ++m_pos;
    } else {
        while (true) {
            skipSpace();
            if (atEnd() || peek() != '"')
                return errorHere(atEnd() ? u"unterminated object"_s : u"expected a key"_s);
            const qsizetype keyStart = m_pos;
            if (auto error = skipString())
                return *error;
            TopMember member;
            member.keyOffset = keyStart;
            const QByteArray rawKey = QByteArray::fromRawData(m_data + keyStart + 1, m_pos - keyStart - 2);
            if (rawKey.contains('\\')) {
                // Escapes in a key: let Qt decode it.
                const auto decoded =
                    parseSlice(QByteArray::fromRawData(m_data, m_size), {keyStart, m_pos - keyStart});
                if (const auto* error = std::get_if<SyntaxError>(&decoded))
                    return *error;
                member.key = std::get<QJsonValue>(decoded).toString();
            } else {
                member.key = QString::fromUtf8(rawKey);
            }
            skipSpace();
            if (atEnd() || peek() != ':')
                return errorHere(u"missing name separator"_s);
            ++m_pos;
            skipSpace();
            const qsizetype valueStart = m_pos;
            if (!atEnd() && peek() == '[') {
                member.isArray = true;
                if (auto error = splitArray(member))
                    return *error;
            } else if (auto error = skipValue()) {
                return *error;
            }
            member.value = {valueStart, m_pos - valueStart};
            document.members.append(member);
            skipSpace();
            if (atEnd())
                return errorHere(u"unterminated object"_s);
            if (peek() == '}') {
                ++m_pos;
                break;
            }
            if (peek() != ',')
                return errorHere(u"missing value separator"_s);
            ++m_pos;
        }
    }
    skipSpace();
    if (!atEnd())
        return errorHere(u"garbage at the end of the document"_s);
    return document;
}

}  // namespace

std::variant<SplitDocument, SyntaxError> splitTopLevel(const QByteArray& text) {
    return Scanner(text).split();
}

std::variant<QJsonValue, SyntaxError> parseSlice(const QByteArray& text, const Slice& slice) {
    const QByteArray piece = QByteArray::fromRawData(text.constData() + slice.offset, slice.length);
    const char first = piece.isEmpty() ? ' ' : piece.front();
    // QJsonDocument takes only objects and arrays: a scalar is parsed as the one element of an array.
    const bool wrapped = first != '{' && first != '[';
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(wrapped ? QByteArray('[' + piece + ']') : piece, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype local = wrapped ? std::max(0, error.offset - 1) : error.offset;
        return SyntaxError{slice.offset + std::min(local, slice.length), error.errorString()};
    }
    if (wrapped)
        return document.array().at(0);
    if (document.isArray())
        return QJsonValue(document.array());
    return QJsonValue(document.object());
}

}  // namespace passerelle::exchange::detail
