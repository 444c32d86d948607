// The template language of docs/documents.md: parse into a tree once, then render it against nested
// QVariants.
#include "passerelle/documents/template_engine.h"

#include "passerelle/documents/french_typography.h"

#include <QFile>
#include <QStringList>
#include <QVariantList>

#include <vector>

namespace passerelle::documents {
namespace {

using namespace Qt::Literals::StringLiterals;

struct Node {
    enum class Type { Text, Value, Section, Inverted };
    Type type = Type::Text;
    QString text;  // literal text, or the key
    std::vector<Node> children;
};

int lineOf(const QString& text, qsizetype position) {
    return int(text.left(position).count(u'\n')) + 1;
}

Result<std::vector<Node>> parse(const QString& text, const QString& name) {
    std::vector<Node> root;
    // Open sections, innermost last; each points into its parent's children (stable: we only push to the
    // top).
    std::vector<Node*> open;
    auto current = [&]() -> std::vector<Node>& { return open.empty() ? root : open.back()->children; };

    qsizetype position = 0;
    while (position < text.size()) {
        const qsizetype start = text.indexOf("{{"_L1, position);
        if (start < 0) {
            current().push_back({Node::Type::Text, text.mid(position), {}});
            break;
        }
        if (start > position)
            current().push_back({Node::Type::Text, text.mid(position, start - position), {}});
        const qsizetype end = text.indexOf("}}"_L1, start + 2);
        if (end < 0) {
            return failure(u"Modèle %1, ligne %2 : « {{ » sans « }} »."_s.arg(name).arg(lineOf(text, start)),
                           name);
        }
        const QString tag = text.mid(start + 2, end - start - 2).trimmed();
        position = end + 2;
        if (tag.isEmpty()) {
            return failure(u"Modèle %1, ligne %2 : balise vide."_s.arg(name).arg(lineOf(text, start)), name);
        }
        const QChar sigil = tag.front();
        const QString key = tag.mid(1).trimmed();
        if (sigil == u'!')
            continue;
        if (sigil == u'#' || sigil == u'^') {
            current().push_back({sigil == u'#' ? Node::Type::Section : Node::Type::Inverted, key, {}});
            open.push_back(&current().back());
        } else if (sigil == u'/') {
            if (open.empty() || open.back()->text != key) {
                return failure(
                    u"Modèle %1, ligne %2 : « {{/%3}} » ne ferme aucune section ouverte."_s.arg(name)
                        .arg(lineOf(text, start))
                        .arg(key),
                    name);
            }
            open.pop_back();
        } else {
            current().push_back({Node::Type::Value, tag, {}});
        }
    }
    if (!open.empty()) {
        return failure(u"Modèle %1 : la section « %2 » n'est pas fermée."_s.arg(name, open.back()->text),
                       name);
    }
    return root;
}

class Renderer {
public:
    explicit Renderer(QString name) : m_name(std::move(name)) {}

    Status render(const std::vector<Node>& nodes, QList<QVariant>& stack, QString& out) const {
        for (const Node& node : nodes) {
            if (node.type == Node::Type::Text) {
                out += node.text;
                continue;
            }
            const auto value = lookup(node.text, stack);
            if (!value)
                return value.error();
            if (node.type == Node::Type::Value) {
                if (value->typeId() == QMetaType::QVariantList || value->typeId() == QMetaType::QVariantMap) {
                    return failure(
                        u"Modèle %1 : « %2 » est une liste, pas un texte."_s.arg(m_name, node.text),
                        node.text);
                }
                out += escape(frenchTypography(value->toString()));
            } else if (node.type == Node::Type::Inverted) {
                if (!isTruthy(*value)) {
                    if (auto status = render(node.children, stack, out); !status)
                        return status;
                }
            } else if (value->typeId() == QMetaType::QVariantList) {
                for (const QVariant& item : value->toList()) {
                    stack.push_back(item);
                    auto status = render(node.children, stack, out);
                    stack.pop_back();
                    if (!status)
                        return status;
                }
            } else if (value->typeId() == QMetaType::QVariantMap) {
                stack.push_back(*value);
                auto status = render(node.children, stack, out);
                stack.pop_back();
                if (!status)
                    return status;
            } else if (isTruthy(*value)) {
                if (auto status = render(node.children, stack, out); !status)
                    return status;
            }
        }
        return success();
    }

private:
    static bool isTruthy(const QVariant& value) {
        switch (value.typeId()) {
            case QMetaType::Bool:
                return value.toBool();
            case QMetaType::QString:
                return !value.toString().isEmpty();
            case QMetaType::QVariantList:
                return !value.toList().isEmpty();
            case QMetaType::QVariantMap:
                return true;
            case QMetaType::Int:
                return value.toInt() != 0;
            default:
                return value.isValid() && !value.isNull();
        }
    }

    // User text goes into HTML: escape it, then keep its line breaks.
    static QString escape(const QString& text) {
        return text.toHtmlEscaped().replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"<br/>"_s);
    }

    // Innermost context first, so a list item's keys hide the document's; "a.b" walks into maps.
    Result<QVariant> lookup(const QString& key, const QList<QVariant>& stack) const {
        if (key == u"."_s)
            return stack.back();
        const QStringList parts = key.split(u'.');
        for (auto it = stack.crbegin(); it != stack.crend(); ++it) {
            if (it->typeId() != QMetaType::QVariantMap)
                continue;
            const QVariantMap map = it->toMap();
            if (!map.contains(parts.front()))
                continue;
            QVariant value = map.value(parts.front());
            for (qsizetype i = 1; i < parts.size(); ++i) {
                const QVariantMap inner = value.toMap();
                if (value.typeId() != QMetaType::QVariantMap || !inner.contains(parts[i])) {
                    return failure(u"Modèle %1 : champ inconnu « %2 »."_s.arg(m_name, key), key);
                }
                value = inner.value(parts[i]);
            }
            return value;
        }
        return failure(u"Modèle %1 : champ inconnu « %2 »."_s.arg(m_name, key), key);
    }

    QString m_name;
};

}  // namespace

Result<QString> renderTemplate(const QString& text, const QVariantMap& values, const QString& templateName) {
    const QString name = templateName.isEmpty() ? u"(sans nom)"_s : templateName;
    // French typography on the template's literal text (never its markup) and, in render(), on each value.
    const auto tree = parse(frenchTypographyHtml(text), name);
    if (!tree)
        return tree.error();
    QList<QVariant> stack{values};
    QString out;
    out.reserve(text.size() * 2);
    if (auto status = Renderer(name).render(*tree, stack, out); !status)
        return status.error();
    // QTextDocument's HTML reader turns every space character but U+00A0 into a plain space, as HTML
    // collapses white space: the narrow no-break space survives only where white space is preserved. Without
    // this, the PDF would show, and copy, « mineur ; » with an ordinary space (issue 12).
    static const QString narrow(QChar(0x202F));
    out.replace(narrow, u"<span style=\"white-space: pre\">"_s + narrow + u"</span>"_s);
    return out;
}

Result<QString> loadTemplate(const QString& name) {
    QFile file(u":/passerelle/templates/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(u"Modèle introuvable : %1."_s.arg(name), name, ErrorKind::NotFound);
    }
    return QString::fromUtf8(file.readAll());
}

}  // namespace passerelle::documents
