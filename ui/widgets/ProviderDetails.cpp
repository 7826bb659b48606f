#include "ProviderDetails.h"

#include "money/Money.h"
#include "providers/ProviderRules.h"
#include "sync/SyncSession.h"
#include "util/PrivateFiles.h"
#include "widgets/FlowLayout.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {

const QStringList kDemocranceKeys = {u"policy"_s, u"raw"_s, u"gateway"_s, u"action"_s, u"paymentStatus"_s};
const QStringList kMyKaarmaKeys = {u"order"_s,       u"raw"_s,  u"paid"_s,    u"paidOnline"_s,
                                   u"requestSent"_s, u"fees"_s, u"warnings"_s};

bool isDemocrance(const std::optional<Payment>& p)
{
    return p && p->provider == ProviderId::democrance();
}

bool isMyKaarma(const std::optional<Payment>& p)
{
    return p && p->provider == ProviderId::myKaarma();
}

} // namespace

ProviderDetails::ProviderDetails(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"providerDetails"_s);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 6, 0, 6);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setWeight(QFont::Bold);
    m_title->setFont(bold);
    v->addWidget(m_title);
    m_warning = new QLabel(this);
    m_warning->setObjectName(u"provider.suspicious"_s);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    QFont warningFont = m_warning->font();
    warningFont.setWeight(QFont::Bold);
    m_warning->setFont(warningFont);
    v->addWidget(m_warning);
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QStringList keys = kDemocranceKeys;
    for (const QString& key : kMyKaarmaKeys)
        if (!keys.contains(key))
            keys << key;
    for (const QString& key : keys) {
        auto* name = new QLabel(this);
        auto* value = new QLabel(this);
        value->setObjectName(u"provider."_s + key);
        value->setTextFormat(Qt::PlainText); // data from a server
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_names.insert(key, name);
        m_values.insert(key, value);
        m_form->addRow(name, value);
    }
    v->addLayout(m_form);
    auto* row = new FlowLayout(nullptr, 6);
    for (const QString& name : {u"checkNow"_s, u"taxInvoice"_s, u"receipt"_s, u"resendRequest"_s}) {
        auto* b = new QPushButton(this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        row->addWidget(b);
        m_buttons.insert(name, b);
    }
    v->addLayout(row);
    m_message = new QLabel(this);
    m_message->setObjectName(u"provider.message"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    v->addWidget(m_message);
    connect(m_buttons.value(u"checkNow"_s), &QPushButton::clicked, this, &ProviderDetails::checkNow);
    connect(m_buttons.value(u"taxInvoice"_s), &QPushButton::clicked, this,
            [this] { downloadDocument(false); });
    connect(m_buttons.value(u"receipt"_s), &QPushButton::clicked, this, [this] { downloadDocument(true); });
    connect(m_buttons.value(u"resendRequest"_s), &QPushButton::clicked, this,
            &ProviderDetails::resendRequest);
    retranslate();
    hide();
}

ProviderDetails::~ProviderDetails()
{
    setSession(nullptr);
}

void ProviderDetails::setSession(SyncSession* session)
{
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = session;
    if (session) {
        m_connections << connect(
            session, &SyncSession::detailsFetched, this, [this](const QString& id, bool written) {
                // Only the answer to the dealer's own "Check status now" is said (the pane also
                // refreshes a payment when it is opened).
                if (!m_payment || id != m_payment->paymentId || id != m_checking)
                    return;
                m_checking.clear();
                const QString who = ProviderRules::forPayment(*m_payment).displayName();
                m_buttons.value(u"checkNow"_s)->setEnabled(true);
                m_message->setText(written ? tr("Checked with %1: updated.").arg(who)
                                           : tr("Checked with %1: nothing newer.").arg(who));
            });
        m_connections << connect(session, &SyncSession::actionConfirmed, this,
                                 [this](qint64 entry, const QString&) {
                                     if (entry != m_pendingEntry)
                                         return;
                                     m_pendingEntry = 0;
                                     m_message->setText(tr("myKaarma sent the payment request again."));
                                 });
        m_connections << connect(session, &SyncSession::actionFailed, this,
                                 [this](qint64 entry, const QString& why) {
                                     if (entry != m_pendingEntry)
                                         return;
                                     m_pendingEntry = 0;
                                     m_message->setText(tr("myKaarma refused: %1").arg(why));
                                 });
    }
    refresh();
}

void ProviderDetails::setPayment(const std::optional<Payment>& payment)
{
    const bool ours = isDemocrance(payment) || isMyKaarma(payment);
    if (!payment || !m_payment || payment->paymentId != m_payment->paymentId) {
        m_message->clear();
        m_checking.clear();
        m_fees.clear();
        m_feesFor.clear();
    }
    m_payment = ours ? payment : std::nullopt;
    setVisible(ours);
    refresh();
    if (isMyKaarma(m_payment))
        loadFees();
}

void ProviderDetails::showField(const QString& key, const QString& value)
{
    m_values.value(key)->setText(value);
    m_form->setRowVisible(m_values.value(key), !value.isEmpty());
}

void ProviderDetails::refresh()
{
    for (QLabel* value : std::as_const(m_values)) {
        value->clear();
        m_form->setRowVisible(value, false);
    }
    m_warning->clear();
    m_warning->hide();
    for (QPushButton* b : std::as_const(m_buttons))
        b->hide();
    if (!m_payment)
        return;
    const Payment& p = *m_payment;
    const QJsonObject& data = p.providerData;
    const ProviderRules& rules = ProviderRules::forPayment(p);
    m_title->setText(rules.displayName());
    auto yesNo = [](const QJsonValue& v) {
        return v.isBool() ? (v.toBool() ? tr("Yes") : tr("No")) : QString();
    };
    QPushButton* check = m_buttons.value(u"checkNow"_s);
    check->setVisible(true);
    check->setEnabled(bool(m_session));
    if (isDemocrance(m_payment)) {
        showField(u"policy"_s, p.providerReference);
        showField(u"raw"_s, p.providerStatus);
        showField(u"gateway"_s, data.value(u"gateway"_s).toString());
        const QString action = data.value(u"action"_s).toString();
        QString said = action;
        if (action.compare(u"No payment required"_s, Qt::CaseInsensitive) == 0)
            said = tr("No payment required: Democrance issues the policy without a payment");
        else if (action.compare(u"Payment to be invoiced"_s, Qt::CaseInsensitive) == 0)
            said = tr("Payment to be invoiced: the policy is issued and the money follows the invoice");
        else if (action.compare(u"Payment required"_s, Qt::CaseInsensitive) == 0)
            said = tr("Payment required: the customer pays by the link");
        showField(u"action"_s, said);
        showField(u"paymentStatus"_s, data.value(u"payment_status"_s).toString());
        const bool documents = m_session && rules.allowsQuery(ProviderQuery::TaxInvoice, p);
        for (const QString& name : {u"taxInvoice"_s, u"receipt"_s}) {
            m_buttons.value(name)->setVisible(true);
            m_buttons.value(name)->setEnabled(documents);
        }
    } else {
        showField(u"order"_s, p.providerReference);
        showField(u"raw"_s, p.providerStatus);
        showField(u"paid"_s, yesNo(data.value(u"paid"_s)));
        showField(u"paidOnline"_s, yesNo(data.value(u"paidOnline"_s)));
        showField(u"requestSent"_s, yesNo(data.value(u"paymentRequestSent"_s)));
        showField(u"fees"_s, m_fees);
        QStringList warnings;
        for (const QJsonValue& w : data.value(u"warnings"_s).toArray()) {
            const QJsonObject o = w.toObject();
            const QString title = o.value(u"title"_s).toString();
            const QString message = o.value(u"message"_s).toString();
            warnings << (title.isEmpty()     ? message
                         : message.isEmpty() ? title
                                             : u"%1: %2"_s.arg(title, message));
        }
        showField(u"warnings"_s, warnings.join(u'\n'));
        if (data.value(u"suspicious"_s).toBool()) {
            // A warning, never a release: the rules keep a suspicious payment uncleared.
            m_warning->setText(tr("⚠ myKaarma marks this payment as suspicious: do not release the vehicle "
                                  "until myKaarma clears it."));
            m_warning->show();
        }
        QPushButton* resend = m_buttons.value(u"resendRequest"_s);
        resend->setVisible(rules.supports(ProviderAction::Resend));
        resend->setEnabled(m_session && m_pendingEntry == 0 && rules.allows(ProviderAction::Resend, p));
    }
}

void ProviderDetails::loadFees()
{
    if (!m_session || !m_payment || m_feesFor == m_payment->paymentId)
        return;
    m_feesFor = m_payment->paymentId;
    const QString id = m_payment->paymentId;
    m_session->query(ProviderId::myKaarma(), ProviderQuery::FeePreview, m_payment->storeId,
                     {{u"paymentId"_s, id}}, this, [this, id](Result<QJsonObject, ApiError> answer) {
                         if (!m_payment || m_payment->paymentId != id || !answer)
                             return; // no fees known yet: nothing to show
                         const QString currency = answer->value(u"currency"_s).toString();
                         auto money = [&](const char* key) {
                             const auto m = Money::fromMinor(
                                 answer->value(QLatin1StringView(key)).toInteger(), currency);
                             return m ? m->format() : QString();
                         };
                         m_fees = tr("Surcharge %1, fee %2; the customer pays %3")
                                      .arg(money("surcharge"), money("applicationFee"), money("total"));
                         refresh();
                     });
}

void ProviderDetails::checkNow()
{
    if (!m_session || !m_payment)
        return;
    m_checking = m_payment->paymentId;
    m_buttons.value(u"checkNow"_s)->setEnabled(false);
    m_message->setText(tr("Checking with %1…").arg(ProviderRules::forPayment(*m_payment).displayName()));
    m_session->fetchDetails(m_payment->paymentId);
}

void ProviderDetails::downloadDocument(bool receipt)
{
    if (!m_session || !isDemocrance(m_payment))
        return;
    const Payment p = *m_payment;
    m_message->setText(tr("Asking Democrance for the document…"));
    m_session->query(
        ProviderId::democrance(), ProviderQuery::TaxInvoice, p.storeId,
        {{u"policy_number"_s, p.providerReference}, {u"receipt"_s, receipt}}, this,
        [this, receipt, policy = p.providerReference](Result<QJsonObject, ApiError> answer) {
            if (!answer) {
                m_message->setText(tr("Democrance sent no document: %1").arg(answer.error().message));
                return;
            }
            const QByteArray pdf = QByteArray::fromBase64(answer->value(u"data"_s).toString().toLatin1());
            if (!pdf.startsWith("%PDF")) {
                m_message->setText(tr("Democrance sent no document: %1").arg(tr("not a PDF")));
                return;
            }
            QString name = QFileInfo(answer->value(u"filename"_s).toString()).fileName();
            if (name.isEmpty() || !name.endsWith(u".pdf"_s, Qt::CaseInsensitive))
                name = (receipt ? u"receipt-%1.pdf"_s : u"tax-invoice-%1.pdf"_s).arg(policy);
            QString path;
            if (m_choosePath) {
                path = m_choosePath(name);
            } else {
                const QString suggested =
                    QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
                path =
                    QFileDialog::getSaveFileName(this, receipt ? tr("Save receipt") : tr("Save tax invoice"),
                                                 suggested, tr("PDF files (*.pdf)"));
            }
            if (path.isEmpty()) {
                m_message->clear();
                return;
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::makeOwnerOnly(file) ||
                file.write(pdf) != pdf.size() || !file.commit()) {
                m_message->setText(tr("The document could not be saved: %1").arg(file.errorString()));
                return;
            }
            m_message->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
        });
}

void ProviderDetails::resendRequest()
{
    if (!m_session || !isMyKaarma(m_payment))
        return;
    ProviderActionRequest request;
    request.provider = ProviderId::myKaarma();
    request.action = ProviderAction::Resend;
    request.enterpriseId = m_payment->enterpriseId;
    request.storeId = m_payment->storeId;
    request.paymentId = m_payment->paymentId;
    auto queued = m_session->submit(request);
    if (!queued) {
        QStringList lines;
        for (const FieldError& e : queued.error())
            lines << e.message;
        m_message->setText(tr("myKaarma refused: %1").arg(lines.join(u' ')));
        return;
    }
    m_pendingEntry = *queued;
    m_message->setText(tr("Resend queued — sent as soon as myKaarma answers."));
    refresh();
}

QString ProviderDetails::fieldText(const QString& key) const
{
    QLabel* value = m_values.value(key);
    return value ? value->text() : QString();
}

QString ProviderDetails::warningText() const
{
    return m_warning->text();
}

QString ProviderDetails::messageText() const
{
    return m_message->text();
}

QPushButton* ProviderDetails::button(const QString& name) const
{
    return m_buttons.value(name);
}

void ProviderDetails::retranslate()
{
    const QHash<QString, QString> names{
        {u"policy"_s, tr("Policy:")},
        {u"raw"_s, tr("Provider status:")},
        {u"gateway"_s, tr("Gateway:")},
        {u"action"_s, tr("Democrance says:")},
        {u"paymentStatus"_s, tr("Payment status:")},
        {u"order"_s, tr("Repair order:")},
        {u"paid"_s, tr("Paid:")},
        {u"paidOnline"_s, tr("Paid online:")},
        {u"requestSent"_s, tr("Payment request sent:")},
        {u"fees"_s, tr("Surcharge and fees:")},
        {u"warnings"_s, tr("myKaarma warns:")},
    };
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        m_names.value(it.key())->setText(it.value());
    m_buttons.value(u"checkNow"_s)->setText(tr("Check status now"));
    m_buttons.value(u"taxInvoice"_s)->setText(tr("Download tax invoice…"));
    m_buttons.value(u"receipt"_s)->setText(tr("Download receipt…"));
    m_buttons.value(u"resendRequest"_s)->setText(tr("Resend payment request"));
    refresh();
}

void ProviderDetails::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace paydesk::ui
