#include "ReceiptIssuerForm.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

ReceiptIssuerForm::ReceiptIssuerForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"receiptIssuerForm"_s);
    // The rows at the top, extra height below them (not in the wrapped note).
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText); // it names the profile
    form->addRow(m_intro);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"dealerName"_s);
    m_name->setMaxLength(255);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    form->addRow(m_nameLabel, m_name);

    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(u"dealerAddress"_s);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 5 + 12);
    m_addressLabel = new QLabel(this);
    m_addressLabel->setBuddy(m_address);
    form->addRow(m_addressLabel, m_address);

    m_vat = new QLineEdit(this);
    m_vat->setObjectName(u"vatNumber"_s);
    m_vat->setMaxLength(40);
    m_vatLabel = new QLabel(this);
    m_vatLabel->setBuddy(m_vat);
    form->addRow(m_vatLabel, m_vat);

    auto* logoLayout = new QHBoxLayout;
    m_logo = new QLineEdit(this);
    m_logo->setObjectName(u"logoFile"_s);
    m_browse = new QPushButton(this);
    m_browse->setObjectName(u"chooseLogo"_s);
    m_clearLogo = new QPushButton(this);
    m_clearLogo->setObjectName(u"clearLogo"_s);
    logoLayout->addWidget(m_logo, 1);
    logoLayout->addWidget(m_browse);
    logoLayout->addWidget(m_clearLogo);
    m_logoLabel = new QLabel(this);
    m_logoLabel->setBuddy(m_logo);
    form->addRow(m_logoLabel, logoLayout);
    connect(m_browse, &QPushButton::clicked, this, &ReceiptIssuerForm::chooseLogo);
    connect(m_clearLogo, &QPushButton::clicked, m_logo, &QLineEdit::clear);
    retranslate();
}

void ReceiptIssuerForm::setProfile(const ConnectionProfile& profile)
{
    m_profileName = profile.name;
    m_name->setText(profile.dealerName);
    m_address->setPlainText(profile.dealerAddress.join(u'\n'));
    m_vat->setText(profile.vatNumber);
    m_logo->setText(profile.logoFile);
    retranslate();
}

void ReceiptIssuerForm::applyTo(ConnectionProfile& profile) const
{
    profile.dealerName = m_name->text().trimmed();
    QStringList lines;
    for (const QString& line : m_address->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    profile.dealerAddress = lines;
    profile.vatNumber = m_vat->text().trimmed();
    profile.logoFile = m_logo->text().trimmed();
}

void ReceiptIssuerForm::setFieldsEnabled(bool enabled)
{
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_name, m_address, m_vat, m_logo, m_browse, m_clearLogo})
        w->setEnabled(enabled);
}

void ReceiptIssuerForm::chooseLogo()
{
    const QString start = m_logo->text().isEmpty() ? QString() : QFileInfo(m_logo->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a logo for receipts"), start,
                                                      tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!file.isEmpty())
        m_logo->setText(file);
}

void ReceiptIssuerForm::retranslate()
{
    m_intro->setText(
        m_profileName.isEmpty()
            ? tr("Printed on receipts where the platform sends no details of its own for the store.")
            : tr("Printed on the receipts of the profile “%1” where the platform sends no details of "
                 "its own for the store.")
                  .arg(m_profileName));
    m_nameLabel->setText(tr("Dealership n&ame:"));
    m_name->setAccessibleName(tr("Dealership name"));
    m_addressLabel->setText(tr("Addr&ess:"));
    m_address->setAccessibleName(tr("Dealership address"));
    m_address->setPlaceholderText(tr("One line per row"));
    m_vatLabel->setText(tr("&VAT number:"));
    m_vat->setAccessibleName(tr("VAT number"));
    m_logoLabel->setText(tr("&Logo:"));
    m_logo->setAccessibleName(tr("Logo file"));
    m_logo->setPlaceholderText(tr("None"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Choose a logo file"));
    m_clearLogo->setText(tr("Re&move"));
    m_clearLogo->setAccessibleName(tr("Print no logo"));
}

void ReceiptIssuerForm::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace paydesk::ui
