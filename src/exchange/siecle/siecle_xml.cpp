#include "siecle_xml.h"

#include "passerelle/domain/input_limits.h"

#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::exchange::siecle {
namespace {

// A SIECLE record nests three levels (STRUCTURES_ELEVE, STRUCTURE, CODE_STRUCTURE); room to spare, never
// enough to exhaust the stack.
constexpr int kMaxRecordDepth = 8;

}  // namespace

bool readRecord(QXmlStreamReader& xml, XmlRecord& record, int depth) {
    record.name = xml.name().toString();
    record.line = int(xml.lineNumber());
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute& attribute : attributes) {
        if (attribute.value().size() > input::kMaxFreeTextLength) {
            xml.raiseError(u"the attribute %1 is too long"_s.arg(attribute.name().toString()));
            return false;
        }
        record.values.insert(attribute.name().toString(), attribute.value().toString());
        record.lines.insert(attribute.name().toString(), record.line);
    }
    int childCount = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
            case QXmlStreamReader::StartElement: {
                if (depth >= kMaxRecordDepth) {
                    xml.raiseError(u"elements nest too deep"_s);
                    return false;
                }
                if (++childCount > input::kMaxListItems) {
                    xml.raiseError(u"<%1> holds too many elements"_s.arg(record.name));
                    return false;
                }
                XmlRecord child;
                if (!readRecord(xml, child, depth + 1))
                    return false;
                if (child.children.isEmpty()) {
                    record.values.insert(child.name, child.text);
                    record.lines.insert(child.name, child.line);
                }
                if (!child.children.isEmpty() || !child.values.isEmpty())
                    record.children.append(std::move(child));
                break;
            }
            case QXmlStreamReader::Characters:
                if (record.text.size() + xml.text().size() > input::kMaxFreeTextLength) {
                    xml.raiseError(u"the text of <%1> is too long"_s.arg(record.name));
                    return false;
                }
                record.text += xml.text();
                break;
            case QXmlStreamReader::EndElement:
                record.text = record.text.trimmed();
                return true;
            default:
                break;
        }
    }
    return false;
}

}  // namespace passerelle::exchange::siecle
