#pragma once

// A small streaming JSON writer. QJsonDocument would sort keys alphabetically and indent by four; the
// exchange format wants its keys in the documented order, two-space indentation and short objects on one
// line, so the text is written here directly, in one pass, into a byte array.

#include <QByteArray>
#include <QList>
#include <QString>

#include <string_view>

namespace passerelle::exchange::detail {

class JsonTextWriter {
public:
    // Block: one member per line, indented. Inline: `{"day": "mon", "start": "08:00"}` on one line.
    enum class Layout { Block, Inline };

    explicit JsonTextWriter(QByteArray& out) : m_out(out) {}

    void beginObject(Layout layout = Layout::Block);
    void endObject();
    void beginArray(Layout layout = Layout::Block);
    void endArray();

    // Inside an object: the key of the next value. Keys are ASCII literals.
    void key(std::string_view name);

    void value(const QString& text);
    void value(
        const QByteArray& asciiText);  // dates and enumeration keys: written as a string, no escaping needed
    void value(int number);
    void value(bool flag);

    // Closes the document with the trailing newline.
    void finish();

private:
    struct Level {
        Layout layout;
        int count = 0;
    };
    void beforeValue();
    void close(char bracket);
    void newline(qsizetype depth);

    QByteArray& m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

}  // namespace passerelle::exchange::detail
