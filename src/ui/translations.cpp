#include "passerelle/ui/translations.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace passerelle::ui {

bool installTranslations(const QLocale& locale) {
    if (locale.language() != QLocale::French) return false;
    // Parented to the application: they live as long as it does.
    auto* qtTranslator = new QTranslator(qApp);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto* appTranslator = new QTranslator(qApp);
    if (!appTranslator->load(locale, QStringLiteral("passerelle"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        return false;
    }
    return QCoreApplication::installTranslator(appTranslator);
}

}  // namespace passerelle::ui
