#include "InitiateDialog.h"

#include "FieldMessage.h"
#include "money/Currency.h"
#include "payments/PhoneNumber.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

// Wire field names, shared with PaymentValidator.
const QString kName = QStringLiteral("customer.name");
const QString kEmail = QStringLiteral("customer.email");
const QString kPhone = QStringLiteral("customer.phone");
const QString kChannels = QStringLiteral("channels");
const QString kRefType = QStringLiteral("reference.type");
const QString kRefNumber = QStringLiteral("reference.number");
const QString kDescription = QStringLiteral("description");
const QString kAmount = QStringLiteral("amount");
const QString kExpiry = QStringLiteral("expiresAt");
const QString kStore = QStringLiteral("storeId");

constexpr int kDefaultExpiryDays = 7;

/// Minor units as locale text with exactly `exponent` decimals: 123456, 2, de → "1.234,56".
QString formatMinor(qint64 minor, int exponent, const QLocale& locale)
{
    qint64 scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    QString text = locale.toString(qulonglong(magnitude / quint64(scale)));
    if (exponent > 0)
        text += locale.decimalPoint() +
                QString::number(magnitude % quint64(scale)).rightJustified(exponent, u'0');
    return negative ? locale.negativeSign() + text : text;
}

} // namespace

InitiateDialog::InitiateDialog(const QList<Site>& sites, QWidget* parent)
    : QDialog(parent)
    , m_sites(sites)
    , m_clock(&Clock::system())
{
    buildUi();
    retranslateUi();
    const QString localCurrency = locale().currencySymbol(QLocale::CurrencyIsoCode);
    setDefaultCurrency(Currency::isKnown(localCurrency) ? localCurrency : QStringLiteral("GBP"));
    m_expiry->setDateTime(m_clock->now().toLocalTime().addDays(kDefaultExpiryDays));
    m_touched.clear(); // filling in defaults is not the user's interaction
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

void InitiateDialog::buildUi()
{
    setObjectName(QStringLiteral("InitiateDialog"));
    setModal(true);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    // --- Customer ------------------------------------------------------------------------
    auto* customerBox = new QGroupBox(this);
    customerBox->setObjectName(QStringLiteral("customerBox"));
    auto* customer = new QGridLayout(customerBox);
    customer->setColumnStretch(1, 1);
    int row = 0;
    const auto addRow = [this](QGridLayout* grid, int& r, QLabel* label, QWidget* field, QWidget* focus,
                               const QString& key) {
        grid->addWidget(label, r, 0, Qt::AlignLeft | Qt::AlignVCenter);
        grid->addWidget(field, r, 1);
        label->setBuddy(focus);
        ++r;
        if (!key.isEmpty()) {
            auto* message = new FieldMessage(focus, QString(), this);
            message->setObjectName(key + QStringLiteral(".message"));
            m_messages.insert(key, message);
            grid->addWidget(message, r, 1);
            ++r;
        }
    };

    m_siteLabel = new QLabel(this);
    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("site"));
    for (const Site& site : std::as_const(m_sites))
        m_site->addItem(site.name.isEmpty() ? site.storeId : site.name);
    // One site needs no choice; the picker then only shows which one.
    m_site->setEnabled(m_sites.size() > 1);

    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(PaymentValidator::kMaxTextLength + 1);
    m_emailLabel = new QLabel(this);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_phoneLabel = new QLabel(this);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);

    m_channelsLabel = new QLabel(this);
    auto* channels = new QWidget(this);
    auto* channelsLayout = new QHBoxLayout(channels);
    channelsLayout->setContentsMargins(0, 0, 0, 0);
    m_byEmail = new QCheckBox(channels);
    m_byEmail->setObjectName(QStringLiteral("byEmail"));
    m_byEmail->setChecked(true);
    m_bySms = new QCheckBox(channels);
    m_bySms->setObjectName(QStringLiteral("bySms"));
    channelsLayout->addWidget(m_byEmail);
    channelsLayout->addWidget(m_bySms);
    channelsLayout->addStretch();

    addRow(customer, row, m_siteLabel, m_site, m_site, kStore);
    addRow(customer, row, m_nameLabel, m_name, m_name, kName);
    addRow(customer, row, m_emailLabel, m_email, m_email, kEmail);
    addRow(customer, row, m_phoneLabel, m_phone, m_phone, kPhone);
    addRow(customer, row, m_channelsLabel, channels, m_byEmail, kChannels);

    // --- Payment -------------------------------------------------------------------------
    auto* paymentBox = new QGroupBox(this);
    paymentBox->setObjectName(QStringLiteral("paymentBox"));
    auto* payment = new QGridLayout(paymentBox);
    payment->setColumnStretch(1, 1);
    row = 0;

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

    addRow(payment, row, m_referenceLabel, reference, m_referenceType, kRefNumber);
    addRow(payment, row, m_descriptionLabel, m_description, m_description, kDescription);
    addRow(payment, row, m_amountLabel, amount, m_amount, kAmount);
    payment->addWidget(m_hasExpiry, row, 0);
    payment->addWidget(expiry, row, 1);
    ++row;
    auto* expiryMessage = new FieldMessage(m_expiry, QString(), this);
    expiryMessage->setObjectName(kExpiry + QStringLiteral(".message"));
    m_messages.insert(kExpiry, expiryMessage);
    payment->addWidget(expiryMessage, row, 1);
    // A reference type PayDesk cannot send is reported with the number.
    m_messages.insert(kRefType, m_messages.value(kRefNumber));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(customerBox);
    layout->addWidget(paymentBox);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    // Natural reading order, top to bottom, left to right.
    QWidget* order[] = {m_site,
                        m_name,
                        m_email,
                        m_phone,
                        m_byEmail,
                        m_bySms,
                        m_referenceType,
                        m_referenceNumber,
                        m_description,
                        m_amount,
                        m_currency,
                        m_hasExpiry,
                        m_expiry,
                        m_buttons->button(QDialogButtonBox::Ok),
                        m_buttons->button(QDialogButtonBox::Cancel)};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &InitiateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InitiateDialog::reject);

    connectField(m_name, kName);
    connectField(m_email, kEmail);
    connectField(m_phone, kPhone);
    connectField(m_referenceNumber, kRefNumber);
    connectField(m_description, kDescription);
    connectField(m_amount, kAmount);
    connect(m_phone, &QLineEdit::editingFinished, this, &InitiateDialog::reformatPhone);
    connect(m_amount, &QLineEdit::editingFinished, this, &InitiateDialog::reformatAmount);
    for (QCheckBox* box : {m_byEmail, m_bySms}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            markTouched(kChannels);
            // Which contact detail is required depends on the channels.
            revalidate();
        });
    }
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        reformatAmount();
        updateAmountPlaceholder();
        revalidate();
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    connect(m_referenceType, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    connect(m_hasExpiry, &QCheckBox::toggled, this, [this](bool on) {
        m_expiry->setEnabled(on);
        markTouched(kExpiry);
    });
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, [this] { markTouched(kExpiry); });
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
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Customer name"));
    m_name->setPlaceholderText(tr("As on the invoice"));
    m_emailLabel->setText(tr("&Email:"));
    m_email->setAccessibleName(tr("Customer email"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_phoneLabel->setText(tr("&Mobile:"));
    m_phone->setAccessibleName(tr("Customer mobile number"));
    m_phone->setPlaceholderText(tr("+44 7700 900123"));
    m_channelsLabel->setText(tr("Send link by:"));
    m_byEmail->setText(tr("Emai&l"));
    m_byEmail->setAccessibleName(tr("Send the pay link by email"));
    m_bySms->setText(tr("SM&S"));
    m_bySms->setAccessibleName(tr("Send the pay link by SMS"));

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
        {kName, tr("Customer name problem")},
        {kEmail, tr("Email problem")},
        {kPhone, tr("Mobile number problem")},
        {kChannels, tr("Channel problem")},
        {kRefNumber, tr("Reference problem")},
        {kDescription, tr("Description problem")},
        {kAmount, tr("Amount problem")},
        {kExpiry, tr("Expiry problem")},
    };
    for (auto it = messageNames.begin(); it != messageNames.end(); ++it)
        m_messages.value(it.key())->setAccessibleName(it.value());
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

void InitiateDialog::connectField(QWidget* field, const QString& name)
{
    auto* edit = qobject_cast<QLineEdit*>(field);
    if (!edit)
        return;
    // Quiet while the user types a field for the first time; once they leave it (or pressed
    // Send), every keystroke re-checks it so the message disappears as soon as it is fixed.
    connect(edit, &QLineEdit::editingFinished, this, [this, name] { markTouched(name); });
    connect(edit, &QLineEdit::textEdited, this, [this] { revalidate(); });
}

void InitiateDialog::markTouched(const QString& field)
{
    m_touched.insert(field);
    revalidate();
}

void InitiateDialog::setValidator(const PaymentValidator& validator)
{
    m_validator = validator;
    revalidate();
}

void InitiateDialog::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &Clock::system();
    // Keep an expiry the user chose; otherwise move the default to the new clock's "now".
    if (!m_touched.contains(kExpiry)) {
        m_expiry->setDateTime(m_clock->now().toLocalTime().addDays(kDefaultExpiryDays));
        m_touched.remove(kExpiry);
    }
    revalidate();
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
    m_name->setText(request.customer.name);
    m_email->setText(request.customer.email);
    m_phone->setText(request.customer.phone);
    m_byEmail->setChecked(request.channels.testFlag(Channel::Email));
    m_bySms->setChecked(request.channels.testFlag(Channel::Sms));
    const int type = m_referenceType->findData(int(request.reference.type));
    if (type >= 0)
        m_referenceType->setCurrentIndex(type);
    m_referenceNumber->setText(request.reference.number);
    m_description->setText(request.description);
    if (request.amount.isValid()) {
        setDefaultCurrency(request.amount.currency());
        m_amount->setText(formatMinor(request.amount.minorUnits(), request.amount.exponent(), locale()));
    }
    m_hasExpiry->setChecked(request.expiresAt.isValid());
    if (request.expiresAt.isValid())
        m_expiry->setDateTime(request.expiresAt.toLocalTime());
    m_touched.clear();
    revalidate();
}

QString InitiateDialog::currentCurrency() const
{
    return m_currency->currentData().toString();
}

void InitiateDialog::updateAmountPlaceholder()
{
    const int exponent = std::max(0, Currency::exponent(currentCurrency()));
    m_amount->setPlaceholderText(formatMinor(0, exponent, locale()));
}

void InitiateDialog::reformatAmount()
{
    // Shown back the way it will be charged: "1234,5" becomes "1.234,50".
    const auto money = Money::parseUserInput(m_amount->text(), currentCurrency(), locale());
    if (money)
        m_amount->setText(formatMinor(money->minorUnits(), money->exponent(), locale()));
}

void InitiateDialog::reformatPhone()
{
    if (const auto e164 = PhoneNumber::toE164(m_phone->text().trimmed(), m_validator.callingCode()))
        m_phone->setText(*e164);
}

InitiateRequest InitiateDialog::collect(FieldErrors& errors) const
{
    InitiateRequest request;
    if (const int site = m_site->currentIndex(); site >= 0 && site < m_sites.size()) {
        request.enterpriseId = m_sites.at(site).enterpriseId;
        request.storeId = m_sites.at(site).storeId;
    }
    request.customer.name = m_name->text();
    request.customer.email = m_email->text();
    request.customer.phone = m_phone->text();
    Channels channels;
    channels.setFlag(Channel::Email, m_byEmail->isChecked());
    channels.setFlag(Channel::Sms, m_bySms->isChecked());
    request.channels = channels;
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
    const FieldMessage* message = m_messages.value(field);
    return message ? message->message() : QString();
}

void InitiateDialog::revalidate()
{
    FieldErrors errors;
    collect(errors);
    QHash<FieldMessage*, QString> shown;
    for (const FieldError& e : std::as_const(errors)) {
        FieldMessage* message = m_messages.value(e.field);
        if (!message)
            message = m_messages.value(kStore); // anything unmapped is about the whole request
        if (!shown.contains(message) && (m_submitAttempted || m_touched.contains(e.field)))
            shown.insert(message, e.message);
    }
    for (FieldMessage* message : std::as_const(m_messages))
        message->setMessage(shown.value(message));
}

void InitiateDialog::accept()
{
    m_submitAttempted = true;
    reformatPhone();
    FieldErrors errors;
    const InitiateRequest request = collect(errors);
    revalidate();
    if (!errors.isEmpty()) {
        // Refused: nothing leaves the dialog; take the user to the first thing to fix.
        const std::pair<QString, QWidget*> fields[] = {{kStore, m_site},
                                                       {kName, m_name},
                                                       {kEmail, m_email},
                                                       {kPhone, m_phone},
                                                       {kChannels, m_byEmail},
                                                       {kRefType, m_referenceType},
                                                       {kRefNumber, m_referenceNumber},
                                                       {kDescription, m_description},
                                                       {kAmount, m_amount},
                                                       {kExpiry, m_expiry}};
        QWidget* first = nullptr;
        for (const auto& [key, widget] : fields) {
            const bool wrong = std::any_of(errors.cbegin(), errors.cend(),
                                           [&key](const FieldError& e) { return e.field == key; });
            if (wrong && !first)
                first = widget;
        }
        if (first)
            first->setFocus(Qt::OtherFocusReason);
        return;
    }
    reformatAmount();
    m_accepted = request;
    QDialog::accept();
}

InitiateRequest InitiateDialog::request() const
{
    return m_accepted;
}

} // namespace paydesk::ui
