#include "passerelle/ui/contact_fields.h"

#include "passerelle/domain/organisation.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QValidator>

#include <algorithm>

namespace passerelle::ui {
namespace {

using namespace Qt::Literals::StringLiterals;

class ContactFields {
    Q_DECLARE_TR_FUNCTIONS(ContactFields)
};

// Digits and the separators people write between them: "01 23 45 67 89", "+33 (0)1.23.45.67.89".
class PhoneValidator final : public QValidator {
public:
    using QValidator::QValidator;
    State validate(QString& input, int& /*pos*/) const override {
        static const QRegularExpression allowed(u"^[0-9+().\\- ]*$"_s);
        if (!allowed.match(input).hasMatch())
            return Invalid;
        const auto digits = std::count_if(input.cbegin(), input.cend(), [](QChar c) { return c.isDigit(); });
        return input.trimmed().isEmpty() || digits >= 4 ? Acceptable : Intermediate;
    }
};

class EmailValidator final : public QValidator {
public:
    using QValidator::QValidator;
    State validate(QString& input, int& /*pos*/) const override {
        if (input.contains(u' ') || input.count(u'@') > 1)
            return Invalid;
        static const QRegularExpression complete(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
        return input.isEmpty() || complete.match(input).hasMatch() ? Acceptable : Intermediate;
    }
};

// Seven digits then a letter, typed in that order; the letter may be typed in lower case.
class UaiValidator final : public QValidator {
public:
    using QValidator::QValidator;
    State validate(QString& input, int& /*pos*/) const override {
        input = input.toUpper();
        static const QRegularExpression prefix(u"^[0-9]{0,7}$|^[0-9]{7}[A-Z]$"_s);
        if (!prefix.match(input).hasMatch())
            return Invalid;
        return input.isEmpty() || isWellFormedUai(input) ? Acceptable : Intermediate;
    }
};

// Red text, a warning sign in the field and the reason as its tooltip (and in `reasonLabel`) once the user
// leaves an incomplete field; back to normal as they type. Leaving is watched as a focus change because
// QLineEdit does not say editingFinished for a text its validator finds incomplete.
class IncompleteMarker final : public QObject {
public:
    IncompleteMarker(QLineEdit* edit, QString reason, QLabel* reasonLabel)
        : QObject(edit), m_edit(edit), m_reason(std::move(reason)), m_reasonLabel(reasonLabel) {
        m_warning = edit->addAction(edit->style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                    QLineEdit::TrailingPosition);
        m_warning->setToolTip(m_reason);
        m_warning->setVisible(false);
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::textEdited, this, [this] { show(false); });
        if (m_reasonLabel) {
            QPalette palette = m_reasonLabel->palette();
            palette.setColor(QPalette::WindowText, Qt::red);
            m_reasonLabel->setPalette(palette);
            // Room for the reason from the start: the row does not move when it appears.
            m_reasonLabel->setMinimumWidth(m_reasonLabel->fontMetrics().horizontalAdvance(m_reason) + 8);
        }
    }

    bool check() {
        const bool wrong = !m_edit->text().isEmpty() && !m_edit->hasAcceptableInput();
        show(wrong);
        return !wrong;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_edit && event->type() == QEvent::FocusOut)
            check();
        return false;
    }

private:
    void show(bool wrong) {
        QPalette palette = m_edit->palette();
        palette.setColor(QPalette::Text,
                         wrong ? QColor(Qt::red) : QApplication::palette().color(QPalette::Text));
        m_edit->setPalette(palette);
        m_edit->setToolTip(wrong ? m_reason : QString());
        m_warning->setVisible(wrong);
        if (m_reasonLabel)
            m_reasonLabel->setText(wrong ? m_reason : QString());
    }

    QLineEdit* m_edit;
    QString m_reason;
    QLabel* m_reasonLabel;
    QAction* m_warning = nullptr;
};

}  // namespace

void checkPhone(QLineEdit* edit) {
    edit->setValidator(new PhoneValidator(edit));
    edit->setMaxLength(30);
    new IncompleteMarker(edit, ContactFields::tr("A phone number: digits, spaces, + . - ( )"), nullptr);
}

void checkEmail(QLineEdit* edit) {
    edit->setValidator(new EmailValidator(edit));
    new IncompleteMarker(edit, ContactFields::tr("An e-mail address such as name@example.fr"), nullptr);
}

void checkUai(QLineEdit* edit, QLabel* reason) {
    edit->setValidator(new UaiValidator(edit));
    edit->setMaxLength(8);
    new IncompleteMarker(edit, ContactFields::tr("Seven digits and a letter"), reason);
}

}  // namespace passerelle::ui

namespace passerelle::ui {

void refuseNonPhoneTyping(QLineEdit* edit) {
    static const QRegularExpression phone(u"[0-9+().\\- ]*"_s);
    edit->setValidator(new QRegularExpressionValidator(phone, edit));
}

void refuseNonEmailTyping(QLineEdit* edit) {
    static const QRegularExpression email(u"[^\\s@]*@?[^\\s@]*"_s);
    edit->setValidator(new QRegularExpressionValidator(email, edit));
}

bool showIfIncomplete(QLineEdit* edit) {
    for (QObject* child : edit->children()) {
        if (auto* marker = dynamic_cast<IncompleteMarker*>(child))
            return marker->check();
    }
    return true;
}

}  // namespace passerelle::ui
