#pragma once

#include "ProviderSites.h"
#include "api/ConnectionProfile.h"
#include "payments/FieldError.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace paydesk {
class SecretStore;
}

namespace paydesk::ui {

class FieldMessage;
class ProviderSiteTester;

/**
 * Settings' "Payment providers" tab: every provider site of the profile shown on the Connection
 * tab, in one list with a provider column — Payment Assist, Democrance, myKaarma in any mix,
 * several per site id — and one form for the site picked in it. The form's fields follow the
 * provider (API key or user name; myKaarma's dealer and department UUIDs). Each site has its own
 * secret (Payment Assist's API secret, the Democrance or myKaarma password): typed here, written
 * to the keychain by the dialog on OK (BoundSecret under ProviderSite::secretKey(), bound to the
 * origin of the site's address), never shown back.
 *
 * "Test connection" calls the provider's cheapest authenticated endpoint with the typed secret,
 * or the stored one when it belongs to the shown address (ProviderSiteTester, off the GUI
 * thread).
 */
class ProviderSitesForm : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        ProviderSite site;
        /// Typed in this session; written to the keychain on OK, never shown back.
        QByteArray typedSecret;
    };

    explicit ProviderSitesForm(QWidget* parent = nullptr);
    ~ProviderSitesForm() override;

    /// Shows `entries` of profile `profile`; `saved` are its sites as saved (whose secrets are in
    /// the keychain, bound to their origins).
    void setEntries(const ConnectionProfile& profile, const QList<Entry>& entries,
                    const QList<ProviderSite>& saved);
    QList<Entry> entries() const { return m_entries; }
    void setFieldsEnabled(bool enabled);

    /// Adds a site of `provider` (a ProviderId) and shows it.
    void addSite(const QString& provider);
    /// Removes the site shown.
    void removeShownSite();
    int siteCount() const { return int(m_entries.size()); }
    /// Shows site `row` (its fields, and its test's result cleared).
    void showSite(int row);
    int shownSite() const { return m_shown; }

    /// Shows `errors` of site `row` (plain text) under its form; empty clears.
    void showErrors(int row, const FieldErrors& errors);
    QString shownErrors() const;

    /// Tests the site shown against `profile`'s TLS rules: with its typed secret, else the one
    /// stored in `secrets` when it belongs to the site's address.
    void testShownSite(const ConnectionProfile& profile, SecretStore& secrets);
    QString testResult() const;

    /// Whether `entry` needs its secret typed: none was, and `saved` has no site of the same
    /// provider and id at the same origin (whose secret the keychain holds).
    static bool secretNeeded(const Entry& entry, const QList<ProviderSite>& saved);

Q_SIGNALS:
    /// The person asked to test the site shown (the dialog brings the profile up to date first).
    void testRequested();
    /// A test ended; testResult() says what works or what is wrong.
    void testFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateRow(int row);
    void updateFieldsForProvider();
    void fieldEdited();
    void setTestResult(bool ok, const QString& message);

    QList<Entry> m_entries;
    QList<ProviderSite> m_saved;
    QString m_defaultSiteId;
    int m_shown = -1;
    bool m_enabled = true;
    bool m_loading = false;

    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QToolButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QGroupBox* m_box = nullptr;
    QFormLayout* m_form = nullptr;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, QLineEdit*> m_fields;
    QPushButton* m_test = nullptr;
    QLabel* m_result = nullptr;
    FieldMessage* m_errors = nullptr;
    ProviderSiteTester* m_tester = nullptr;
};

} // namespace paydesk::ui
