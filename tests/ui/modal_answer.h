#pragma once
// Answers the next modal QMessageBox the way a user does: by clicking one of its buttons. A QMessageBox runs
// its own event loop, so the click comes from a timer that waits for the box to show.

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace passerelle::test {

class MessageBoxAnswer final : public QObject {
public:
    // Clicks the button whose text (without '&') is `buttonText` in the next modal message box.
    explicit MessageBoxAnswer(QString buttonText);

    bool answered() const { return m_answered; }
    // The box's text and informative text, as the user read them.
    QString question() const { return m_question; }
    QString title() const { return m_title; }

private:
    void poll();

    QString m_buttonText;
    QTimer m_timer;
    bool m_answered = false;
    QString m_question;
    QString m_title;
};

// Runs `act` on the next modal dialog that shows (a dialog of ours: type into it, click its buttons).
class ModalAction final : public QObject {
public:
    explicit ModalAction(std::function<void(QWidget*)> act);
    bool done() const { return m_done; }

private:
    std::function<void(QWidget*)> m_act;
    QTimer m_timer;
    bool m_done = false;
};

}  // namespace passerelle::test
