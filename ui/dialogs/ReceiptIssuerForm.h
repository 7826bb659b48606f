#pragma once

#include "api/ConnectionProfile.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace paydesk::ui {

/**
 * Settings' "Receipts" tab: who issues a connection profile's receipts where the platform's
 * store details say nothing — the dealership's name, address, VAT number and an optional logo
 * file. Shows and edits one profile at a time (the one picked on the Connection tab).
 */
class ReceiptIssuerForm : public QWidget
{
    Q_OBJECT

public:
    explicit ReceiptIssuerForm(QWidget* parent = nullptr);

    /// Shows `profile`'s receipt details (and names the profile).
    void setProfile(const ConnectionProfile& profile);
    /// Writes what is shown into `profile`'s receipt fields; nothing else of it changes.
    void applyTo(ConnectionProfile& profile) const;
    void setFieldsEnabled(bool enabled);

    QLineEdit* dealerNameEdit() const { return m_name; }
    QPlainTextEdit* addressEdit() const { return m_address; }
    QLineEdit* vatNumberEdit() const { return m_vat; }
    QLineEdit* logoFileEdit() const { return m_logo; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void chooseLogo();

    QString m_profileName;
    QLabel* m_intro = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_addressLabel = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLabel* m_vatLabel = nullptr;
    QLineEdit* m_vat = nullptr;
    QLabel* m_logoLabel = nullptr;
    QLineEdit* m_logo = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_clearLogo = nullptr;
};

} // namespace paydesk::ui
