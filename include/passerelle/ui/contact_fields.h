#pragma once
// Phone, e-mail and UAI fields that check what is typed (issue 11): a phone field refuses letters and '@'
// as they are typed, an e-mail field refuses spaces and a second '@'; what is incomplete when the user leaves
// the field (an e-mail without a domain, three digits of a phone, a UAI without its letter) turns red with
// the reason as tooltip. Nothing is rewritten behind the user's back.

class QLabel;
class QLineEdit;

namespace passerelle::ui {

void checkPhone(QLineEdit* edit);
void checkEmail(QLineEdit* edit);
// `reason` (may be null) shows why the UAI is not one; it keeps its width when empty, so the form does not
// move as the user types.
void checkUai(QLineEdit* edit, QLabel* reason);
// For a table cell's editor, where leaving must always be possible: only refuses what cannot be in a phone
// number (letters, '@') or an e-mail address (spaces, a second '@') as it is typed.
void refuseNonPhoneTyping(QLineEdit* edit);
void refuseNonEmailTyping(QLineEdit* edit);
// Marks the field now if what it holds is incomplete (as leaving it does); true when it is fine or empty.
bool showIfIncomplete(QLineEdit* edit);

}  // namespace passerelle::ui
