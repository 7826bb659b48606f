#include "OutboxEntry.h"

namespace paydesk {

QString OutboxEntry::kindToString(Kind kind)
{
    switch (kind) {
    case Kind::Initiate:
        return QStringLiteral("initiate");
    case Kind::Cancel:
        return QStringLiteral("cancel");
    case Kind::Resend:
        return QStringLiteral("resend");
    case Kind::AmendAmount:
        return QStringLiteral("amend-amount");
    case Kind::UploadInvoice:
        return QStringLiteral("upload-invoice");
    case Kind::Capture:
        return QStringLiteral("capture");
    }
    return QStringLiteral("initiate");
}

bool OutboxEntry::isKnownKind(const QString& text)
{
    return text == u"initiate" || text == u"cancel" || text == u"resend" || text == u"amend-amount" ||
           text == u"upload-invoice" || text == u"capture";
}

OutboxEntry::Kind OutboxEntry::kindFromString(const QString& text)
{
    if (text == u"cancel")
        return Kind::Cancel;
    if (text == u"resend")
        return Kind::Resend;
    if (text == u"amend-amount")
        return Kind::AmendAmount;
    if (text == u"upload-invoice")
        return Kind::UploadInvoice;
    if (text == u"capture")
        return Kind::Capture;
    return Kind::Initiate;
}

QString OutboxEntry::stateToString(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("queued");
}

OutboxEntry::State OutboxEntry::stateFromString(const QString& text)
{
    if (text == u"sending")
        return State::Sending;
    if (text == u"sent")
        return State::Sent;
    if (text == u"failed")
        return State::Failed;
    return State::Queued;
}

} // namespace paydesk
