#pragma once
// Answers the next modal QMessageBox the way a user does: by clicking one of its buttons. A QMessageBox runs
// its own event loop, so the click comes from a timer that waits for the box to show.

#include <QObject>
#include <QString>
#include <QTimer>

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

}  // namespace passerelle::test
