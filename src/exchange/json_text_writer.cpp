#include "json_text_writer.h"

namespace passerelle::exchange::detail {
namespace {

void appendEscaped(QByteArray& out, const QByteArray& utf8) {
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        switch (c) {
            case '"':
                out.append("\\\"");
                break;
            case '\\':
                out.append("\\\\");
                break;
            case '\n':
                out.append("\\n");
                break;
            case '\r':
                out.append("\\r");
                break;
            case '\t':
                out.append("\\t");
                break;
            case '\b':
                out.append("\\b");
                break;
            case '\f':
                out.append("\\f");
                break;
            default:
                if (c < 0x20) {
                    out.append("\\u00");
                    out.append(hex[c >> 4]);
                    out.append(hex[c & 0xf]);
                } else {
                    out.append(
                        byte);  // ASCII and the bytes of UTF-8 sequences, accents included, as they are
                }
        }
    }
    out.append('"');
}

}  // namespace

void JsonTextWriter::newline(qsizetype depth) {
    m_out.append('\n');
    m_out.append(depth * 2, ' ');  // no temporary array: this runs for every line of an export
}

void JsonTextWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level& level = m_levels.last();
    if (level.count > 0)
        m_out.append(',');
    if (level.layout == Layout::Block) {
        newline(m_levels.size());
    } else if (level.count > 0) {
        m_out.append(' ');
    }
    ++level.count;
}

void JsonTextWriter::key(std::string_view name) {
    beforeValue();
    m_out.append('"');
    m_out.append(name.data(), static_cast<qsizetype>(name.size()));
    m_out.append("\": ");
    m_afterKey = true;
}

void JsonTextWriter::beginObject(Layout layout) {
    beforeValue();
    m_out.append('{');
    // Inside an inline container everything stays on the line.
    const bool parentInline = !m_levels.isEmpty() && m_levels.last().layout == Layout::Inline;
    m_levels.append({parentInline ? Layout::Inline : layout, 0});
}

void JsonTextWriter::beginArray(Layout layout) {
    beforeValue();
    m_out.append('[');
    const bool parentInline = !m_levels.isEmpty() && m_levels.last().layout == Layout::Inline;
    m_levels.append({parentInline ? Layout::Inline : layout, 0});
}

void JsonTextWriter::close(char bracket) {
    const Level level = m_levels.takeLast();
    if (level.layout == Layout::Block && level.count > 0)
        newline(m_levels.size());
    m_out.append(bracket);
}

void JsonTextWriter::endObject() {
    close('}');
}
void JsonTextWriter::endArray() {
    close(']');
}

void JsonTextWriter::value(const QString& text) {
    beforeValue();
    appendEscaped(m_out, text.toUtf8());
}

void JsonTextWriter::value(const QByteArray& asciiText) {
    beforeValue();
    appendEscaped(m_out, asciiText);
}

void JsonTextWriter::value(int number) {
    beforeValue();
    m_out.append(QByteArray::number(number));
}

void JsonTextWriter::value(bool flag) {
    beforeValue();
    m_out.append(flag ? "true" : "false");
}

void JsonTextWriter::finish() {
    m_out.append('\n');
}

}  // namespace passerelle::exchange::detail
