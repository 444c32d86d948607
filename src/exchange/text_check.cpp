#include "text_check.h"

#include "passerelle/domain/input_limits.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <vector>

namespace passerelle::exchange::detail {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr QLatin1String recordLists[] = {QLatin1String("organisations"), QLatin1String("people"),
                                         QLatin1String("students"),      QLatin1String("agreements"),
                                         QLatin1String("measures"),      QLatin1String("groups")};

// Keys and ids are decoded only to name the place of a problem; a longer one is cut there.
constexpr qsizetype kLongestNameBytes = 200;

QString hexByte(unsigned char byte) {
    return u"0x"_s + QString::number(byte, 16).toUpper().rightJustified(2, u'0');
}

// "UTF-16" or "UTF-32" when the text is in one of them, with or without a byte order mark; empty otherwise.
QString foreignEncoding(const QByteArray& text) {
    if (text.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)) ||
        text.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4))) {
        return u"UTF-32"_s;
    }
    if (text.startsWith("\xFE\xFF") || text.startsWith("\xFF\xFE"))
        return u"UTF-16"_s;
    // Without a byte order mark: a JSON text starts with an ASCII character, so where the zero bytes stand
    // among the first four tells the encoding (RFC 4627, section 3).
    const auto zero = [&](qsizetype i) { return text.at(i) == '\0'; };
    if (text.size() >= 4) {
        if ((zero(0) && zero(1) && zero(2) && !zero(3)) || (!zero(0) && zero(1) && zero(2) && zero(3)))
            return u"UTF-32"_s;
        if ((zero(0) && !zero(1) && zero(2) && !zero(3)) || (!zero(0) && zero(1) && !zero(2) && zero(3)))
            return u"UTF-16"_s;
    } else if (text.size() >= 2 && zero(0) != zero(1)) {
        return u"UTF-16"_s;
    }
    return {};
}

// The value of four hexadecimal digits at `from`, or -1.
int hex4(const unsigned char* data, qsizetype size, qsizetype from) {
    if (from + 4 > size)
        return -1;
    int value = 0;
    for (qsizetype i = from; i < from + 4; ++i) {
        const unsigned char c = data[i];
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

// The length of the well-formed UTF-8 sequence at `from` (Unicode, table 3-7: no overlong form, no encoded
// surrogate, nothing beyond U+10FFFF), or 0 with the reason.
int utf8SequenceLength(const unsigned char* data, qsizetype size, qsizetype from, QString& why) {
    const unsigned char lead = data[from];
    if (lead < 0x80)
        return 1;
    int length = 0;
    unsigned char low = 0x80;  // the range of the second byte, narrower after some leads
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        if (lead == 0xF4)
            high = 0x8F;
    } else if (lead >= 0x80 && lead <= 0xBF) {
        why = u"byte %1 cannot start a character"_s.arg(hexByte(lead));
        return 0;
    } else if (lead == 0xC0 || lead == 0xC1) {
        why = u"overlong encoding (byte %1)"_s.arg(hexByte(lead));
        return 0;
    } else {
        why = u"byte %1 never occurs in UTF-8"_s.arg(hexByte(lead));
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        if (from + k >= size || (data[from + k] & 0xC0) != 0x80) {
            why = u"byte %1 is not followed by the %2 continuation bytes it announces"_s.arg(hexByte(lead))
                      .arg(length - 1);
            return 0;
        }
    }
    const unsigned char second = data[from + 1];
    if (second < low) {
        why = u"overlong encoding (bytes %1 %2)"_s.arg(hexByte(lead), hexByte(second));
        return 0;
    }
    if (second > high) {
        if (lead == 0xED) {
            const int codeUnit = 0xD000 | ((second & 0x3F) << 6) | (data[from + 2] & 0x3F);
            why = u"encoded surrogate U+%1"_s.arg(QString::number(codeUnit, 16).toUpper());
        } else {
            why = u"a code point beyond U+10FFFF"_s;
        }
        return 0;
    }
    return length;
}

struct Frame {
    bool object = false;
    bool expectKey = true;  // object: the next string is a member's key
    bool record = false;    // an element of a top-level record list
    // Slices of the text (the characters between the quotes): an object's current key, once read, and a
    // record's id.
    qsizetype keyStart = -1;
    qsizetype keyLength = 0;
    qsizetype idStart = -1;
    qsizetype idLength = 0;
    qsizetype index = 0;         // array: the current element
    qsizetype firstProblem = 0;  // record: the first problem found inside it
};

class Checker {
public:
    explicit Checker(const QByteArray& text)
        : m_text(text)
        , m_data(reinterpret_cast<const unsigned char*>(text.constData()))
        , m_size(text.size())
        , m_positions(text) {}

    QList<Issue> run();

private:
    // Records a problem at `offset`; false once the list is full and the scan must stop.
    bool problem(qsizetype offset, const QString& message);
    // Moves past the string starting at the quote at m_pos; false when the scan must stop.
    bool scanString();
    bool open(bool object);
    void close();
    // The text between quotes, decoded for a message (escapes included).
    QString decoded(qsizetype start, qsizetype length) const;
    bool isRecordList(const Frame& frame) const;
    // Adds the record's id to the problems found in it, once its id is known.
    void nameRecord(const Frame& frame);

    const QByteArray& m_text;
    const unsigned char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    std::vector<Frame> m_stack;
    QList<Issue> m_issues;
    PositionFinder m_positions;
};

QString Checker::decoded(qsizetype start, qsizetype length) const {
    const bool cut = length > kLongestNameBytes;
    const QByteArray raw =
        QByteArray::fromRawData(m_text.constData() + start, cut ? kLongestNameBytes : length);
    QString text;
    if (!raw.contains('\\')) {
        text = QString::fromUtf8(raw);
    } else {
        const QJsonDocument document = QJsonDocument::fromJson("[\"" + raw + "\"]");
        text = document.isArray() ? document.array().at(0).toString() : QString::fromUtf8(raw);
    }
    return cut ? text + u'…' : text;
}

bool Checker::isRecordList(const Frame& frame) const {
    if (!frame.object || frame.keyStart < 0)
        return false;
    const QByteArrayView key(m_text.constData() + frame.keyStart, frame.keyLength);
    for (const QLatin1String list : recordLists) {
        if (key == QByteArrayView(list.data(), list.size()))
            return true;
    }
    return false;
}

bool Checker::problem(qsizetype offset, const QString& message) {
    if (m_issues.size() >= kMaxTextProblems) {
        m_issues.append(
            {{}, {}, u"only the first %1 problems of the text are listed"_s.arg(kMaxTextProblems)});
        return false;
    }
    Issue issue;
    // Inside a record list's element, the record is named and the key path starts inside it.
    std::size_t from = 0;
    if (m_stack.size() >= 2 && isRecordList(m_stack[0]) && !m_stack[1].object) {
        issue.record = decoded(m_stack[0].keyStart, m_stack[0].keyLength) + u'[' +
                       QString::number(m_stack[1].index) + u']';
        from = 2;
    }
    for (std::size_t k = from; k < m_stack.size(); ++k) {
        const Frame& frame = m_stack[k];
        if (!frame.object) {
            issue.key += u'[' + QString::number(frame.index) + u']';
        } else if (frame.keyStart >= 0) {
            if (!issue.key.isEmpty())
                issue.key += u'.';
            issue.key += decoded(frame.keyStart, frame.keyLength);
        }
    }
    const PositionFinder::Position position = m_positions.at(offset);
    issue.line = position.line;
    issue.column = position.column;
    issue.message = message;
    if (issue.record.isEmpty() && issue.key.isEmpty())
        issue.message += u" (line %1, column %2)"_s.arg(position.line).arg(position.column);
    m_issues.append(issue);
    return true;
}

void Checker::nameRecord(const Frame& frame) {
    if (frame.idStart < 0 || frame.firstProblem >= m_issues.size())
        return;
    const QString id = decoded(frame.idStart, frame.idLength);
    if (id.trimmed().isEmpty() || id.size() > input::kMaxIdLength)
        return;
    for (qsizetype i = frame.firstProblem; i < m_issues.size(); ++i) {
        m_issues[i].record += u" (id \""_s + id + u"\")"_s;
        m_issues[i].recordId = id;
    }
}

bool Checker::open(bool object) {
    if (m_stack.size() >= static_cast<std::size_t>(input::kMaxNestingDepth)) {
        problem(m_pos, u"nested too deeply: more than %1 levels of objects and arrays"_s.arg(
                           input::kMaxNestingDepth));
        return false;  // whatever follows is refused with the file; do not walk it
    }
    Frame frame;
    frame.object = object;
    frame.record = object && m_stack.size() == 2 && isRecordList(m_stack[0]) && !m_stack[1].object;
    frame.firstProblem = m_issues.size();
    m_stack.push_back(frame);
    ++m_pos;
    return true;
}

void Checker::close() {
    if (!m_stack.empty()) {
        if (m_stack.back().record)
            nameRecord(m_stack.back());
        m_stack.pop_back();
    }
    ++m_pos;
}

bool Checker::scanString() {
    const qsizetype quote = m_pos;
    const qsizetype start = ++m_pos;
    qsizetype characters = 0;  // UTF-16 code units, as QString::size() will count them
    while (m_pos < m_size) {
        const unsigned char c = m_data[m_pos];
        if (c == '"')
            break;
        if (c == '\\') {
            if (m_pos + 1 >= m_size) {
                m_pos = m_size;  // unterminated: the parser says so
                break;
            }
            const unsigned char next = m_data[m_pos + 1];
            if (next >= 0x80) {
                // Not an escape (the parser says so); the character after the backslash is checked on its
                // own.
                ++m_pos;
                continue;
            }
            if (next != 'u') {
                m_pos += 2;
                ++characters;
                continue;
            }
            const int unit = hex4(m_data, m_size, m_pos + 2);
            if (unit < 0) {
                m_pos += 2;  // a bad escape: the parser says so
                ++characters;
                continue;
            }
            const QString escape = QString::fromLatin1(m_text.constData() + m_pos, 6);
            if (unit == 0 && !problem(m_pos, u"NUL character (\\u0000)"_s))
                return false;
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const bool paired =
                    m_pos + 7 < m_size && m_data[m_pos + 6] == '\\' && m_data[m_pos + 7] == 'u';
                const int low = paired ? hex4(m_data, m_size, m_pos + 8) : -1;
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    m_pos += 12;
                    characters += 2;
                    continue;
                }
                if (!problem(m_pos,
                             u"lone surrogate %1: not followed by a low surrogate (\\udc00 to \\udfff)"_s.arg(
                                 escape))) {
                    return false;
                }
            } else if (unit >= 0xDC00 && unit <= 0xDFFF &&
                       !problem(
                           m_pos,
                           u"lone surrogate %1: not preceded by a high surrogate (\\ud800 to \\udbff)"_s.arg(
                               escape))) {
                return false;
            }
            m_pos += 6;
            ++characters;
            continue;
        }
        if (c == '\0') {
            if (!problem(m_pos, u"NUL character"_s))
                return false;
            ++m_pos;
            ++characters;
            continue;
        }
        if (c < 0x80) {
            ++m_pos;
            ++characters;
            continue;
        }
        QString why;
        const int length = utf8SequenceLength(m_data, m_size, m_pos, why);
        if (length == 0) {
            if (!problem(m_pos, u"invalid UTF-8: %1; save the file as UTF-8"_s.arg(why)))
                return false;
            ++m_pos;
            ++characters;
            continue;
        }
        m_pos += length;
        characters += length == 4 ? 2 : 1;  // beyond U+FFFF: a surrogate pair
    }
    const qsizetype length = std::min(m_pos, m_size) - start;
    if (characters > input::kMaxFreeTextLength &&
        !problem(quote, u"too long: %1 characters; no text may be longer than %2"_s.arg(characters)
                            .arg(input::kMaxFreeTextLength))) {
        return false;
    }
    if (m_pos < m_size)
        ++m_pos;  // the closing quote
    if (!m_stack.empty()) {
        Frame& frame = m_stack.back();
        if (frame.object && frame.expectKey) {
            frame.keyStart = start;
            frame.keyLength = length;
        } else if (frame.record && frame.keyStart >= 0 && frame.keyLength == 2 &&
                   m_data[frame.keyStart] == 'i' && m_data[frame.keyStart + 1] == 'd') {
            frame.idStart = start;
            frame.idLength = length;
        }
    }
    return true;
}

QList<Issue> Checker::run() {
    while (m_pos < m_size) {
        const unsigned char c = m_data[m_pos];
        switch (c) {
            case '"':
                if (!scanString())
                    return m_issues;
                break;
            case '{':
            case '[':
                if (!open(c == '{'))
                    return m_issues;
                break;
            case '}':
            case ']':
                close();
                break;
            case ',':
                if (!m_stack.empty()) {
                    Frame& frame = m_stack.back();
                    if (frame.object) {
                        frame.expectKey = true;
                        frame.keyStart = -1;
                        frame.keyLength = 0;
                    } else {
                        ++frame.index;
                    }
                }
                ++m_pos;
                break;
            case ':':
                if (!m_stack.empty())
                    m_stack.back().expectKey = false;
                ++m_pos;
                break;
            case '\0':
                if (!problem(m_pos, u"NUL character"_s))
                    return m_issues;
                ++m_pos;
                break;
            default:
                if (c < 0x80) {
                    ++m_pos;
                    break;
                }
                // Outside a string any non-ASCII character is a syntax error, but a badly encoded one is said
                // to be that first.
                QString why;
                const int length = utf8SequenceLength(m_data, m_size, m_pos, why);
                if (length == 0 && !problem(m_pos, u"invalid UTF-8: %1; save the file as UTF-8"_s.arg(why)))
                    return m_issues;
                m_pos += std::max(length, 1);
                break;
        }
    }
    // An unterminated record still gets its id (the parser reports the missing bracket).
    if (m_stack.size() >= 3 && m_stack[2].record)
        nameRecord(m_stack[2]);
    return m_issues;
}

}  // namespace

PositionFinder::Position PositionFinder::at(qsizetype offset) {
    if (offset + 1 < m_next) {
        m_next = 0;
        m_line = 1;
        m_characters = 0;
    }
    const qsizetype end = std::min(offset + 1, m_text.size());
    const char* data = m_text.constData();
    for (; m_next < end; ++m_next) {
        const auto byte = static_cast<unsigned char>(data[m_next]);
        if (byte == '\n') {
            ++m_line;
            m_characters = 0;
        } else if ((byte & 0xC0) != 0x80) {  // not a continuation byte: a new character
            ++m_characters;
        }
    }
    return {m_line, std::max(m_characters, 1)};
}

QList<Issue> checkText(const QByteArray& text) {
    if (static_cast<long long>(text.size()) > input::kMaxFileBytes) {
        return {
            {{},
             {},
             u"the file is %1 bytes long; an exchange file may not exceed %2 bytes (1 GiB)"_s.arg(text.size())
                 .arg(input::kMaxFileBytes)}};
    }
    const QString encoding = foreignEncoding(text);
    if (!encoding.isEmpty())
        return {{{}, {}, u"the file is %1; save it as UTF-8"_s.arg(encoding)}};
    return Checker(text).run();
}

}  // namespace passerelle::exchange::detail
