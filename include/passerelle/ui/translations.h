#pragma once

#include <QLocale>

namespace passerelle::ui {

// Installs Qt's own French strings and Passerelle's translation when the locale is French; English (the
// source language) otherwise. Returns true when a Passerelle translation was installed.
bool installTranslations(const QLocale& locale = QLocale());

}  // namespace passerelle::ui
