#pragma once

#include "ProviderAction.h"
#include "payments/FieldError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace paydesk {

struct Payment;

/**
 * What one payment provider can do, as pure rules: no network, no state, usable from any
 * thread (the window asks on the GUI thread, the outbox on the worker). DealerActions, the
 * menus, the detail pane and the dialogs ask these instead of assuming Keyloop.
 *
 * @code
 * const ProviderRules& rules = ProviderRules::forPayment(payment);
 * cancelAction->setVisible(rules.supports(ProviderAction::Cancel));
 * cancelAction->setEnabled(rules.allows(ProviderAction::Cancel, payment));
 * @endcode
 *
 * One instance per provider id, made once (forProvider()); an id PayDesk does not know gets
 * rules that allow nothing, so a payment from a newer connector is shown but never acted on.
 */
class ProviderRules
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::ProviderRules)

public:
    virtual ~ProviderRules() = default;

    /// "keyloop", "paymentassist"; the value of Payment::provider.
    virtual QString id() const = 0;
    /// Translated name for people ("Keyloop", "Payment Assist").
    virtual QString displayName() const = 0;
    /// The actions this provider supports at all (a form or menu entry exists for them).
    virtual QList<ProviderAction> capabilities() const = 0;
    bool supports(ProviderAction action) const { return capabilities().contains(action); }
    /// Whether `payment` (of this provider) allows `action` now. Read-only actions (QuotePlan,
    /// PreApprove) and Initiate do not depend on a payment: supported means allowed.
    virtual bool allows(ProviderAction action, const Payment& payment) const = 0;
    /// The read-only questions (SyncSession::query()) this provider answers.
    virtual QList<ProviderQuery> queries() const { return {}; }
    bool answers(ProviderQuery query) const { return queries().contains(query); }
    /// Whether asking `query` about `payment` makes sense now (Democrance's tax invoice: once
    /// the policy is paid). The default: answers(query).
    virtual bool allowsQuery(ProviderQuery query, const Payment& payment) const;
    /// Whether the provider will change `payment` no more (so it need not be watched). An
    /// unknown status is not final: the provider decides what happens to it.
    virtual bool isFinal(const Payment& payment) const = 0;
    /**
     * Checks (and normalises in place: trimmed text) a generic action before it is queued;
     * field errors use the payload's wire names. The default accepts what the provider
     * supports and refuses the rest with one FieldError on "action".
     */
    virtual FieldErrors validate(ProviderActionRequest& request) const;

    /// The rules of a provider id (case-sensitive, as stored); unknown ids allow nothing.
    static const ProviderRules& forProvider(const QString& providerId);
    /// forProvider(payment.provider).
    static const ProviderRules& forPayment(const Payment& payment);
    /// Every provider PayDesk knows, in display order.
    static QList<const ProviderRules*> all();
};

} // namespace paydesk
