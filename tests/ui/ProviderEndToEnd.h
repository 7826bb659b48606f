#pragma once
// Shared by the Democrance and myKaarma end-to-end tests: the in-process sandbox, a SyncSession
// whose profile has the provider's site (its password in a MemorySecretStore, bound to the site's
// origin, as the keychain keeps it), the real MainWindow offscreen, the new-request chooser
// driven with QTest, and the customer's browser on the emulation's pay page over loopback.
#include "DialogTestSupport.h"
#include "MainWindow.h"
#include "Sandbox.h"
#include "dialogs/NewRequestDialog.h"
#include "models/PaymentTableModel.h"
#include "platform/PlatformState.h"
#include "secrets/BoundSecret.h"
#include "secrets/MemorySecretStore.h"
#include "store/PaymentStore.h"
#include "sync/SyncSession.h"
#include "widgets/ProviderDetails.h"

#include <QAction>
#include <QApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace paydesk::ui::test {

class ProviderEndToEndFixture : public ::testing::Test
{
protected:
    /// The site (first store of the enterprise) the provider's payments belong to.
    QString siteId() const { return m_siteId; }

    /// Starts the sandbox and the session; `addSite` puts the provider's site into the profile
    /// and answers {keychain key, origin, password} of its secret.
    void start(const std::function<std::tuple<QString, QString, QByteArray>(ConnectionProfile&)>& addSite)
    {
        ASSERT_TRUE(m_dir.isValid());
        sandbox::SandboxOptions options;
        options.seedCount = 10;
        options.scenario = QStringLiteral("off");
        m_sandbox = std::make_unique<sandbox::Sandbox>(options);
        auto started = m_sandbox->start();
        ASSERT_TRUE(started.ok()) << started.error().toStdString();

        SyncSession::Config config;
        config.profile.name = QStringLiteral("providers");
        config.profile.baseUrl = m_sandbox->baseUrl();
        config.profile.localTestPlatform = true;
        config.profile.clientId = m_sandbox->clientId();
        const auto stores = m_sandbox->state().stores();
        ASSERT_FALSE(stores.isEmpty());
        config.profile.enterpriseId = stores.first().enterpriseId;
        for (const auto& s : stores)
            if (s.enterpriseId == config.profile.enterpriseId)
                config.profile.storeIds << s.storeId;
        m_siteId = config.profile.storeIds.first();
        const auto [key, origin, password] = addSite(config.profile);
        config.cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
        config.user = QStringLiteral("tester");
        int written = 0;
        m_secrets.write(config.profile.clientSecretKey(), m_sandbox->clientSecret().toUtf8(), &m_secrets,
                        [&](SecretStore::DoneResult r) { written += r.ok(); });
        BoundSecret::write(m_secrets, key, {origin, password}, &m_secrets,
                           [&](SecretStore::DoneResult r) { written += r.ok(); });
        ASSERT_TRUE(QTest::qWaitFor([&] { return written == 2; }, 2000));

        m_session = std::make_unique<SyncSession>(config, m_secrets);
        auto opened = m_session->open();
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        m_window = std::make_unique<MainWindow>(m_session->store());
        m_window->setSession(m_session.get());
        m_window->resize(1360, 860);
        m_window->show();
        m_session->start();
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_session->isSynced(); }, 20000));
    }

    void TearDown() override
    {
        m_window.reset();
        m_session.reset();
        m_sandbox.reset();
    }

    /// The sandbox URL of `path` (a path under its base URL).
    QUrl sandboxUrl(const QString& path) const
    {
        QUrl url = m_sandbox->baseUrl();
        url.setPath(path);
        return url;
    }

    /// "New request" as the dealer does it: the chooser asks the site and provider
    /// (clicked), then `fill` runs on the provider's own dialog of type T, which is then accepted
    /// with its OK button. Returns whether both dialogs were filled and closed.
    template<typename T>
    bool raiseRequest(const QString& provider, std::function<void(T*)> fill)
    {
        bool chosen = false;
        bool filled = false;
        QTimer::singleShot(0, m_window.get(), [&] {
            if (!QTest::qWaitFor(
                    [] { return qobject_cast<NewRequestDialog*>(QApplication::activeModalWidget()); },
                    3000)) {
                ADD_FAILURE() << "the chooser did not open";
                return;
            }
            auto* chooser = qobject_cast<NewRequestDialog*>(QApplication::activeModalWidget());
            chooser->chooseSite(m_siteId);
            EXPECT_TRUE(chooser->providerChoiceShown());
            auto* radio = chooser->findChild<QRadioButton*>(QStringLiteral("provider.") + provider);
            if (!radio) {
                ADD_FAILURE() << "no choice for " << provider.toStdString();
                chooser->reject();
                return;
            }
            QTest::mouseClick(radio, Qt::LeftButton);
            EXPECT_EQ(chooser->chosen().provider, provider);
            clickAccept(*chooser);
            chosen = !chooser->isVisible();
            // The provider's dialog opens once the chooser's exec() has returned.
            QTimer::singleShot(0, m_window.get(), [&] {
                if (!QTest::qWaitFor([] { return qobject_cast<T*>(QApplication::activeModalWidget()); },
                                     3000)) {
                    ADD_FAILURE() << "the provider's dialog did not open";
                    return;
                }
                auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
                // Typed into as a person does: the dialog has the keyboard (Tab leaves a field).
                dialog->activateWindow();
                EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
                fill(dialog);
                clickAccept(*dialog);
                filled = !dialog->isVisible();
                if (dialog->isVisible()) {
                    ADD_FAILURE() << "the dialog refused the request";
                    dialog->reject();
                }
            });
        });
        m_window->initiateAction()->trigger();
        return chosen && filled;
    }

    /// Shows the payment's row (past the "new — show" bar) and selects it.
    bool showAndSelect(const QString& paymentId)
    {
        if (!QTest::qWaitFor(
                [&] {
                    m_window->showHeldRows();
                    return m_window->model()->rowOfPaymentId(paymentId) >= 0;
                },
                10000))
            return false;
        return m_window->selectPayment(paymentId);
    }

    /// The status code of the payment's row (-1 when it has none).
    int rowStatus(const QString& paymentId) const
    {
        const int row = m_window->model()->rowOfPaymentId(paymentId);
        return row < 0 ? -1
                       : m_window->model()->index(row, 0).data(PaymentTableModel::StatusCodeRole).toInt();
    }
    /// The status text the row shows.
    QString rowStatusText(const QString& paymentId) const
    {
        const int row = m_window->model()->rowOfPaymentId(paymentId);
        return row < 0 ? QString()
                       : m_window->model()->index(row, PaymentTableModel::StatusColumn).data().toString();
    }

    /// The customer's browser: `method` on `url` (a form body for POST), redirects followed as a
    /// browser follows them. Answers the final HTTP status (0: no answer within 10 s).
    int browse(const QByteArray& method, const QUrl& url, const QByteArray& form = {})
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(10000);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        if (method == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArray("application/x-www-form-urlencoded"));
        m_browser.setProxy(QNetworkProxy::NoProxy);
        QNetworkReply* reply = m_browser.sendCustomRequest(request, method, form);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(12000))
            return 0;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    /// Clicks the provider part's "Check status now" and waits for its answer.
    bool checkNow(ProviderDetails* details)
    {
        QPushButton* check = details->button(QStringLiteral("checkNow"));
        if (!check || !check->isVisible() || !check->isEnabled())
            return false;
        QTest::mouseClick(check, Qt::LeftButton);
        return QTest::qWaitFor(
            [&] { return details->messageText().startsWith(QStringLiteral("Checked with")); }, 15000);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    MemorySecretStore m_secrets;
    std::unique_ptr<SyncSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QNetworkAccessManager m_browser;
    QString m_siteId;
};

} // namespace paydesk::ui::test
