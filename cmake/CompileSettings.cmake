# One INTERFACE target carries the settings every Passerelle target shares, so no directory-wide flags are needed.
add_library(passerelle_settings INTERFACE)
add_library(Passerelle::settings ALIAS passerelle_settings)

target_compile_features(passerelle_settings INTERFACE cxx_std_20)
target_compile_definitions(passerelle_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS  # signals/slots/emit clash with domain names (a measure has `slots`): use Q_SIGNALS, Q_SLOTS, Q_EMIT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    PASSERELLE_VERSION="${PROJECT_VERSION}")
target_compile_options(passerelle_settings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic
    # Designated initializers that leave members at their defaults are idiomatic C++20, not a mistake.
    -Wno-missing-field-initializers>)

option(PASSERELLE_WARNINGS_AS_ERRORS "Treat warnings in Passerelle's own code as errors" OFF)
if(PASSERELLE_WARNINGS_AS_ERRORS)
    target_compile_options(passerelle_settings INTERFACE $<$<CXX_COMPILER_ID:GNU,Clang>:-Werror>)
endif()

option(PASSERELLE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(PASSERELLE_SANITIZE)
    target_compile_options(passerelle_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(passerelle_settings INTERFACE -fsanitize=address,undefined)
endif()
