#include "passerelle/ui/commands/value_change_command.h"

#include <utility>

namespace passerelle::ui {
namespace {

// QUndoStack only calls mergeWith between commands of the same id; the merge key then decides.
constexpr int valueChangeId = 0x5041;

}  // namespace

ValueChangeCommand::ValueChangeCommand(QString mergeKey, QVariant before, QVariant after, Setter setter,
                                       const QString& text)
    : m_mergeKey(std::move(mergeKey))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_setter(std::move(setter)) {
    setText(text);
}

void ValueChangeCommand::undo() {
    m_setter(m_before);
}

void ValueChangeCommand::redo() {
    m_setter(m_after);
}

int ValueChangeCommand::id() const {
    return valueChangeId;
}

bool ValueChangeCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const ValueChangeCommand*>(other);
    if (next == nullptr || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    // Typing a value and erasing it again leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

}  // namespace passerelle::ui
