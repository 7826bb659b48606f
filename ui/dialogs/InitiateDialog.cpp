#include "InitiateDialog.h"

#include "CustomerContactFields.h"
#include "FieldMessage.h"
#include "money/Currency.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

// Wire field names, shared with PaymentValidator (the customer's are CustomerContactFields').
const QString kRefType = QStringLiteral("reference.type");
const QString kRefNumber = QStringLiteral("reference.number");
const QString kDescription = QStringLiteral("description");
const QString kAmount = QStringLiteral("amount");
const QString kExpiry = QStringLiteral("expiresAt");
const QString kStore = QStringLiteral("storeId");

constexpr int kDefaultExpiryDays = 7;

} // namespace

InitiateDialog::InitiateDialog(const QList<Site>& sites, QWidget* parent)
    : QDialog(parent)
    , m_sites(sites)
    , m_clock(&Clock::system())
{
    buildUi();
    retranslateUi();
    // The site's currency decides, never the language: a German UI at a GBP site asks for pounds.
    followSiteCurrency();
    m_expiry->setDateTime(m_clock->now().toLocalTime().addDays(kDefaultExpiryDays));
    m_errors->clearTouched(); // filling in defaults is not the user's interaction
    revalidate();
}

InitiateDialog::~InitiateDialog()
{
    // ~QDialog hides the window, which takes the focus from a line edit and emits
    // editingFinished into a half-destroyed dialog; cut those connections first.
    const auto children = findChildren<QWidget*>();
    for (QWidget* child : children)
        child->disconnect(this);
}

FieldMessage* InitiateDialog::addMessage(QWidget* focus, const QString& field)
{
    auto* message = new FieldMessage(focus, QString(), this);
    message->setObjectName(field + QStringLiteral(".message"));
    m_messages.insert(field, message);
    m_errors->addField(field, focus, message);
    return message;
}

void InitiateDialog::buildUi()
{
    setObjectName(QStringLiteral("InitiateDialog"));
    setModal(true);
    m_errors = new FieldErrorPresenter(this);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    // --- Customer ------------------------------------------------------------------------
    auto* customerBox = new QGroupBox(this);
    customerBox->setObjectName(QStringLiteral("customerBox"));
    auto* customerLayout = new QVBoxLayout(customerBox);
    m_customer = new CustomerContactFields(customerBox);
    customerLayout->addWidget(m_customer);

    m_siteLabel = new QLabel(m_customer);
    m_site = new QComboBox(m_customer);
    m_site->setObjectName(QStringLiteral("site"));
    for (const Site& site : std::as_const(m_sites))
        m_site->addItem(site.name.isEmpty() ? site.storeId : site.name);
    // One site needs no choice; the picker then only shows which one.
    m_site->setEnabled(m_sites.size() > 1);
    m_siteLabel->setBuddy(m_site);
    // The site goes first, in the customer block's own rows so every label lines up.
    m_customer->formLayout()->insertRow(0, m_siteLabel, m_site);
    m_customer->formLayout()->insertRow(1, nullptr, addMessage(m_site, kStore));
    m_customer->registerWith(*m_errors);

    // --- Payment -------------------------------------------------------------------------
    auto* paymentBox = new QGroupBox(this);
    paymentBox->setObjectName(QStringLiteral("paymentBox"));
    auto* payment = new QGridLayout(paymentBox);
    payment->setColumnStretch(1, 1);
    int row = 0;
    const auto addRow = [this, payment, &row](QLabel* label, QWidget* field, QWidget* focus,
                                              const QString& key) {
        payment->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        payment->addWidget(field, row, 1);
        label->setBuddy(focus);
        ++row;
        payment->addWidget(addMessage(focus, key), row, 1);
        ++row;
    };

    m_referenceLabel = new QLabel(this);
    auto* reference = new QWidget(this);
    auto* referenceLayout = new QHBoxLayout(reference);
    referenceLayout->setContentsMargins(0, 0, 0, 0);
    m_referenceType = new QComboBox(reference);
    m_referenceType->setObjectName(QStringLiteral("referenceType"));
    for (auto type :
         {PaymentReference::Type::Invoice, PaymentReference::Type::RepairOrder, PaymentReference::Type::Deal})
        m_referenceType->addItem(QString(), QVariant::fromValue(int(type)));
    m_referenceNumber = new QLineEdit(reference);
    m_referenceNumber->setObjectName(QStringLiteral("referenceNumber"));
    m_referenceNumber->setMaxLength(PaymentValidator::kMaxTextLength + 1);
    referenceLayout->addWidget(m_referenceType);
    referenceLayout->addWidget(m_referenceNumber, 1);

    m_descriptionLabel = new QLabel(this);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setMaxLength(PaymentValidator::kMaxTextLength + 1);

    m_amountLabel = new QLabel(this);
    auto* amount = new QWidget(this);
    auto* amountLayout = new QHBoxLayout(amount);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    m_amount = new QLineEdit(amount);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_amount->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_amount->setMaxLength(33); // any amount with its separators; a longer paste is refused
    m_currency = new QComboBox(amount);
    m_currency->setObjectName(QStringLiteral("currency"));
    for (const QString& code : Currency::knownCodes()) {
        const QString symbol = Currency::symbol(code);
        m_currency->addItem(symbol == code ? code : QStringLiteral("%1  %2").arg(code, symbol), code);
    }
    amountLayout->addWidget(m_amount, 1);
    amountLayout->addWidget(m_currency);

    auto* expiry = new QWidget(this);
    auto* expiryLayout = new QHBoxLayout(expiry);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    m_hasExpiry = new QCheckBox(expiry);
    m_hasExpiry->setObjectName(QStringLiteral("hasExpiry"));
    m_hasExpiry->setChecked(true);
    m_expiry = new QDateTimeEdit(expiry);
    m_expiry->setObjectName(QStringLiteral("expiry"));
    m_expiry->setCalendarPopup(true);
    expiryLayout->addWidget(m_expiry, 1);

    addRow(m_referenceLabel, reference, m_referenceType, kRefNumber);
    addRow(m_descriptionLabel, m_description, m_description, kDescription);
    addRow(m_amountLabel, amount, m_amount, kAmount);
    payment->addWidget(m_hasExpiry, row, 0);
    payment->addWidget(expiry, row, 1);
    ++row;
    payment->addWidget(addMessage(m_expiry, kExpiry), row, 1);
    // A reference type PayDesk cannot send is reported with the number.
    m_errors->addAlias(kRefType, kRefNumber);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(customerBox);
    layout->addWidget(paymentBox);
    layout->addStretch();
    layout->addWidget(m_errors->formMessage());
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    // Natural reading order, top to bottom, left to right.
    QList<QWidget*> order{m_site};
    order << m_customer->tabChain();
    order << QList<QWidget*>{m_referenceType,
                             m_referenceNumber,
                             m_description,
                             m_amount,
                             m_currency,
                             m_hasExpiry,
                             m_expiry,
                             m_buttons->button(QDialogButtonBox::Ok),
                             m_buttons->button(QDialogButtonBox::Cancel)};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    // The form opens on the customer's name, not on the site picker first in the tab order:
    // typing a name must never change the site.
    m_customer->tabChain().constFirst()->setFocus();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &InitiateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InitiateDialog::reject);

    connect(m_customer, &CustomerContactFields::touched, this, &InitiateDialog::markTouched);
    connect(m_customer, &CustomerContactFields::edited, this, [this](const QString& field) {
        m_errors->markEdited(field);
        revalidate();
    });
    connectField(m_referenceNumber, kRefNumber);
    connectField(m_description, kDescription);
    connectField(m_amount, kAmount);
    connect(m_amount, &QLineEdit::editingFinished, this, &InitiateDialog::reformatAmount);
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        m_errors->markEdited(kAmount);
        reformatAmount();
        updateAmountPlaceholder();
        revalidate();
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        m_errors->markEdited(kStore);
        followSiteCurrency();
        revalidate();
    });
    // A currency the user picked stays when the site changes.
    connect(m_currency, &QComboBox::activated, this, [this] { m_currencyChosen = true; });
    connect(m_referenceType, &QComboBox::currentIndexChanged, this, [this] {
        m_errors->markEdited(kRefType);
        revalidate();
    });
    connect(m_hasExpiry, &QCheckBox::toggled, this, [this](bool on) {
        m_expiry->setEnabled(on);
        m_errors->markEdited(kExpiry);
        markTouched(kExpiry);
    });
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_errors->markEdited(kExpiry);
        markTouched(kExpiry);
    });
}

void InitiateDialog::retranslateUi()
{
    setWindowTitle(tr("New payment request"));
    m_intro->setText(tr("The customer receives a link to pay online. PayDesk queues the request and "
                        "sends it as soon as the platform can be reached."));
    findChild<QGroupBox*>(QStringLiteral("customerBox"))->setTitle(tr("Customer"));
    findChild<QGroupBox*>(QStringLiteral("paymentBox"))->setTitle(tr("Payment"));

    m_siteLabel->setText(tr("S&ite:"));
    m_site->setAccessibleName(tr("Site"));

    m_referenceLabel->setText(tr("&Reference:"));
    m_referenceType->setAccessibleName(tr("Reference type"));
    for (int i = 0; i < m_referenceType->count(); ++i)
        m_referenceType->setItemText(
            i, PaymentReference::make(PaymentReference::Type(m_referenceType->itemData(i).toInt()), {})
                   .typeDisplayName());
    m_referenceNumber->setAccessibleName(tr("Reference number"));
    m_referenceNumber->setPlaceholderText(tr("Number in the DMS"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("Shown to the customer, e.g. “Service and MOT”"));
    m_amountLabel->setText(tr("&Amount:"));
    m_amount->setAccessibleName(tr("Amount"));
    m_currency->setAccessibleName(tr("Currency"));
    m_hasExpiry->setText(tr("E&xpires:"));
    m_hasExpiry->setAccessibleName(tr("The pay link expires"));
    m_hasExpiry->setToolTip(tr("Untick to use the platform's default expiry."));
    m_expiry->setAccessibleName(tr("Expiry date and time"));

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Send pay link"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Send pay link"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    const QHash<QString, QString> messageNames{
        {kStore, tr("Site problem")},
        {kRefNumber, tr("Reference problem")},
        {kDescription, tr("Description problem")},
        {kAmount, tr("Amount problem")},
        {kExpiry, tr("Expiry problem")},
    };
    for (auto it = messageNames.begin(); it != messageNames.end(); ++it)
        m_messages.value(it.key())->setAccessibleName(it.value());
    m_errors->retranslate();
    updateAmountPlaceholder();
}

void InitiateDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        revalidate();
    }
}

void InitiateDialog::connectField(QLineEdit* edit, const QString& field)
{
    // Quiet while the user types a field for the first time; once they leave it (or pressed
    // Send), every keystroke re-checks it so the message disappears as soon as it is fixed.
    connect(edit, &QLineEdit::editingFinished, this, [this, field] { markTouched(field); });
    connect(edit, &QLineEdit::textEdited, this, [this, field] {
        m_errors->markEdited(field);
        revalidate();
    });
}

void InitiateDialog::markTouched(const QString& field)
{
    m_errors->markTouched(field);
    revalidate();
}

void InitiateDialog::setValidator(const PaymentValidator& validator)
{
    m_validator = validator;
    m_customer->setCallingCode(validator.callingCode());
    revalidate();
}

void InitiateDialog::setSubmit(SubmitFunction<InitiateRequest> submit)
{
    m_submit = std::move(submit);
}

void InitiateDialog::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &Clock::system();
    // Keep an expiry the user chose; otherwise move the default to the new clock's "now".
    if (!m_errors->isTouched(kExpiry)) {
        m_expiry->setDateTime(m_clock->now().toLocalTime().addDays(kDefaultExpiryDays));
        m_errors->clearTouched(kExpiry);
    }
    revalidate();
}

QString InitiateDialog::siteCurrency() const
{
    const int index = m_site->currentIndex();
    const QString code =
        index >= 0 && index < m_sites.size() ? m_sites.at(index).currency.toUpper() : QString();
    return Currency::isKnown(code) ? code : QStringLiteral("GBP");
}

void InitiateDialog::followSiteCurrency()
{
    if (!m_currencyChosen)
        setDefaultCurrency(siteCurrency());
}

void InitiateDialog::setDefaultCurrency(const QString& code)
{
    const int index = m_currency->findData(code.toUpper());
    if (index >= 0)
        m_currency->setCurrentIndex(index);
    updateAmountPlaceholder();
}

void InitiateDialog::setRequest(const InitiateRequest& request)
{
    for (int i = 0; i < m_sites.size(); ++i) {
        if (m_sites.at(i).storeId == request.storeId && m_sites.at(i).enterpriseId == request.enterpriseId)
            m_site->setCurrentIndex(i);
    }
    m_customer->setCustomer(request.customer);
    m_customer->setChannels(request.channels);
    const int type = m_referenceType->findData(int(request.reference.type));
    if (type >= 0)
        m_referenceType->setCurrentIndex(type);
    m_referenceNumber->setText(request.reference.number);
    m_description->setText(request.description);
    if (request.amount.isValid()) {
        m_currencyChosen = true; // the request's own currency, whatever the site's
        setDefaultCurrency(request.amount.currency());
        m_amount->setText(request.amount.formatUserInput(locale()));
    }
    m_hasExpiry->setChecked(request.expiresAt.isValid());
    if (request.expiresAt.isValid())
        m_expiry->setDateTime(request.expiresAt.toLocalTime());
    m_errors->clearTouched();
    revalidate();
}

QString InitiateDialog::currentCurrency() const
{
    return m_currency->currentData().toString();
}

void InitiateDialog::updateAmountPlaceholder()
{
    const auto zero = Money::fromMinor(0, currentCurrency());
    m_amount->setPlaceholderText(zero ? zero->formatUserInput(locale()) : QString());
}

void InitiateDialog::reformatAmount()
{
    // Shown back the way it will be charged: "1234,5" becomes "1.234,50".
    const auto money = Money::parseUserInput(m_amount->text(), currentCurrency(), locale());
    if (money)
        m_amount->setText(money->formatUserInput(locale()));
}

InitiateRequest InitiateDialog::collect(FieldErrors& errors) const
{
    InitiateRequest request;
    if (const int site = m_site->currentIndex(); site >= 0 && site < m_sites.size()) {
        request.enterpriseId = m_sites.at(site).enterpriseId;
        request.storeId = m_sites.at(site).storeId;
    }
    request.customer = m_customer->customer();
    request.channels = m_customer->channels();
    request.reference = PaymentReference::make(PaymentReference::Type(m_referenceType->currentData().toInt()),
                                               m_referenceNumber->text());
    request.description = m_description->text();
    const auto amount = Money::parseUserInput(m_amount->text(), currentCurrency(), locale());
    if (amount)
        request.amount = *amount;
    if (m_hasExpiry->isChecked())
        request.expiresAt = m_expiry->dateTime().toUTC();

    errors = m_validator.validate(request, m_clock->now());
    if (!amount) {
        // The parser knows better than "choose a currency" why the text is not an amount.
        errors.removeIf([](const FieldError& e) { return e.field == kAmount; });
        errors.append({kAmount, amount.error().message});
    }
    // Every text field takes one character more than it may have: a field that is full was cut
    // (a paste of a megabyte keeps its start). Say so, instead of only "too long" or "not valid".
    const std::pair<const QLineEdit*, QString> capped[] = {
        {findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("customer.name")},
        {findChild<QLineEdit*>(QStringLiteral("email")), QStringLiteral("customer.email")},
        {findChild<QLineEdit*>(QStringLiteral("phone")), QStringLiteral("customer.phone")},
        {m_referenceNumber, kRefNumber},
        {m_description, kDescription},
        {m_amount, kAmount},
    };
    for (const auto& [edit, field] : capped) {
        if (!edit || edit->text().size() < edit->maxLength())
            continue;
        // A named copy: clang 14 cannot capture a structured binding.
        const QString name = field;
        errors.removeIf([&name](const FieldError& e) { return e.field == name; });
        errors.append({field, tr("Too long: at most %1 characters. Anything beyond that was left out, so "
                                 "check the end of the text.")
                                  .arg(edit->maxLength() - 1)});
    }
    return request;
}

FieldErrors InitiateDialog::validationErrors() const
{
    FieldErrors errors;
    collect(errors);
    return errors;
}

QString InitiateDialog::shownError(const QString& field) const
{
    return m_errors->shownError(field);
}

void InitiateDialog::revalidate()
{
    FieldErrors errors;
    collect(errors);
    m_errors->show(errors);
}

void InitiateDialog::accept()
{
    m_customer->reformatPhone();
    FieldErrors errors;
    const InitiateRequest request = collect(errors);
    // Refused by the form's check or by the submit: nothing leaves the dialog, the input stays
    // and the focus goes to the first thing to fix.
    if (!m_errors->accept(errors))
        return;
    if (m_submit && !m_errors->refuse(m_submit(request)))
        return;
    reformatAmount();
    m_accepted = request;
    QDialog::accept();
}

InitiateRequest InitiateDialog::request() const
{
    return m_accepted;
}

void InitiateDialog::reject()
{
    m_errors->requestDiscard([this] { QDialog::reject(); });
}

} // namespace paydesk::ui
