#pragma once
// The English source texts, whatever translation an earlier test of the same run left installed (the user
// guide's test installs the French one, then the English plural forms on top, which leave every other
// string French). A test comparing English texts holds one of these for its duration.

#include "passerelle/ui/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace passerelle::test {

class EnglishSourceTexts final : public QTranslator {
public:
    EnglishSourceTexts() { QCoreApplication::installTranslator(this); }
    ~EnglishSourceTexts() override { QCoreApplication::removeTranslator(this); }
    EnglishSourceTexts(const EnglishSourceTexts&) = delete;
    EnglishSourceTexts& operator=(const EnglishSourceTexts&) = delete;

    bool isEmpty() const override { return false; }
    QString translate(const char* /*context*/, const char* sourceText, const char* /*disambiguation*/,
                      int /*n*/) const override {
        return QString::fromUtf8(sourceText);
    }
};

// Takes out every translation ui::installTranslations put in (they are children of the application), then
// installs the English plural forms: what a test that switched to French leaves for the next ones.
inline void backToEnglish() {
    for (QTranslator* translator : qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    ui::installTranslations(QLocale(QLocale::English));
}

}  // namespace passerelle::test
