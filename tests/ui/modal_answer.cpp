#include "modal_answer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTest>

#include <gtest/gtest.h>

namespace passerelle::test {

MessageBoxAnswer::MessageBoxAnswer(QString buttonText) : m_buttonText(std::move(buttonText)) {
    m_timer.setInterval(10);
    connect(&m_timer, &QTimer::timeout, this, &MessageBoxAnswer::poll);
    m_timer.start();
}

void MessageBoxAnswer::poll() {
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    if (box == nullptr || !box->isVisible())
        return;
    m_timer.stop();
    m_question = box->text();
    m_title = box->windowTitle();
    const QList<QAbstractButton*> buttons = box->buttons();
    for (QAbstractButton* button : buttons) {
        if (button->text().remove(QLatin1Char('&')) == m_buttonText) {
            m_answered = true;
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    ADD_FAILURE() << "no button " << m_buttonText.toStdString() << " in the box " << m_question.toStdString();
    box->reject();
}

ModalAction::ModalAction(std::function<void(QWidget*)> act) : m_act(std::move(act)) {
    m_timer.setInterval(10);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal == nullptr || !modal->isVisible())
            return;
        m_timer.stop();
        m_done = true;
        m_act(modal);
    });
    m_timer.start();
}

}  // namespace passerelle::test
