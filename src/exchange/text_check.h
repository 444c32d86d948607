#pragma once

// The raw bytes of an exchange file, checked before any JSON parser sees them. QJsonDocument silently turns
// invalid UTF-8 and lone surrogates into U+FFFD, and it would build a 50 MB string or nest a few thousand
// levels before anything could say no; so one linear pass over the bytes refuses what must never reach it:
// a UTF-16 or UTF-32 file, invalid UTF-8 (overlong forms and encoded surrogates included), NUL characters
// (raw or \u0000), lone surrogate escapes, any string longer than the longest text the format allows, and
// nesting deeper than input::kMaxNestingDepth. Each problem names the record and key when the structure read
// so far locates it, and always the line and column.

#include "passerelle/exchange/json_format.h"

#include <QByteArray>
#include <QList>

namespace passerelle::exchange::detail {

// At most this many problems of the text are listed; a Latin-1 file would otherwise give one per accent.
inline constexpr int kMaxTextProblems = 100;

// The problems of the text (empty when it may be parsed). `text` starts after a UTF-8 byte order mark, if
// any.
QList<Issue> checkText(const QByteArray& text);

// Line and column (from 1; the column counts characters, not bytes) of bytes of a text. Asked in increasing
// order of offsets, the positions of the whole text cost one pass over it; an earlier offset starts again
// from the top.
class PositionFinder {
public:
    explicit PositionFinder(const QByteArray& text) : m_text(text) {}
    struct Position {
        int line = 1;
        int column = 1;
    };
    // The position of the character the byte at `offset` belongs to (the end of the text when past it).
    Position at(qsizetype offset);

private:
    const QByteArray& m_text;
    qsizetype m_next = 0;  // bytes before this one are counted
    int m_line = 1;
    int m_characters = 0;  // characters started on the current line before m_next
};

}  // namespace passerelle::exchange::detail
