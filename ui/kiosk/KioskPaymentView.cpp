#include "KioskPaymentView.h"

#include "QrCodeWidget.h"
#include "Theme.h"
#include "store/PaymentStore.h"
#include "widgets/StatusColorPalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {

QLabel* dataLabel(QWidget* parent, int pointSize, bool bold = false)
{
    auto* label = new QLabel(parent);
    // Data from the platform: text, never markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    QFont font = label->font();
    font.setPointSize(pointSize);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

} // namespace

KioskPaymentView::KioskPaymentView(PaymentStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
{
    auto* layout = new QHBoxLayout(this);
    layout->setSpacing(32);
    auto* left = new QVBoxLayout;
    m_storeName = dataLabel(this, 16);
    m_storeName->setObjectName(u"kioskStore"_s);
    m_amount = dataLabel(this, 40, true);
    m_amount->setObjectName(u"kioskAmount"_s);
    m_description = dataLabel(this, 18);
    m_description->setObjectName(u"kioskDescription"_s);
    m_status = dataLabel(this, 24, true);
    m_status->setObjectName(u"kioskStatus"_s);
    m_status->setAccessibleName(tr("Payment status"));
    m_offlineNote = dataLabel(this, 14);
    m_offlineNote->setObjectName(u"kioskOffline"_s);
    m_offlineNote->hide();
    left->addStretch();
    left->addWidget(m_storeName);
    left->addWidget(m_amount);
    left->addWidget(m_description);
    left->addSpacing(24);
    left->addWidget(m_status);
    left->addWidget(m_offlineNote);
    left->addStretch();
    auto* right = new QVBoxLayout;
    m_qr = new QrCodeWidget(this);
    m_qr->setObjectName(u"kioskQrCode"_s);
    m_qr->setAccessibleName(tr("QR code of the pay link"));
    m_link = dataLabel(this, 14);
    m_link->setObjectName(u"kioskLink"_s);
    m_link->setTextInteractionFlags(Qt::NoTextInteraction); // never a link that opens a browser
    m_hint = dataLabel(this, 16);
    m_mark = dataLabel(this, 120, true);
    m_mark->setObjectName(u"kioskMark"_s);
    m_mark->hide();
    right->addWidget(m_qr, 1);
    right->addWidget(m_mark, 1);
    right->addWidget(m_link);
    right->addWidget(m_hint);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
    if (m_store) {
        connect(m_store, &PaymentStore::paymentsChanged, this, &KioskPaymentView::reload,
                Qt::QueuedConnection);
    }
    retranslate();
    clear();
}

void KioskPaymentView::showPayment(const Payment& payment)
{
    m_payment = payment;
    render();
}

void KioskPaymentView::clear()
{
    m_payment.reset();
    render();
}

void KioskPaymentView::setOffline(bool offline)
{
    m_offline = offline;
    render();
}

QString KioskPaymentView::statusText() const
{
    return m_status->text();
}

bool KioskPaymentView::isQrCodeShown() const
{
    return m_qr->isVisibleTo(this) && !m_qr->code().isEmpty();
}

QString KioskPaymentView::statusTextOf(const Payment& payment)
{
    using Code = PaymentStatus::Code;
    switch (payment.status.code()) {
    case Code::Initiated:
    case Code::Notified:
        return tr("Waiting for your payment");
    case Code::Viewed:
        return tr("Opened on your phone");
    case Code::InProgress:
    case Code::Authorised:
        return tr("Paying…");
    case Code::Paid:
        return tr("Paid. Thank you — please see the desk for your keys.");
    case Code::Failed:
        return tr("The payment didn't go through — you can try again.");
    default:
        return tr("This payment can no longer be made here — please ask at the desk.");
    }
}

void KioskPaymentView::reload(const QStringList& ids)
{
    if (!m_payment || !m_store || !ids.contains(m_payment->paymentId))
        return;
    // One row by its id: a short read on the GUI thread.
    auto fresh = m_store->payment(m_payment->paymentId);
    if (!fresh || !fresh->has_value())
        return;
    m_payment = **fresh;
    render();
    Q_EMIT paymentUpdated(m_payment->status.isFinal());
}

void KioskPaymentView::render()
{
    if (!m_payment) {
        for (QLabel* label : {m_storeName, m_amount, m_description, m_status, m_link})
            label->setText(QString());
        m_qr->clear();
        m_mark->clear();
        m_mark->hide();
        m_offlineNote->setVisible(false);
        return;
    }
    const Payment& p = *m_payment;
    m_storeName->setText(p.storeId);
    m_amount->setText(p.amount.format(QLocale()));
    m_description->setText(p.description);
    m_status->setText(statusTextOf(p));
    // The QR code only for a payment known to be open; it goes when it can no longer be paid.
    const bool payable = p.status.isOpen() && !p.payLink.isEmpty();
    if (payable) {
        m_qr->setText(p.payLink);
        const QUrl url(p.payLink);
        m_link->setText(url.isValid() ? url.toString(QUrl::RemoveScheme | QUrl::StripTrailingSlash).mid(2)
                                      : p.payLink);
    } else {
        m_qr->clear();
        m_link->setText(QString());
    }
    m_qr->setVisible(payable);
    m_mark->setVisible(!payable);
    if (!payable) {
        // A symbol, not the only sign: the status text says it in words.
        m_mark->setText(p.status.isPaid() ? u"\u2713"_s : u"\u2715"_s);
        const auto colors = StatusColorPalette(Theme::instance().isDark()).colors(p.status.code());
        QPalette palette = m_mark->palette();
        palette.setColor(QPalette::WindowText, colors.foreground);
        m_mark->setPalette(palette);
        m_mark->setAccessibleName(statusTextOf(p));
    }
    m_hint->setVisible(payable);
    m_offlineNote->setVisible(m_offline);
}

void KioskPaymentView::retranslate()
{
    m_hint->setText(tr("Scan with your phone's camera to pay securely"));
    m_offlineNote->setText(tr("We can't reach the payment service right now, so this status may be out of "
                              "date. If in doubt, please ask at the desk."));
    m_status->setAccessibleName(tr("Payment status"));
    m_qr->setAccessibleName(tr("QR code of the pay link"));
    if (m_payment)
        m_status->setText(statusTextOf(*m_payment));
}

void KioskPaymentView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace paydesk::ui
