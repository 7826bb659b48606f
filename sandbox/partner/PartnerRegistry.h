#pragma once

#include "RegisteredPartner.h"
#include "SandboxComponent.h"
#include "util/Result.h"

#include <QObject>

#include <optional>

namespace paydesk::sandbox {

/**
 * The partners the platform notifies (the seed's "what Keyloop needs from our partner":
 * webhook URL, Auth0 URL, client id, client secret, audience).
 *
 * Partners come from the command line (`--partner`, SandboxOptions::partners) at start,
 * from `POST /admin/partners` (PartnerAdminApi), and from the simulated partner. Each
 * registration emits partnerRegistered(), on which the dispatcher sends a testEvent.
 */
class PartnerRegistry : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    explicit PartnerRegistry(Sandbox& sandbox, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("partner.registry"); }
    /// Registers the partners of the sandbox options (those an earlier run kept are not added twice).
    void start() override;
    /// The registrations (but the simulated partner's), kept across a restart with `--data`.
    QJsonValue persistentState() const override;
    void restoreState(const QJsonValue& state) override;

    /// Checks a registration: http(s) URLs, client id and secret present, sane lengths.
    static Result<PartnerConfig, QString> validate(PartnerConfig config);
    Result<RegisteredPartner, QString> add(const PartnerConfig& config, bool simulated = false);
    bool remove(const QString& partnerId);

    std::optional<RegisteredPartner> partner(const QString& partnerId) const;
    QList<RegisteredPartner> partners() const { return m_partners; }
    int count() const { return int(m_partners.size()); }

    // Counters kept by the dispatcher.
    void recordDelivered(const QString& partnerId);
    void recordFailedAttempt(const QString& partnerId, const QString& error);
    void recordDeadLetter(const QString& partnerId);

Q_SIGNALS:
    void partnerRegistered(const QString& partnerId);
    void partnerRemoved(const QString& partnerId);

private:
    RegisteredPartner* find(const QString& partnerId);

    Sandbox& m_sandbox;
    QList<RegisteredPartner> m_partners;
    int m_nextId = 1;
};

} // namespace paydesk::sandbox
