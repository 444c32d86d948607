#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace passerelle {

// A failure a user can read: the message says what went wrong, `field` names the field (or exchange key, or
// file line) it concerns so that a form can highlight it.
enum class ErrorKind {
    Invalid,   // the input is wrong: a field, a key, a line
    NotFound,  // no record with that id
    Conflict,  // the record changed since it was loaded (revision check): never overwrite silently
    Io,        // the database or a file could not be read or written
};

struct Error {
    QString message;
    QString field;
    ErrorKind kind = ErrorKind::Invalid;
};

// std::expected is C++23; this is the small subset the project needs, so results never use sentinel values.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::move(value)) {}  // NOLINT(google-explicit-constructor): natural `return value;`
    Result(Error error) : m_state(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

struct Success {};

// For operations that return nothing on success.
using Status = Result<Success>;

inline Status success() {
    return Success{};
}
inline Error failure(QString message, QString field = {}, ErrorKind kind = ErrorKind::Invalid) {
    return Error{std::move(message), std::move(field), kind};
}

}  // namespace passerelle
