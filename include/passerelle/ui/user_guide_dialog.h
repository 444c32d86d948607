#pragma once

#include <QDialog>

class QTextBrowser;

namespace passerelle::ui {

// Aide › Guide d'utilisation: docs/user-guide.md and its screenshots, compiled into the program so that the
// guide is there on a PC without the source tree or a network. The guide is written in French only.
class UserGuideDialog final : public QDialog {
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

private:
    // Screenshots are taken at 1366 px wide; they are shown at the browser's width instead.
    void fitImages();

    QTextBrowser* m_browser = nullptr;
};

}  // namespace passerelle::ui
