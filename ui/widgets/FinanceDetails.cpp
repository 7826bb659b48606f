#include "FinanceDetails.h"

#include "money/Money.h"
#include "payments/DealerActions.h"
#include "sync/SyncSession.h"
#include "widgets/FlowLayout.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {

const QStringList kKeys = {u"pa_ref"_s, u"plan"_s, u"raw"_s, u"invoice"_s};

} // namespace

FinanceDetails::FinanceDetails(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"financeDetails"_s);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 6, 0, 6);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setWeight(QFont::Bold);
    m_title->setFont(bold);
    v->addWidget(m_title);
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const QString& key : kKeys) {
        auto* name = new QLabel(this);
        auto* value = new QLabel(this);
        value->setObjectName(u"finance."_s + key);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_names.insert(key, name);
        m_values.insert(key, value);
        form->addRow(name, value);
    }
    v->addLayout(form);

    // The buttons wrap onto more rows in a narrow pane rather than be cut.
    auto* row = new FlowLayout(nullptr, 6);
    auto make = [this, row](const QString& name) {
        auto* b = new QPushButton(this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        row->addWidget(b);
        return b;
    };
    m_uploadReceipt = make(u"uploadReceipt"_s);
    m_uploadFile = make(u"uploadFile"_s);
    m_lower = make(u"lowerAmount"_s);
    m_expire = make(u"expire"_s);
    m_capture = make(u"capture"_s);
    v->addLayout(row);
    m_message = new QLabel(this);
    m_message->setObjectName(u"finance.message"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    v->addWidget(m_message);

    connect(m_uploadReceipt, &QPushButton::clicked, this, [this] { uploadReceipt(); });
    connect(m_uploadFile, &QPushButton::clicked, this, &FinanceDetails::chooseInvoiceFile);
    connect(m_lower, &QPushButton::clicked, this, &FinanceDetails::askLowerAmount);
    connect(m_expire, &QPushButton::clicked, this, &FinanceDetails::askExpire);
    connect(m_capture, &QPushButton::clicked, this, [this] { submit(ProviderAction::Capture); });
    retranslate();
    hide();
}

FinanceDetails::~FinanceDetails()
{
    setSession(nullptr);
}

void FinanceDetails::setSession(SyncSession* session)
{
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    if (m_session && !m_watched.isEmpty())
        m_session->setWatched({});
    m_watched.clear();
    m_session = session;
    if (session) {
        m_connections << connect(session, &SyncSession::actionConfirmed, this,
                                 [this](qint64 entry, const QString&) {
                                     if (entry != m_pendingEntry)
                                         return;
                                     m_pendingEntry = 0;
                                     m_message->setText(tr("Payment Assist confirmed the change."));
                                     refresh();
                                 });
        m_connections << connect(session, &SyncSession::actionFailed, this,
                                 [this](qint64 entry, const QString& why) {
                                     if (entry != m_pendingEntry)
                                         return;
                                     m_pendingEntry = 0;
                                     m_message->setText(tr("Payment Assist refused the change: %1").arg(why));
                                     refresh();
                                 });
    }
    setPayment(m_payment);
}

void FinanceDetails::setPayment(const std::optional<Payment>& payment)
{
    const bool pa = payment && payment->provider == ProviderId::paymentAssist();
    if (!payment || !m_payment || payment->paymentId != m_payment->paymentId)
        m_message->clear();
    m_payment = pa ? payment : std::nullopt;
    // Watched while on screen: the poller checks it about every 15 s. The pane's one owner of
    // the watch for every polling provider (Payment Assist, Democrance, myKaarma), so the
    // sections of the pane never undo each other's; Keyloop's payments come by push.
    const bool polled = payment && payment->provider != ProviderId::keyloop();
    const QString watch = polled ? payment->paymentId : QString();
    if (m_session && watch != m_watched) {
        m_session->setWatched(watch.isEmpty() ? QStringList() : QStringList{watch});
        m_watched = watch;
    }
    setVisible(pa);
    refresh();
}

void FinanceDetails::refresh()
{
    if (!m_payment)
        return;
    const Payment& p = *m_payment;
    m_values.value(u"pa_ref"_s)
        ->setText(p.providerReference.isEmpty() ? tr("(not yet given)") : p.providerReference);
    const int planId = p.providerData.value(u"plan_id"_s).toInt();
    QString plan = planId > 0 ? m_planNames.value(p.storeId).value(planId) : QString();
    if (plan.isEmpty())
        plan = planId > 0 ? tr("Plan %1").arg(planId) : tr("The account's default plan");
    m_values.value(u"plan"_s)->setText(plan);
    if (planId > 0 && m_session && !m_planNames.contains(p.storeId)) {
        const QString site = p.storeId;
        m_planNames.insert(site, {}); // asked once
        m_session->query(ProviderId::paymentAssist(), ProviderQuery::Plans, site, {}, this,
                         [this, site](Result<QJsonObject, ApiError> answer) {
                             if (!answer)
                                 return;
                             QHash<int, QString> names;
                             const QJsonArray plans = answer->value(u"plans"_s).toArray();
                             for (const QJsonValue& v : plans)
                                 names.insert(v.toObject().value(u"plan_id"_s).toInt(),
                                              v.toObject().value(u"name"_s).toString());
                             m_planNames.insert(site, names);
                             refresh();
                         });
    }
    m_values.value(u"raw"_s)->setText(p.providerStatus);
    QLabel* invoice = m_values.value(u"invoice"_s);
    invoice->setText(
        p.invoiceOutstanding
            ? tr("Outstanding — upload the invoice so Payment Assist pays out")
            : (p.providerData.value(u"has_invoice"_s).toBool() ? tr("Uploaded") : tr("Not needed yet")));
    QFont f = invoice->font();
    f.setBold(p.invoiceOutstanding);
    invoice->setFont(f);

    const bool busy = m_pendingEntry != 0;
    // Once Payment Assist has the invoice there is nothing more to upload.
    const bool canInvoice = DealerActions::allows(ProviderAction::UploadInvoice, p) &&
                            !p.providerData.value(u"has_invoice"_s).toBool() && !busy && m_session;
    m_uploadReceipt->setEnabled(canInvoice && DealerActions::canPrintReceipt(p));
    m_uploadFile->setEnabled(canInvoice);
    m_lower->setEnabled(DealerActions::allows(ProviderAction::AmendAmount, p) && !busy && m_session);
    m_expire->setEnabled(DealerActions::allows(ProviderAction::Cancel, p) && !busy && m_session);
    m_capture->setEnabled(DealerActions::allows(ProviderAction::Capture, p) && !busy && m_session);
}

bool FinanceDetails::submit(ProviderAction action, const QJsonObject& payload)
{
    if (!m_payment || !m_session)
        return false;
    ProviderActionRequest r;
    r.provider = ProviderId::paymentAssist();
    r.action = action;
    r.enterpriseId = m_payment->enterpriseId;
    r.storeId = m_payment->storeId;
    r.paymentId = m_payment->paymentId;
    r.payload = payload;
    auto queued = m_session->submit(r);
    if (!queued) {
        QStringList why;
        for (const FieldError& e : queued.error())
            why << e.message;
        m_message->setText(tr("Not queued: %1").arg(why.join(u' ')));
        return false;
    }
    m_pendingEntry = queued.value();
    m_message->setText(tr("Queued — it is sent to Payment Assist at once."));
    refresh();
    return true;
}

bool FinanceDetails::uploadReceipt()
{
    if (!m_payment)
        return false;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"invoice.pdf"_s);
    const ReceiptPdf receipt(m_issuer ? m_issuer(*m_payment) : ReceiptPdf::Issuer{});
    if (auto written = receipt.write(*m_payment, path); !written) {
        m_message->setText(tr("The receipt could not be made: %1").arg(written.error().message));
        return false;
    }
    return uploadFile(path);
}

bool FinanceDetails::uploadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("%1 cannot be read.").arg(QFileInfo(path).fileName()));
        return false;
    }
    const QByteArray data = file.readAll();
    return submit(ProviderAction::UploadInvoice,
                  QJsonObject{{u"filetype"_s, QFileInfo(path).suffix().toLower()},
                              {u"filedata"_s, QString::fromLatin1(data.toBase64())}});
}

void FinanceDetails::chooseInvoiceFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Invoice for Payment Assist"), QString(),
                                                      tr("Invoices (*.pdf *.html *.txt *.doc *.xls)"));
    if (!path.isEmpty())
        uploadFile(path);
}

void FinanceDetails::askLowerAmount()
{
    if (!m_payment)
        return;
    const Money current = m_payment->amount;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Lower the amount"),
        tr("New amount (less than %1). The customer's plan is recalculated.").arg(current.format()),
        QLineEdit::Normal, current.formatUserInput(), &ok);
    if (!ok)
        return;
    auto amount = Money::parseUserInput(text, current.currency());
    if (!amount || amount->minorUnits() <= 0 || amount->minorUnits() >= current.minorUnits()) {
        m_message->setText(tr("Enter an amount below %1.").arg(current.format()));
        return;
    }
    submit(ProviderAction::AmendAmount, QJsonObject{{u"amount"_s, amount->minorUnits()}});
}

void FinanceDetails::askExpire()
{
    if (!m_payment)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Expire application"),
        tr("Expire this finance application now? The customer's link stops working; this cannot be undone."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        submit(ProviderAction::Cancel);
}

QString FinanceDetails::messageText() const
{
    return m_message->text();
}

QString FinanceDetails::fieldText(const QString& key) const
{
    QLabel* l = m_values.value(key);
    return l ? l->text() : QString();
}

QPushButton* FinanceDetails::button(ProviderAction action) const
{
    switch (action) {
    case ProviderAction::UploadInvoice:
        return m_uploadReceipt;
    case ProviderAction::AmendAmount:
        return m_lower;
    case ProviderAction::Cancel:
        return m_expire;
    case ProviderAction::Capture:
        return m_capture;
    default:
        return nullptr;
    }
}

void FinanceDetails::retranslate()
{
    m_title->setText(tr("Payment Assist finance"));
    m_names.value(u"pa_ref"_s)->setText(tr("PA reference:"));
    m_names.value(u"plan"_s)->setText(tr("Plan:"));
    m_names.value(u"raw"_s)->setText(tr("Payment Assist status:"));
    m_names.value(u"invoice"_s)->setText(tr("Invoice:"));
    m_uploadReceipt->setText(tr("Upload receipt as invoice"));
    m_uploadReceipt->setToolTip(tr("Send our receipt PDF to Payment Assist as the invoice"));
    m_uploadFile->setText(tr("Upload invoice file…"));
    m_lower->setText(tr("Lower amount…"));
    m_expire->setText(tr("Expire"));
    m_expire->setToolTip(tr("Expire the application now: the customer's link stops working"));
    m_capture->setText(tr("Capture"));
    m_capture->setToolTip(tr("Take the deposit of an application waiting for capture"));
    refresh();
}

void FinanceDetails::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace paydesk::ui
