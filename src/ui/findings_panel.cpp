#include "passerelle/ui/findings_panel.h"

#include <QStyle>
#include <QVBoxLayout>

namespace passerelle::ui {
namespace {

using namespace Qt::Literals::StringLiterals;

QIcon iconFor(const QStyle* style, rules::Severity severity) {
    switch (severity) {
        case rules::Severity::Error:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case rules::Severity::Warning:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case rules::Severity::Info:
            break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

}  // namespace

// Two widgets in a column: simpler in code than in a form.
FindingsPanel::FindingsPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"findingsList"_s);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    // A click or Enter both lead to the field: a CPE reading the list should not need a double-click.
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { Q_EMIT fieldActivated(item->data(FieldRole).toString()); });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT fieldActivated(item->data(FieldRole).toString()); });
    setFindings({});
}

void FindingsPanel::setFindings(const rules::Findings& findings) {
    if (m_shown && findings == m_findings)
        return;  // most keystrokes change no finding
    m_shown = true;
    m_findings = findings;
    m_list->clear();
    int errors = 0;
    for (const rules::Finding& finding : findings) {
        if (finding.severity == rules::Severity::Error)
            ++errors;
        auto* item = new QListWidgetItem(iconFor(style(), finding.severity), finding.message, m_list);
        item->setData(FieldRole, finding.field);
        item->setData(RuleRole, finding.rule);
        item->setData(SeverityRole, static_cast<int>(finding.severity));
        item->setToolTip(finding.reference.isEmpty() ? finding.rule
                                                     : u"%1 — %2"_s.arg(finding.rule, finding.reference));
    }
    if (findings.isEmpty())
        m_summary->setText(tr("The rules find nothing to report."));
    else
        m_summary->setText(tr("%n error(s)", nullptr, errors) + u", "_s +
                           tr("%n other finding(s)", nullptr, static_cast<int>(findings.size()) - errors));
}

QStringList FindingsPanel::ruleIds() const {
    QStringList ids;
    for (const rules::Finding& finding : m_findings)
        ids << finding.rule;
    return ids;
}

}  // namespace passerelle::ui
