#include "passerelle/ui/user_guide_dialog.h"

#include <QDialogButtonBox>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// Wide enough to read a screenshot, narrow enough for the dialog on a 1366 × 768 screen.
constexpr int imageWidth = 760;

}  // namespace

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent), m_browser(new QTextBrowser(this)) {
    setWindowTitle(tr("User Guide"));
    resize(900, 680);
    m_browser->setObjectName(u"guideBrowser"_s);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(u"qrc:/guide/user-guide.md"_s), QTextDocument::MarkdownResource);
    fitImages();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
}

void UserGuideDialog::fitImages() {
    QTextDocument* document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment part = fragment.fragment();
            if (!part.isValid() || !part.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = part.charFormat().toImageFormat();
            image.setWidth(imageWidth);
            QTextCursor cursor(document);
            cursor.setPosition(part.position());
            cursor.setPosition(part.position() + part.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

}  // namespace passerelle::ui
