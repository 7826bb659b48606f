#pragma once

#include <QHash>
#include <QString>

namespace paydesk {

/**
 * Where each platform call lives, as path templates relative to the base URL. Keyloop's real
 * payment paths are not public (API-NOTES.md), so pointing PayDesk at the real service is a
 * matter of configuration: these templates, the base URL and the token URL.
 *
 * Placeholders: {enterpriseId}, {storeId}, {paymentId}. Values are percent-encoded.
 */
struct PlatformPaths
{
    QString token = QStringLiteral("/oauth/client_credential/accesstoken");
    QString feed = QStringLiteral("/{enterpriseId}/{storeId}/v1/payments");
    QString details = QStringLiteral("/{enterpriseId}/{storeId}/v1/payments/{paymentId}");
    QString initiate = QStringLiteral("/{enterpriseId}/{storeId}/v1/payments");
    QString cancel = QStringLiteral("/{enterpriseId}/{storeId}/v1/payments/{paymentId}/cancel");
    QString resend = QStringLiteral("/{enterpriseId}/{storeId}/v1/payments/{paymentId}/resend");
    QString eventStream = QStringLiteral("/{enterpriseId}/{storeId}/v1/events/stream");
    /// The sites this client may see, with their names, address and VAT number (receipts).
    QString stores = QStringLiteral("/stores");

    /// Replaces the placeholders in `pathTemplate`; unknown placeholders are left as they are.
    static QString expand(const QString& pathTemplate, const QHash<QString, QString>& values);

    friend bool operator==(const PlatformPaths&, const PlatformPaths&) = default;
};

} // namespace paydesk
