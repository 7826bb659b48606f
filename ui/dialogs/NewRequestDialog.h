#pragma once

#include <QDialog>
#include <QList>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QVBoxLayout;

namespace paydesk::ui {

/**
 * The first step of "New request" when the profile has more than one provider: the site, then —
 * only when that site has more than one provider — which one (Keyloop payment request, Payment
 * Assist finance, Democrance policy payment link, myKaarma prepayment). The provider's own
 * dialog follows, for that site. With one provider in the whole profile this step is skipped
 * (needed()).
 */
class NewRequestDialog : public QDialog
{
    Q_OBJECT

public:
    /// One provider at one site.
    struct Option
    {
        QString siteId;
        QString siteName;
        /// ProviderId.
        QString provider;
        friend bool operator==(const Option&, const Option&) = default;
    };

    explicit NewRequestDialog(const QList<Option>& options, QWidget* parent = nullptr);
    ~NewRequestDialog() override;

    /// Whether a choice is needed: `options` name more than one provider.
    static bool needed(const QList<Option>& options);
    /// The site and provider chosen (valid after accept, and while open).
    Option chosen() const;
    /// Whether the provider choice is shown now (the chosen site has more than one).
    bool providerChoiceShown() const;
    /// The providers offered for the site shown, in order.
    QStringList providersShown() const;
    /// Picks `provider` for the site shown (as clicking its button does).
    void chooseProvider(const QString& provider);
    /// Picks site `siteId`.
    void chooseSite(const QString& siteId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showSite();
    void retranslateUi();
    QString describe(const QString& provider) const;

    QList<Option> m_options;
    QStringList m_siteIds;
    QLabel* m_siteLabel = nullptr;
    QComboBox* m_site = nullptr;
    QGroupBox* m_providers = nullptr;
    QVBoxLayout* m_providerLayout = nullptr;
    QButtonGroup* m_group = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace paydesk::ui
