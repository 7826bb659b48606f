#pragma once

#include "providers/ProviderRules.h"

namespace paydesk {

/// Keyloop Payment Manager: initiate, cancel and resend; an open request allows both.
class KeyloopRules final : public ProviderRules
{
public:
    QString id() const override { return ProviderId::keyloop(); }
    QString displayName() const override;
    QList<ProviderAction> capabilities() const override;
    bool allows(ProviderAction action, const Payment& payment) const override;
    bool isFinal(const Payment& payment) const override;
};

} // namespace paydesk
