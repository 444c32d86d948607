#pragma once

#include <QString>
#include <QUndoCommand>
#include <QVariant>

#include <functional>

namespace passerelle::ui {

// One edit of one editor field: redo applies the new value, undo the old one, both through the editor's
// setter so that the widget and the record change together. Consecutive edits of the same field (each
// keystroke of a time or a text) merge into a single undo step, as users expect from Ctrl+Z.
class ValueChangeCommand final : public QUndoCommand {
public:
    using Setter = std::function<void(const QVariant&)>;

    // `mergeKey` names the edited widget: only commands with the same key merge. `text` is the undo label.
    ValueChangeCommand(QString mergeKey, QVariant before, QVariant after, Setter setter, const QString& text);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const QString& mergeKey() const { return m_mergeKey; }
    const QVariant& before() const { return m_before; }
    const QVariant& after() const { return m_after; }

private:
    QString m_mergeKey;
    QVariant m_before;
    QVariant m_after;
    Setter m_setter;
};

}  // namespace passerelle::ui
