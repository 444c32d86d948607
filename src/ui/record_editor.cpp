#include "passerelle/ui/record_editor.h"

#include "input_bounds.h"
#include "passerelle/ui/app_settings.h"
#include "passerelle/ui/commands/value_change_command.h"
#include "passerelle/ui/findings_panel.h"
#include "passerelle/ui/record_documents_dialog.h"
#include "passerelle/ui/typed_field.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTabWidget>
#include <QToolButton>

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// When `widget` is (inside) a widget set in a cell of an item view (a date in a table row), makes that cell
// the view's current one and scrolls to it: the row is then seen selected, whichever row the user was on.
// A table holds a few hundred rows at most, so looking for the cell row by row is enough.
void showCellOf(QWidget* widget) {
    for (QWidget* cell = widget; cell != nullptr; cell = cell->parentWidget()) {
        QWidget* viewport = cell->parentWidget();
        auto* view = viewport ? qobject_cast<QAbstractItemView*>(viewport->parentWidget()) : nullptr;
        if (view == nullptr || view->viewport() != viewport || view->model() == nullptr)
            continue;
        const QAbstractItemModel* model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                if (view->indexWidget(index) == cell) {
                    view->setCurrentIndex(index);
                    view->scrollTo(index);
                    return;
                }
            }
        }
        return;
    }
}

}  // namespace

RecordEditorDialog::RecordEditorDialog(QWidget* parent) : QDialog(parent) {}

// Destroying the undo stack clears it, which signals cleanChanged; by then the subclass that answers
// titleText() is gone, so the stack must stop talking to this dialog first.
RecordEditorDialog::~RecordEditorDialog() {
    m_undo.disconnect(this);
}

void RecordEditorDialog::setUpEditorChrome(QToolButton* undoButton, QToolButton* redoButton,
                                           QLabel* stateLabel, QDialogButtonBox* buttons, QTabWidget* tabs) {
    m_stateLabel = stateLabel;
    m_tabs = tabs;
    // Called once the form is built: no field can then hold a text the exchange format would refuse.
    boundTextInput(this);
    elideLongChoices(this);
    // "Undo change", never a bare "Undo": in French that is « Annuler », the word of closing without saving.
    QAction* undo = m_undo.createUndoAction(this, tr("Undo change"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo.createRedoAction(this, tr("Redo change"));
    // Ctrl+Y as well as the platform's redo keys, once: a key bound twice to one action is "ambiguous".
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    addAction(undo);
    addAction(redo);
    if (undoButton)
        undoButton->setDefaultAction(undo);
    if (redoButton)
        redoButton->setDefaultAction(redo);
    connect(&m_undo, &QUndoStack::cleanChanged, this, &RecordEditorDialog::updateTitle);
    if (buttons) {
        if (QPushButton* saveButton = buttons->button(QDialogButtonBox::Save)) {
            saveButton->setText(tr("Save"));
            connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
            // Ctrl+S saves at once: a button's own shortcut animates a click and saves ~100 ms later, so a
            // Ctrl+S followed at once by Escape met the "unsaved changes" question.
            auto* saveAction = new QAction(this);
            saveAction->setShortcut(QKeySequence::Save);
            connect(saveAction, &QAction::triggered, this, [this] { save(); });
            addAction(saveAction);
            saveButton->setToolTip(saveAction->shortcut().toString(QKeySequence::NativeText));
        }
        // « Fermer », never « Annuler », which undoing a change already says.
        if (QPushButton* closeButton = buttons->button(QDialogButtonBox::Close))
            closeButton->setText(tr("Close"));
        connect(buttons, &QDialogButtonBox::rejected, this, &RecordEditorDialog::reject);
    }
    removeDefaultButtons();
}

void RecordEditorDialog::removeDefaultButtons() {
    for (QPushButton* button : findChildren<QPushButton*>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
}

void RecordEditorDialog::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

// The button box makes its Save button the default one as it shows; and buttons added since set up
// (Documents…) are autoDefault as every push button of a dialog is.
void RecordEditorDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    removeDefaultButtons();
}

void RecordEditorDialog::edit(const QString& key, const QVariant& before, const QVariant& after,
                              std::function<void(const QVariant&)> apply) {
    if (m_showing || before == after)
        return;
    m_undo.push(new ValueChangeCommand(
        key, before, after,
        [this, apply = std::move(apply)](const QVariant& value) {
            apply(value);
            refresh();
            updateTitle();
        },
        // No command text: the undo button then reads "Undo change" and nothing more.
        QString()));
}

void RecordEditorDialog::resetHistory() {
    m_undo.clear();
    for (TypedField* field : findChildren<TypedField*>())
        field->discardTyping();
    updateTitle();
}

void RecordEditorDialog::showing(const std::function<void()>& fill) {
    const QScopedValueRollback rollback(m_showing, true);
    fill();
}

void RecordEditorDialog::updateTitle() {
    setWindowTitle(titleText() + u"[*]"_s);
    setWindowModified(isModified());
    if (m_stateLabel)
        m_stateLabel->setText(isModified() ? tr("Unsaved changes") : QString());
}

bool RecordEditorDialog::ask(Question question, const QString& text) {
    if (m_asker)
        return m_asker(question, text);
    switch (question) {
        case Question::SaveAsDraft:
            return QMessageBox::question(this, tr("Save as draft"), text) == QMessageBox::Yes;
        case Question::ReloadTheirs: {
            QMessageBox box(QMessageBox::Warning, tr("Changed elsewhere"), text, QMessageBox::NoButton, this);
            QPushButton* reloadButton =
                box.addButton(tr("Reload their version"), QMessageBox::DestructiveRole);
            box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
            box.exec();
            return box.clickedButton() == reloadButton;
        }
        case Question::DiscardChanges: {
            // The buttons say what they do: "Cancel" would not say whether the changes or the closing is.
            QMessageBox box(QMessageBox::Question, tr("Unsaved changes"), text, QMessageBox::NoButton, this);
            QPushButton* discard = box.addButton(tr("Close without saving"), QMessageBox::DestructiveRole);
            QPushButton* keep = box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
            box.setDefaultButton(keep);
            box.exec();
            return box.clickedButton() == discard;
        }
        case Question::SaveFailed:
            QMessageBox::warning(this, tr("Not saved"), text);
            return false;
        case Question::Confirm:
            return QMessageBox::question(this, tr("Confirm"), text) == QMessageBox::Yes;
    }
    return false;
}

bool RecordEditorDialog::save() {
    if (TypedField* field = firstFieldWithProblem(this)) {
        field->showProblem();
        focusWidget(field);
        ask(Question::SaveFailed, tr("This record was not saved. %1").arg(fieldProblemMessage(field)));
        focusWidget(field);
        return false;
    }
    const QString question = draftQuestion();
    if (!question.isEmpty()) {
        if (!ask(Question::SaveAsDraft, question))
            return false;
        makeDraft();
    }
    const Status written = writeRecord();
    if (!written) {
        if (written.error().kind == ErrorKind::Conflict) {
            const QString text =
                tr("Someone else saved this record after you opened it. Reload their "
                   "version (your changes are lost) or keep editing (nothing is saved)?");
            if (ask(Question::ReloadTheirs, text))
                reload(recordId());
        } else {
            ask(Question::SaveFailed, tr("The record could not be saved: %1").arg(written.error().message));
        }
        return false;
    }
    m_undo.setClean();
    refresh();
    updateTitle();
    Q_EMIT saved(recordId());
    return true;
}

void RecordEditorDialog::reject() {
    if (isModified() &&
        !ask(Question::DiscardChanges, tr("This record has unsaved changes. Close without saving them?")))
        return;
    QDialog::reject();
}

void RecordEditorDialog::enableDocuments(storage::ArchivedKind kind, const QDate& today,
                                         QDialogButtonBox* buttons, storage::Database& database) {
    m_documentsKind = kind;
    m_documentsToday = today;
    m_documentsDatabase = &database;
    QPushButton* documents = buttons->addButton(tr("&Documents…"), QDialogButtonBox::ActionRole);
    documents->setObjectName(u"documentsButton"_s);
    documents->setAutoDefault(false);
    documents->setToolTip(tr("Preview, print, issue and sign this record's documents"));
    connect(documents, &QPushButton::clicked, this, [this] { openDocuments(); });
}

bool RecordEditorDialog::openDocuments() {
    if (!m_documentsKind || m_documentsDatabase == nullptr)
        return false;
    if (isModified() || recordId().isEmpty()) {
        if (!ask(Question::Confirm, tr("Documents are made from the saved record. Save your changes now and "
                                       "open the documents?")))
            return false;
        if (!save())
            return false;
    }
    const AppSettings settings = AppSettings::load();
    RecordDocumentsDialog dialog(*m_documentsDatabase, storage::RecordRef{*m_documentsKind, recordId()},
                                 m_documentsToday, settings.ruleSettings(), this,
                                 settings.letterheadLogoImage());
    if (!dialog.loadError().isEmpty()) {
        ask(Question::SaveFailed, dialog.loadError());
        return false;
    }
    dialog.exec();
    return true;
}

QWidget* RecordEditorDialog::widgetForField(const QString& field) const {
    const QHash<QString, QWidget*> widgets = fieldWidgets();
    QString key = field;
    while (!key.isEmpty()) {
        if (QWidget* widget = dynamicFieldWidget(key))
            return widget;
        if (QWidget* widget = widgets.value(key))
            return widget;
        const qsizetype dot = key.lastIndexOf(u'.');
        key = dot < 0 ? QString() : key.left(dot);
    }
    return nullptr;
}

const rules::Findings& RecordEditorDialog::findings() const {
    static const rules::Findings none;
    return m_findingsPanel ? m_findingsPanel->findings() : none;
}

void RecordEditorDialog::addFindingsPanel(QLayout* layout) {
    m_findingsPanel = new FindingsPanel(this);
    layout->addWidget(m_findingsPanel);
    connect(m_findingsPanel, &FindingsPanel::fieldActivated, this, &RecordEditorDialog::focusField);
}

void RecordEditorDialog::focusField(const QString& field) {
    revealField(field);
    if (QWidget* widget = widgetForField(field))
        focusWidget(widget);
}

void RecordEditorDialog::focusWidget(QWidget* widget) {
    for (QWidget* ancestor = widget; m_tabs && ancestor != nullptr; ancestor = ancestor->parentWidget()) {
        const int tab = m_tabs->indexOf(ancestor);
        if (tab >= 0) {
            m_tabs->setCurrentIndex(tab);
            break;
        }
    }
    // After the tab, which must be shown for the table to scroll.
    showCellOf(widget);
    widget->setFocus(Qt::OtherFocusReason);
}

}  // namespace passerelle::ui
