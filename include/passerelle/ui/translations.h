#pragma once

#include <QLocale>

namespace passerelle::ui {

// Installs Qt's own French strings and Passerelle's French translation when the locale is French; for any
// other locale, English: the source texts with their plural forms ("1 error", "2 errors"). Returns true when
// a Passerelle translation was installed.
bool installTranslations(const QLocale& locale = QLocale());

}  // namespace passerelle::ui
