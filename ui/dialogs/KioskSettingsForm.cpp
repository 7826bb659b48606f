#include "KioskSettingsForm.h"

#include "FieldMessage.h"
#include "kiosk/StaffPin.h"
#include "util/OwnThread.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {

const QString PinField = u"staffPin"_s;
const QString RepeatField = u"staffPinRepeat"_s;

/// A label's text as an accessible name: no mnemonic, no closing colon (" :" in French).
QString plain(QString text)
{
    text.remove(u'&');
    text = text.trimmed();
    if (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

bool allDigits(const QString& text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

KioskSettingsForm::KioskSettingsForm(QWidget* parent)
    : QWidget(parent)
    , m_config(KioskConfig::load())
{
    setObjectName(u"kioskSettingsForm"_s);
    auto* v = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    v->addWidget(m_intro);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_enabled = new QCheckBox(this);
    m_enabled->setObjectName(u"kioskEnabled"_s);
    m_enabled->setChecked(m_config.enabled);
    form->addRow(m_enabled);
    if (QLabel* note = addNote(u"enabled"_s)) {
        form->addRow(note);
        m_enabled->setEnabled(false);
    }

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"kioskDealershipName"_s);
    m_name->setText(m_config.dealershipName);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    form->addRow(m_nameLabel, m_name);
    m_nameHint = new QLabel(this);
    m_nameHint->setObjectName(u"kioskDealershipNameHint"_s);
    m_nameHint->setWordWrap(true);
    form->addRow(QString(), m_nameHint);
    if (QLabel* note = addNote(u"dealershipName"_s)) {
        form->addRow(QString(), note);
        m_name->setReadOnly(true);
        m_name->setEnabled(false);
    }

    m_idle = new QSpinBox(this);
    m_idle->setObjectName(u"kioskIdleSeconds"_s);
    // KioskConfig::load()'s bounds.
    m_idle->setRange(15, 3600);
    m_idle->setValue(m_config.idleSeconds);
    m_idleLabel = new QLabel(this);
    m_idleLabel->setBuddy(m_idle);
    form->addRow(m_idleLabel, m_idle);
    if (QLabel* note = addNote(u"idleSeconds"_s)) {
        form->addRow(QString(), note);
        m_idle->setReadOnly(true);
        m_idle->setEnabled(false);
    }

    // The PIN apart from the screen's settings above.
    form->addItem(new QSpacerItem(0, 12, QSizePolicy::Minimum, QSizePolicy::Fixed));
    m_pinState = new QLabel(this);
    m_pinState->setObjectName(u"kioskPinState"_s);
    m_pinState->setWordWrap(true);
    form->addRow(m_pinState);
    const auto pinEdit = [this](const QString& name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(StaffPin::MaxDigits);
        edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        edit->setContextMenuPolicy(Qt::NoContextMenu);
        return edit;
    };
    m_pin = pinEdit(PinField);
    m_pinLabel = new QLabel(this);
    m_pinLabel->setBuddy(m_pin);
    form->addRow(m_pinLabel, m_pin);
    m_pinError = new FieldMessage(m_pin, QString(), this);
    m_pinError->setObjectName(u"staffPin.message"_s);
    form->addRow(QString(), m_pinError);
    m_repeat = pinEdit(RepeatField);
    m_repeatLabel = new QLabel(this);
    m_repeatLabel->setBuddy(m_repeat);
    form->addRow(m_repeatLabel, m_repeat);
    m_repeatError = new FieldMessage(m_repeat, QString(), this);
    m_repeatError->setObjectName(u"staffPinRepeat.message"_s);
    form->addRow(QString(), m_repeatError);
    if (QLabel* note = addNote(u"pinHash"_s)) {
        form->addRow(QString(), note);
        // Read-only and greyed out: what IT set is not typed over here.
        for (QLineEdit* edit : {m_pin, m_repeat}) {
            edit->setReadOnly(true);
            edit->setEnabled(false);
        }
    }
    v->addLayout(form);
    v->addStretch();

    // A message goes once its field is edited again (the check runs anew on Save).
    connect(m_pin, &QLineEdit::textEdited, this, [this] { m_pinError->setMessage(QString()); });
    connect(m_repeat, &QLineEdit::textEdited, this, [this] { m_repeatError->setMessage(QString()); });
    retranslate();
}

KioskSettingsForm::~KioskSettingsForm()
{
    clearTypedPin();
}

QLabel* KioskSettingsForm::addNote(const QString& key)
{
    if (!m_config.isProvisioned(key))
        return nullptr;
    auto* note = new QLabel(this);
    note->setObjectName(u"kioskProvisioned_"_s + key);
    note->setTextFormat(Qt::PlainText);
    m_notes << note;
    return note;
}

QString KioskSettingsForm::provisionedNote()
{
    return tr("Set by your administrator");
}

FieldErrors KioskSettingsForm::errors() const
{
    FieldErrors errors;
    if (m_config.isProvisioned(u"pinHash"_s))
        return errors;
    const QString pin = m_pin->text();
    const QString repeat = m_repeat->text();
    if (pin.isEmpty() && repeat.isEmpty())
        return errors;
    if (!allDigits(pin))
        errors.append({PinField, tr("Use digits only (0–9).")});
    else if (!StaffPin::isValidPin(pin))
        errors.append(
            {PinField,
             tr("A staff PIN has %1 to %2 digits.").arg(StaffPin::MinDigits).arg(StaffPin::MaxDigits)});
    else if (repeat.isEmpty())
        errors.append({RepeatField, tr("Type the new PIN again to confirm it.")});
    else if (repeat != pin)
        errors.append({RepeatField, tr("The two PINs are not the same.")});
    return errors;
}

void KioskSettingsForm::showErrors(const FieldErrors& errors)
{
    QString pinMessage;
    QString repeatMessage;
    for (const FieldError& e : errors) {
        if (e.field == PinField && pinMessage.isEmpty())
            pinMessage = e.message;
        else if (e.field == RepeatField && repeatMessage.isEmpty())
            repeatMessage = e.message;
    }
    m_pinError->setMessage(pinMessage);
    m_repeatError->setMessage(repeatMessage);
    if (!pinMessage.isEmpty())
        m_pin->setFocus();
    else if (!repeatMessage.isEmpty())
        m_repeat->setFocus();
}

QString KioskSettingsForm::shownError(const QString& field) const
{
    if (field == PinField)
        return m_pinError->message();
    if (field == RepeatField)
        return m_repeatError->message();
    return {};
}

bool KioskSettingsForm::needsHashing() const
{
    return !m_hashing && !m_config.isProvisioned(u"pinHash"_s) && StaffPin::isValidPin(m_pin->text()) &&
           m_repeat->text() == m_pin->text();
}

void KioskSettingsForm::hashPin(std::function<void()> done)
{
    if (!needsHashing())
        return;
    m_hashing = true;
    m_pin->setReadOnly(true);
    m_repeat->setReadOnly(true);
    retranslate();
    // PBKDF2 with 600,000 rounds takes over a second on purpose: on a thread of its own, as the
    // kiosk checks a PIN, so the window keeps painting. The answer comes back to this thread, and
    // not at all once the form is gone.
    runOnOwnThread(
        this, [pin = m_pin->text()] { return StaffPin::hash(pin); },
        [this, done = std::move(done)](const QString& hash) {
            m_hashing = false;
            m_newHash = hash;
            clearTypedPin();
            m_pin->setReadOnly(false);
            m_repeat->setReadOnly(false);
            retranslate();
            if (done)
                done();
        });
}

QStringList KioskSettingsForm::save()
{
    QStringList changed;
    const auto put = [&](const QString& key, const QVariant& value, const QVariant& was) {
        if (value != was && !m_config.isProvisioned(key) && KioskConfig::saveUserValue(key, value))
            changed << key;
    };
    put(u"enabled"_s, m_enabled->isChecked(), m_config.enabled);
    put(u"dealershipName"_s, m_name->text().trimmed(), m_config.dealershipName);
    put(u"idleSeconds"_s, m_idle->value(), m_config.idleSeconds);
    if (!m_newHash.isEmpty() && !m_config.isProvisioned(u"pinHash"_s) &&
        KioskConfig::saveUserValue(u"pinHash"_s, m_newHash)) {
        // Named in the audit line as "staffPin"; the hash itself goes nowhere else.
        changed << u"staffPin"_s;
        m_newHash.clear();
    }
    m_config = KioskConfig::load();
    retranslate();
    return changed;
}

void KioskSettingsForm::clearTypedPin()
{
    // setText() also drops the fields' undo history.
    m_pin->setText(QString());
    m_repeat->setText(QString());
}

void KioskSettingsForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskSettingsForm::retranslate()
{
    m_intro->setText(tr("Kiosk mode turns this computer into a locked-down screen at the service desk, "
                        "where customers find and pay for their own repair or order."));
    m_enabled->setText(tr("&Start PayDesk in kiosk mode"));
    m_enabled->setAccessibleName(plain(m_enabled->text()));
    m_nameLabel->setText(tr("D&ealership name:"));
    m_name->setAccessibleName(plain(m_nameLabel->text()));
    m_nameHint->setText(tr("Shown when the platform does not name the store"));
    m_idleLabel->setText(tr("Back to the start &after (seconds without a touch):"));
    m_idle->setAccessibleName(plain(m_idleLabel->text()));
    m_pinLabel->setText(tr("New staff &PIN:"));
    m_pin->setAccessibleName(plain(m_pinLabel->text()));
    m_repeatLabel->setText(tr("&Repeat the new PIN:"));
    m_repeat->setAccessibleName(plain(m_repeatLabel->text()));
    const bool provisionedPin = m_config.isProvisioned(u"pinHash"_s);
    const QString digits = tr("%1 to %2 digits").arg(StaffPin::MinDigits).arg(StaffPin::MaxDigits);
    m_pin->setPlaceholderText(provisionedPin ? QString() : digits);
    m_repeat->setPlaceholderText(provisionedPin ? QString() : digits);
    if (m_hashing)
        m_pinState->setText(tr("Securing the PIN…"));
    else if (!m_config.pinHash.isEmpty() && StaffPin::isWellFormed(m_config.pinHash))
        m_pinState->setText(tr("A staff PIN is set."));
    else
        m_pinState->setText(tr("No staff PIN is set yet: staff cannot unlock the kiosk."));
    for (QLabel* note : std::as_const(m_notes))
        note->setText(provisionedNote());
}

} // namespace paydesk::ui
