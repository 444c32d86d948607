#include "passerelle/ui/translations.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <cstring>
#include <memory>

namespace passerelle::ui {
namespace {

// Qt 6.4's lupdate does not understand nested namespace definitions (`namespace passerelle::ui {`): it
// records tr() strings under the bare class name ("MainWindow") while tr() asks for
// "passerelle::ui::MainWindow" at run time. Look the bare name up when the full one is not found.
class NamespaceBlindTranslator final : public QTranslator {
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override {
        QString translated = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!translated.isNull() || !context)
            return translated;
        const char* lastColon = std::strrchr(context, ':');
        return lastColon ? QTranslator::translate(lastColon + 1, sourceText, disambiguation, n) : translated;
    }
};

}  // namespace

bool installTranslations(const QLocale& locale) {
    const bool french = locale.language() == QLocale::French;
    // Parented to the application: they live as long as it does.
    if (french) {
        auto* qtTranslator = new QTranslator(qApp);
        if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qtTranslator);
        }
    }
    // Any other language gets the English source texts, with their plural forms from passerelle_en.
    auto appTranslator = std::make_unique<NamespaceBlindTranslator>();
    if (!appTranslator->load(french ? QStringLiteral("passerelle_fr") : QStringLiteral("passerelle_en"),
                             QStringLiteral(":/i18n"))) {
        return false;
    }
    appTranslator->setParent(qApp);
    return QCoreApplication::installTranslator(appTranslator.release());
}

}  // namespace passerelle::ui
