#pragma once

#include "payments/Payment.h"

#include <QAbstractButton>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace paydesk::ui::test {

/// The child `name` of `dialog`, failing the test when it is missing.
template<typename T>
T* child(QWidget& dialog, const char* name)
{
    T* w = dialog.findChild<T*>(QLatin1StringView(name));
    EXPECT_NE(w, nullptr) << "no child named " << name;
    return w;
}

/// Types `text` into a line edit like a person: focus, keystrokes, then Tab away.
inline void typeInto(QLineEdit* edit, const QString& text, bool leave = true)
{
    edit->setFocus();
    edit->selectAll();
    if (edit->hasSelectedText())
        QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    if (leave)
        QTest::keyClick(edit, Qt::Key_Tab);
}

/// Clicks the dialog's accept button (the one with the AcceptRole).
inline void clickAccept(QDialog& dialog)
{
    auto* box = dialog.findChild<QDialogButtonBox*>();
    ASSERT_NE(box, nullptr);
    for (QAbstractButton* b : box->buttons()) {
        if (box->buttonRole(b) == QDialogButtonBox::AcceptRole) {
            QTest::mouseClick(b, Qt::LeftButton);
            return;
        }
    }
    FAIL() << "no accept button";
}

/// The open "Discard this request?" box of `dialog` (waits for it), or nullptr.
inline QMessageBox* discardConfirmation(QWidget& dialog)
{
    QMessageBox* box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = dialog.findChild<QMessageBox*>(QStringLiteral("discardConfirmation"));
        return box && box->isVisible();
    });
    return shown ? box : nullptr;
}

/// Escape on a form the user has changed asks first: "Keep editing" leaves the dialog open,
/// "Discard" closes it rejected. Escape on `focus`.
inline void expectEscapeAsksBeforeDiscarding(QDialog& dialog, QWidget* focus)
{
    QTest::keyClick(focus, Qt::Key_Escape);
    QMessageBox* box = discardConfirmation(dialog);
    ASSERT_NE(box, nullptr) << "Escape on a changed form did not ask";
    EXPECT_EQ(box->text(), QStringLiteral("Discard this request?"));
    EXPECT_TRUE(dialog.isVisible());
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("keepEditing")), Qt::LeftButton);
    QTRY_VERIFY(!dialog.findChild<QMessageBox*>(QStringLiteral("discardConfirmation")));
    EXPECT_TRUE(dialog.isVisible()) << "Keep editing closed the dialog";

    QTest::keyClick(focus, Qt::Key_Escape);
    box = discardConfirmation(dialog);
    ASSERT_NE(box, nullptr);
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("discard")), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

/// Every control a keyboard user can reach has an accessible name.
inline void expectAccessibleNames(QWidget& dialog)
{
    const auto widgets = dialog.findChildren<QWidget*>();
    int checked = 0;
    for (QWidget* w : widgets) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(&dialog) || w->focusProxy())
            continue;
        // Internal parts of composite widgets (a combo's line edit, a spin box's editor).
        if (w->parentWidget() && w->parentWidget()->focusProxy() == w)
            continue;
        if (qobject_cast<QLineEdit*>(w) && w->parentWidget() &&
            w->parentWidget()->inherits("QAbstractSpinBox"))
            continue;
        ++checked;
        EXPECT_FALSE(w->accessibleName().isEmpty())
            << "no accessible name on " << w->metaObject()->className() << " " << qPrintable(w->objectName());
    }
    EXPECT_GT(checked, 0);
}

/// A realistic open payment request for dialogs and exports.
inline Payment samplePayment(PaymentStatus::Code status = PaymentStatus::Code::Notified)
{
    Payment p;
    p.paymentId = QStringLiteral("pay_0001");
    p.enterpriseId = QStringLiteral("ENT1");
    p.storeId = QStringLiteral("LEEDS");
    p.reference = PaymentReference::make(PaymentReference::Type::Invoice, QStringLiteral("INV-10234"));
    p.description = QStringLiteral("Service and MOT");
    p.amount = *Money::fromMinor(24999, QStringLiteral("GBP"));
    p.customer = {QStringLiteral("Jane Doe"), QStringLiteral("jane@example.com"),
                  QStringLiteral("+447700900123")};
    p.channels = Channel::Email;
    p.status = status;
    p.createdAt = QDateTime(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC);
    p.updatedAt = QDateTime(QDate(2026, 3, 2), QTime(10, 40), Qt::UTC);
    if (PaymentStatus(status).isPaid()) {
        p.amountPaid = p.amount;
        p.cardBrand = QStringLiteral("VISA");
        p.cardLast4 = QStringLiteral("4242");
        p.transactionReference = QStringLiteral("TXN-88231");
        p.fundsCleared = true;
    }
    return p;
}

} // namespace paydesk::ui::test
