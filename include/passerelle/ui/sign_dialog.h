#pragma once

#include "passerelle/documents/signing.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SignDialog;
}

namespace passerelle::ui {

// Asks for the certificate that signs an issued document: a PKCS#12 file and its password, or a
// certificate of an NSS database and its nickname. The password is only ever in memory: it is taken out of
// the line edit by takeRequest() and cleared on close; it is never written to a log or a setting.
class SignDialog final : public QDialog {
    Q_OBJECT

public:
    explicit SignDialog(const QString& documentLabel, QWidget* parent = nullptr);
    ~SignDialog() override;

    // The request for signPdf (without its input and output paths), the password moved out of the form.
    documents::SignRequest takeRequest();
    // Why the form cannot be used yet, naming the field; empty when it can.
    QString problem() const;

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

private:
    void updateMode();

    std::unique_ptr<Ui::SignDialog> m_ui;
};

}  // namespace passerelle::ui
