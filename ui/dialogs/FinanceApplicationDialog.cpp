#include "FinanceApplicationDialog.h"

#include "FieldMessage.h"
#include "money/Money.h"
#include "providers/paymentassist/PaymentAssistRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {

const QString kSite = u"storeId"_s;
const QString kName = u"f_name"_s;
const QString kSurname = u"s_name"_s;
const QString kAddr1 = u"addr1"_s;
const QString kPostcode = u"postcode"_s;
const QString kEmail = u"email"_s;
const QString kMobile = u"telephone"_s;
const QString kRegNo = u"reg_no"_s;
const QString kAmount = u"amount"_s;
const QString kDescription = u"description"_s;
const QString kOrderId = u"order_id"_s;
const QString kPlan = u"plan_id"_s;
const QString kCurrency = u"GBP"_s; // Payment Assist lends in pounds, amounts in pence

QString money(qint64 pence)
{
    auto m = Money::fromMinor(pence, kCurrency);
    return m ? m->format() : QString::number(pence);
}

qint64 penceOf(const QJsonValue& v)
{
    return v.isDouble() ? qint64(v.toDouble()) : v.toString().toLongLong();
}

} // namespace

FinanceApplicationDialog::FinanceApplicationDialog(const QList<Site>& sites, QWidget* parent)
    : QDialog(parent)
    , m_sites(sites)
{
    m_quoteTimer = new QTimer(this);
    m_quoteTimer->setSingleShot(true);
    m_quoteTimer->setInterval(250);
    connect(m_quoteTimer, &QTimer::timeout, this, &FinanceApplicationDialog::quote);
    buildUi();
    retranslateUi();
    m_errors->clearTouched();
    revalidate();
}

FinanceApplicationDialog::~FinanceApplicationDialog()
{
    // ~QDialog hides the window, which emits editingFinished into a half-destroyed dialog.
    const auto children = findChildren<QWidget*>();
    for (QWidget* child : children)
        child->disconnect(this);
}

FieldMessage* FinanceApplicationDialog::addMessage(QWidget* focus, const QString& field)
{
    auto* message = new FieldMessage(focus, QString(), this);
    message->setObjectName(field + u".message"_s);
    m_messages.insert(field, message);
    m_errors->addField(field, focus, message);
    return message;
}

void FinanceApplicationDialog::buildUi()
{
    setObjectName(u"financeApplicationDialog"_s);
    m_errors = new FieldErrorPresenter(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    auto edit = [this](const QString& name) {
        auto* e = new QLineEdit(this);
        e->setObjectName(name);
        e->setMaxLength(200);
        return e;
    };
    m_site = new QComboBox(this);
    m_site->setObjectName(kSite);
    for (const Site& s : std::as_const(m_sites))
        m_site->addItem(s.name.isEmpty() ? s.siteId : s.name, s.siteId);
    m_name = edit(u"name"_s);
    m_addr1 = edit(kAddr1);
    m_postcode = edit(kPostcode);
    m_email = edit(kEmail);
    m_mobile = edit(kMobile);
    m_regNo = edit(kRegNo);
    m_amount = edit(kAmount);
    m_description = edit(kDescription);
    m_orderId = edit(kOrderId);
    m_preapprove = new QPushButton(this);
    m_preapprove->setObjectName(u"preapprove"_s);
    m_preapprove->setAutoDefault(false);
    m_preapproval = new QLabel(this);
    m_preapproval->setObjectName(u"preapproval"_s);
    m_preapproval->setTextFormat(Qt::PlainText);
    m_preapproval->setWordWrap(true);
    m_plan = new QComboBox(this);
    m_plan->setObjectName(kPlan);
    m_schedule = new QLabel(this);
    m_schedule->setObjectName(u"schedule"_s);
    m_schedule->setTextFormat(Qt::PlainText);
    // Short lines, one per instalment: no word wrap, so the label asks for its whole height.
    m_schedule->setWordWrap(false);
    m_schedule->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sendEmail = new QCheckBox(this);
    m_sendEmail->setObjectName(u"send_email"_s);
    m_sendEmail->setChecked(true);
    m_sendSms = new QCheckBox(this);
    m_sendSms->setObjectName(u"send_sms"_s);

    auto grid = [](QGroupBox* box) {
        auto* g = new QGridLayout(box);
        g->setColumnStretch(1, 1);
        g->setVerticalSpacing(2);
        return g;
    };
    auto addRow = [this](QGridLayout* g, const QString& key, QWidget* field, QWidget* focus,
                         bool message = true) {
        const int row = g->rowCount();
        auto* label = new QLabel(this);
        label->setBuddy(focus);
        m_labels.insert(key, label);
        g->addWidget(label, row, 0, Qt::AlignRight | Qt::AlignVCenter);
        g->addWidget(field, row, 1);
        if (message)
            g->addWidget(addMessage(focus, key), row + 1, 1);
    };

    auto* customerBox = new QGroupBox(this);
    customerBox->setObjectName(u"customerBox"_s);
    auto* customer = grid(customerBox);
    if (m_sites.size() > 1)
        addRow(customer, kSite, m_site, m_site);
    else
        m_site->hide();
    addRow(customer, kName, m_name, m_name);
    m_errors->addAlias(kSurname, kName);
    addRow(customer, kAddr1, m_addr1, m_addr1);
    addRow(customer, kPostcode, m_postcode, m_postcode);
    addRow(customer, kEmail, m_email, m_email);
    addRow(customer, kMobile, m_mobile, m_mobile);
    auto* preRow = new QWidget(this);
    auto* preLayout = new QHBoxLayout(preRow);
    preLayout->setContentsMargins(0, 0, 0, 0);
    preLayout->addWidget(m_preapprove);
    preLayout->addWidget(m_preapproval, 1);
    customer->addWidget(preRow, customer->rowCount(), 1);

    auto* financeBox = new QGroupBox(this);
    financeBox->setObjectName(u"financeBox"_s);
    auto* finance = grid(financeBox);
    addRow(finance, kOrderId, m_orderId, m_orderId);
    addRow(finance, kRegNo, m_regNo, m_regNo);
    addRow(finance, kDescription, m_description, m_description);
    addRow(finance, kAmount, m_amount, m_amount);
    addRow(finance, kPlan, m_plan, m_plan);
    finance->addWidget(m_schedule, finance->rowCount(), 1);
    auto* send = new QWidget(this);
    auto* sendLayout = new QHBoxLayout(send);
    sendLayout->setContentsMargins(0, 0, 0, 0);
    sendLayout->addWidget(m_sendEmail);
    sendLayout->addWidget(m_sendSms);
    sendLayout->addStretch();
    auto* sendLabel = new QLabel(this);
    m_labels.insert(u"send"_s, sendLabel);
    const int sendRow = finance->rowCount();
    finance->addWidget(sendLabel, sendRow, 0, Qt::AlignRight | Qt::AlignVCenter);
    finance->addWidget(send, sendRow, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setDefault(true);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &FinanceApplicationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FinanceApplicationDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(customerBox);
    layout->addWidget(financeBox);
    layout->addStretch();
    layout->addWidget(m_errors->formMessage());
    layout->addWidget(buttons);
    setMinimumWidth(560);

    const QList<QPair<QLineEdit*, QString>> fields{
        {m_name, kName},     {m_addr1, kAddr1},     {m_postcode, kPostcode}, {m_email, kEmail},
        {m_mobile, kMobile}, {m_orderId, kOrderId}, {m_regNo, kRegNo},       {m_description, kDescription},
        {m_amount, kAmount}};
    for (const auto& [e, field] : fields) {
        const QString f = field;
        connect(e, &QLineEdit::editingFinished, this, [this, f] {
            m_errors->markTouched(f);
            revalidate();
        });
        connect(e, &QLineEdit::textEdited, this, [this, f] {
            m_errors->markEdited(f);
            revalidate();
        });
    }
    connect(m_amount, &QLineEdit::textEdited, this, &FinanceApplicationDialog::quoteLater);
    connect(m_plan, &QComboBox::currentIndexChanged, this, [this] {
        m_errors->markEdited(kPlan);
        revalidate();
        quoteLater();
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] { loadPlans(); });
    connect(m_sendEmail, &QCheckBox::toggled, this, [this] {
        m_errors->markEdited(kEmail);
        revalidate();
    });
    connect(m_sendSms, &QCheckBox::toggled, this, [this] {
        m_errors->markEdited(kMobile);
        revalidate();
    });
    connect(m_preapprove, &QPushButton::clicked, this, &FinanceApplicationDialog::preapprove);

    const QList<QWidget*> order{m_site,       m_name,    m_addr1, m_postcode,    m_email,  m_mobile,
                                m_preapprove, m_orderId, m_regNo, m_description, m_amount, m_plan,
                                m_sendEmail,  m_sendSms, m_ok,    m_cancel};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_name->setFocus();
}

void FinanceApplicationDialog::retranslateUi()
{
    setWindowTitle(tr("New finance application"));
    m_intro->setText(tr("The customer applies for point-of-sale finance with Payment Assist: they get a "
                        "link to sign, and the dealership is paid when the application is completed."));
    if (auto* box = findChild<QGroupBox*>(u"customerBox"_s))
        box->setTitle(tr("Customer"));
    if (auto* box = findChild<QGroupBox*>(u"financeBox"_s))
        box->setTitle(tr("Finance"));
    const QList<QPair<QString, QString>> labels{
        {kSite, tr("&Site:")},
        {kName, tr("Customer &name:")},
        {kAddr1, tr("Address &line 1:")},
        {kPostcode, tr("&Postcode:")},
        {kEmail, tr("&E-mail:")},
        {kMobile, tr("&Mobile:")},
        {kOrderId, tr("&Order reference:")},
        {kRegNo, tr("&Vehicle registration:")},
        {kDescription, tr("&Description:")},
        {kAmount, tr("&Amount (£):")},
        {kPlan, tr("P&lan:")},
        {u"send"_s, tr("Send link by:")},
    };
    for (const auto& [key, text] : labels)
        if (QLabel* label = m_labels.value(key))
            label->setText(text);
    m_name->setPlaceholderText(tr("First name and surname"));
    m_amount->setPlaceholderText(QLocale().toString(1250.00, 'f', 2));
    m_preapprove->setText(tr("&Pre-approval"));
    m_preapprove->setToolTip(tr("Ask Payment Assist whether the customer passes its checks before applying"));
    m_sendEmail->setText(tr("E-mail"));
    m_sendSms->setText(tr("SMS"));
    m_ok->setText(tr("Send application"));
    m_errors->retranslate();
    if (m_plans.isEmpty() && m_plan->count() == 0)
        m_schedule->setText(m_query ? tr("Loading the plans…") : QString());
}

void FinanceApplicationDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FinanceApplicationDialog::setQuery(QueryFunction query)
{
    m_query = std::move(query);
    loadPlans();
}

void FinanceApplicationDialog::setSubmit(SubmitFunction<ProviderActionRequest> submit)
{
    m_submit = std::move(submit);
}

QString FinanceApplicationDialog::currentSiteId() const
{
    return m_site->currentData().toString();
}

void FinanceApplicationDialog::loadPlans()
{
    if (!m_query)
        return;
    m_plans = {};
    m_plan->clear();
    m_schedule->setText(tr("Loading the plans…"));
    const QString site = currentSiteId();
    m_query(ProviderQuery::Plans, site, {}, this, [this, site](Result<QJsonObject, ApiError> answer) {
        if (site != currentSiteId())
            return;
        if (!answer) {
            m_schedule->setText(tr("The plans could not be loaded: %1").arg(answer.error().message));
            return;
        }
        m_plans = answer->value(u"plans"_s).toArray();
        const QSignalBlocker block(m_plan);
        for (const QJsonValue& v : std::as_const(m_plans)) {
            const QJsonObject p = v.toObject();
            const int instalments = p.value(u"instalments"_s).toInt();
            const double apr = p.value(u"apr"_s).toDouble();
            const QString text = apr > 0 ? tr("%1 — %n instalment(s), %2% APR", nullptr, instalments)
                                               .arg(p.value(u"name"_s).toString(), QLocale().toString(apr))
                                         : tr("%1 — %n instalment(s), interest free", nullptr, instalments)
                                               .arg(p.value(u"name"_s).toString());
            m_plan->addItem(text, p.value(u"plan_id"_s).toInt());
        }
        m_schedule->clear();
        revalidate();
        quote();
    });
}

std::optional<qint64> FinanceApplicationDialog::amountPence() const
{
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    auto parsed = Money::parseUserInput(text, kCurrency);
    if (!parsed)
        return std::nullopt;
    return parsed->minorUnits();
}

void FinanceApplicationDialog::quoteLater()
{
    m_quoteTimer->start();
}

void FinanceApplicationDialog::quote()
{
    const int generation = ++m_quoteGeneration;
    const auto amount = amountPence();
    if (!m_query || m_plan->currentIndex() < 0 || !amount || *amount <= 0) {
        if (m_plan->count() > 0)
            m_schedule->setText(tr("Enter the amount to see the repayment schedule."));
        return;
    }
    FieldErrors errors;
    collect(errors);
    for (const FieldError& e : std::as_const(errors)) {
        if (e.field == kAmount || e.field == kPlan) {
            m_schedule->clear();
            return;
        }
    }
    m_schedule->setText(tr("Calculating the repayment schedule…"));
    const QJsonObject params{{u"amount"_s, *amount}, {u"plan_id"_s, m_plan->currentData().toInt()}};
    m_query(ProviderQuery::QuotePlan, currentSiteId(), params, this,
            [this, generation](Result<QJsonObject, ApiError> answer) {
                if (generation != m_quoteGeneration)
                    return; // the amount or plan changed since
                if (!answer) {
                    m_schedule->setText(tr("No schedule: %1").arg(answer.error().message));
                    return;
                }
                QStringList lines;
                lines << tr("%1: %2 interest, %3 to repay in total")
                             .arg(answer->value(u"plan"_s).toString(),
                                  money(penceOf(answer->value(u"interest"_s))),
                                  money(penceOf(answer->value(u"repayable"_s))));
                const QJsonArray schedule = answer->value(u"schedule"_s).toArray();
                for (const QJsonValue& v : schedule) {
                    const QJsonObject row = v.toObject();
                    const QDate date = QDate::fromString(row.value(u"date"_s).toString(), Qt::ISODate);
                    lines << u"%1  %2"_s.arg(QLocale().toString(date, QLocale::ShortFormat),
                                             money(penceOf(row.value(u"amount"_s))));
                }
                m_schedule->setText(lines.join(u'\n'));
                growToFit();
            });
}

void FinanceApplicationDialog::growToFit()
{
    // The schedule has a line per instalment: the dialog grows to show it rather than squeeze it.
    // The label's new size reaches the layouts by posted events; ask now instead, and never
    // let the layout squeeze the schedule.
    m_schedule->setMinimumHeight(m_schedule->sizeHint().height());
    m_schedule->parentWidget()->updateGeometry();
    if (layout()) {
        layout()->invalidate();
        layout()->activate();
    }
    const int wanted = sizeHint().height();
    if (wanted > height())
        resize(width(), wanted);
}

void FinanceApplicationDialog::preapprove()
{
    FieldErrors errors;
    const ProviderActionRequest r = collect(errors);
    FieldErrors needed;
    for (const FieldError& e : std::as_const(errors))
        if (e.field == kName || e.field == kSurname || e.field == kAddr1 || e.field == kPostcode)
            needed << e;
    for (const QString& f : {kName, kAddr1, kPostcode})
        m_errors->markTouched(f);
    revalidate();
    if (!needed.isEmpty() || !m_query) {
        m_preapproval->setText(tr("Enter the customer's name, address line 1 and postcode first."));
        return;
    }
    m_preapproval->setText(tr("Asking Payment Assist…"));
    m_preapprove->setEnabled(false);
    const QJsonObject params{{kName, r.payload.value(kName)},
                             {kSurname, r.payload.value(kSurname)},
                             {kAddr1, r.payload.value(kAddr1)},
                             {kPostcode, r.payload.value(kPostcode)}};
    m_query(ProviderQuery::PreApprove, currentSiteId(), params, this,
            [this](Result<QJsonObject, ApiError> answer) {
                m_preapprove->setEnabled(true);
                if (!answer)
                    m_preapproval->setText(tr("No answer: %1").arg(answer.error().message));
                else if (answer->value(u"approved"_s).toBool())
                    m_preapproval->setText(tr("Pre-approved: the customer passes Payment Assist's checks."));
                else
                    m_preapproval->setText(tr("Not pre-approved: the customer does not pass Payment Assist's "
                                              "checks. They may still apply."));
            });
}

ProviderActionRequest FinanceApplicationDialog::collect(FieldErrors& errors) const
{
    ProviderActionRequest r;
    r.provider = ProviderId::paymentAssist();
    r.action = ProviderAction::Initiate;
    const int site = qMax(0, m_site->currentIndex());
    if (site < m_sites.size()) {
        r.enterpriseId = m_sites.at(site).enterpriseId;
        r.storeId = m_sites.at(site).siteId;
    }
    const QString name = m_name->text().simplified();
    const qsizetype space = name.lastIndexOf(u' ');
    QJsonObject& p = r.payload;
    if (!name.isEmpty() && space < 0)
        errors.append({kName, tr("Enter the customer's first name and surname.")});
    p.insert(kName, space < 0 ? name : name.left(space));
    p.insert(kSurname, space < 0 ? QString() : name.mid(space + 1));
    p.insert(kAddr1, m_addr1->text());
    p.insert(kPostcode, m_postcode->text().trimmed().toUpper());
    p.insert(kOrderId, m_orderId->text());
    if (!m_email->text().trimmed().isEmpty())
        p.insert(kEmail, m_email->text());
    if (!m_mobile->text().trimmed().isEmpty())
        p.insert(kMobile, m_mobile->text().remove(u' '));
    if (!m_regNo->text().trimmed().isEmpty())
        p.insert(kRegNo, m_regNo->text().trimmed().toUpper());
    if (!m_description->text().trimmed().isEmpty())
        p.insert(kDescription, m_description->text());
    p.insert(u"send_email"_s, m_sendEmail->isChecked());
    p.insert(u"send_sms"_s, m_sendSms->isChecked());
    const auto amount = amountPence();
    if (!m_amount->text().trimmed().isEmpty() && !amount)
        errors.append(
            {kAmount, tr("Enter the amount in pounds, e.g. %1.").arg(QLocale().toString(1250.00, 'f', 2))});
    p.insert(kAmount, amount.value_or(0));
    if (m_plan->currentIndex() >= 0) {
        const int planId = m_plan->currentData().toInt();
        p.insert(kPlan, planId);
        for (const QJsonValue& v : m_plans) {
            const QJsonObject plan = v.toObject();
            if (plan.value(u"plan_id"_s).toInt() != planId || !amount || *amount <= 0)
                continue;
            const qint64 min = penceOf(plan.value(u"min_amount"_s));
            const qint64 max = penceOf(plan.value(u"max_amount"_s));
            if ((min > 0 && *amount < min) || (max > 0 && *amount > max))
                errors.append({kAmount, tr("This plan takes %1 to %2.").arg(money(min), money(max))});
        }
    } else if (m_query) {
        errors.append({kPlan, tr("Choose a plan.")});
    }
    const FieldErrors rules = PaymentAssistRules().validate(r);
    for (const FieldError& e : rules)
        if (!(e.field == kAmount && std::any_of(errors.cbegin(), errors.cend(),
                                                [](const FieldError& x) { return x.field == kAmount; })))
            errors.append(e);
    return r;
}

FieldErrors FinanceApplicationDialog::validationErrors() const
{
    FieldErrors errors;
    collect(errors);
    return errors;
}

QString FinanceApplicationDialog::shownError(const QString& field) const
{
    return m_errors->shownError(field == kSurname ? kName : field);
}

QString FinanceApplicationDialog::preapprovalText() const
{
    return m_preapproval->text();
}

QString FinanceApplicationDialog::scheduleText() const
{
    return m_schedule->text();
}

int FinanceApplicationDialog::planCount() const
{
    return m_plan->count();
}

void FinanceApplicationDialog::revalidate()
{
    FieldErrors errors;
    collect(errors);
    m_errors->show(errors);
}

void FinanceApplicationDialog::accept()
{
    FieldErrors errors;
    const ProviderActionRequest request = collect(errors);
    if (!m_errors->accept(errors))
        return;
    if (m_submit && !m_errors->refuse(m_submit(request)))
        return;
    m_accepted = request;
    QDialog::accept();
}

void FinanceApplicationDialog::reject()
{
    m_errors->requestDiscard([this] { QDialog::reject(); });
}

} // namespace paydesk::ui
