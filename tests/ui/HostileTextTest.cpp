// Data is never shown as rich text (security issue 13, finding 1). Hostile customer names,
// descriptions, reasons and notes go through the sandbox into the running window; then every
// label, tooltip, button and item of the window, the detail pane, the Cancel / Resend / queued
// actions dialogs and the notifier is walked, and none may render that data as markup.
#include "MainWindow.h"
#include "PlainText.h"
#include "QtPrinters.h"
#include "Sandbox.h"
#include "UiFixture.h"
#include "dialogs/CancelDialog.h"
#include "dialogs/ResendDialog.h"
#include "export/ReceiptPdf.h"
#include "models/PaymentTableModel.h"
#include "platform/PlatformState.h"
#include "platform/StatusUpdate.h"
#include "secrets/MemorySecretStore.h"
#include "store/PaymentStore.h"
#include "sync/Outbox.h"
#include "sync/SyncSession.h"
#include "widgets/ConnectionIndicator.h"
#include "widgets/KpiTile.h"
#include "widgets/PaymentDetailPane.h"
#include "widgets/PaymentNotifier.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;
using paydesk::PaymentStatus;
using paydesk::SyncSession;
using paydesk::ui::MainWindow;
using paydesk::ui::PaymentTableModel;
using paydesk::ui::PlainText;

namespace {

/// One piece of hostile data and a marker that survives any formatting around it.
struct Hostile
{
    QString marker;
    QString value;
};

/// What an HTML renderer would need to show `value` literally (what Qt::convertFromPlainText
/// escapes).
QString escaped(const QString& value)
{
    QString s = value;
    s.replace(u'&', u"&amp;"_s);
    s.replace(u'<', u"&lt;"_s);
    s.replace(u'>', u"&gt;"_s);
    return s;
}

QString describe(const QObject* o)
{
    QString path;
    for (const QObject* p = o; p; p = p->parent())
        path.prepend(u"/%1(%2)"_s.arg(QString::fromLatin1(p->metaObject()->className()), p->objectName()));
    return path;
}

/// Walks widgets and models, failing where hostile data would be rendered as markup.
class RichTextWalk
{
public:
    explicit RichTextWalk(QList<Hostile> hostile)
        : m_hostile(std::move(hostile))
    {
    }

    /// Which hostile values `text` contains (by marker).
    QList<Hostile> dataIn(const QString& text) const
    {
        QList<Hostile> found;
        for (const Hostile& h : m_hostile) {
            if (text.contains(h.marker))
                found << h;
        }
        return found;
    }

    /// A tooltip shows its data literally: Qt takes it as plain text, or the data is escaped.
    void expectLiteralToolTip(const QString& tip, const QString& where) const
    {
        const QList<Hostile> data = dataIn(tip);
        if (data.isEmpty() || !Qt::mightBeRichText(tip))
            return;
        for (const Hostile& h : data) {
            EXPECT_TRUE(tip.contains(escaped(h.value)) && !tip.contains(h.value))
                << "tooltip of " << where.toStdString() << " renders " << h.marker.toStdString()
                << " as rich text: " << tip.toStdString();
        }
    }

    /// Labels, buttons and tooltips of `root` and all its children, and every item view's
    /// tooltips.
    void walk(QWidget* root) const
    {
        // Render first: a label that resolved <img src="/dev/zero"> would never come back.
        (void)root->grab();
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        int labelsWithData = 0;
        for (QWidget* w : std::as_const(widgets)) {
            const QString where = describe(w);
            expectLiteralToolTip(w->toolTip(), where);
            if (auto* label = qobject_cast<QLabel*>(w)) {
                const bool hasData = !dataIn(label->text()).isEmpty();
                labelsWithData += hasData ? 1 : 0;
                EXPECT_TRUE(label->textFormat() == Qt::PlainText || !hasData)
                    << where.toStdString() << " shows data with text format " << int(label->textFormat())
                    << ": " << label->text().toStdString();
            }
            if (auto* button = qobject_cast<QAbstractButton*>(w)) {
                // Qt's own buttons draw their text plainly; any other button must not show data.
                const bool plainDrawn = qobject_cast<QPushButton*>(w) || qobject_cast<QToolButton*>(w) ||
                                        qobject_cast<QCheckBox*>(w) || qobject_cast<QRadioButton*>(w);
                EXPECT_TRUE(plainDrawn || dataIn(button->text()).isEmpty())
                    << where.toStdString() << " shows data: " << button->text().toStdString();
            }
            if (auto* view = qobject_cast<QAbstractItemView*>(w))
                walkModel(view->model(), {}, where);
        }
        for (QAction* action : root->findChildren<QAction*>())
            expectLiteralToolTip(action->toolTip(), describe(action));
        m_labelsWithData += labelsWithData;
    }

    void walkModel(const QAbstractItemModel* model, const QModelIndex& parent, const QString& where) const
    {
        if (!model)
            return;
        for (int r = 0; r < model->rowCount(parent); ++r) {
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex index = model->index(r, c, parent);
                expectLiteralToolTip(index.data(Qt::ToolTipRole).toString(),
                                     u"%1 [%2,%3]"_s.arg(where).arg(r).arg(c));
                if (c == 0 && model->hasChildren(index))
                    walkModel(model, index, where);
            }
        }
        for (int c = 0; c < model->columnCount(parent); ++c)
            expectLiteralToolTip(model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString(), where);
    }

    /// How many labels showed hostile data (so a walk that saw nothing does not pass silently).
    int labelsWithData() const { return m_labelsWithData; }

private:
    QList<Hostile> m_hostile;
    mutable int m_labelsWithData = 0;
};

class HostileTextTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // A real image, so a label that resolves the second name would really load a local file.
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        ASSERT_TRUE(image.save(m_dir.filePath(u"a.png"_s)));

        paydesk::sandbox::SandboxOptions options;
        options.seedCount = 8;
        options.notifyDelayMs = 50;
        options.settlementDelayMs = 200;
        m_sandbox = std::make_unique<paydesk::sandbox::Sandbox>(options);
        auto started = m_sandbox->start();
        ASSERT_TRUE(started.ok()) << started.error().toStdString();
        // Pay links are the platform's text too.
        m_sandbox->state().setPayLinkBase(u"http://pay.invalid/<b>PAYLINKMARK</b><img src=\"/dev/zero\">"_s);

        SyncSession::Config config;
        config.profile.name = u"hostile"_s;
        config.profile.baseUrl = m_sandbox->baseUrl();
        config.profile.clientId = m_sandbox->clientId();
        config.profile.localTestPlatform = true; // the sandbox speaks plain http on loopback
        const auto stores = m_sandbox->state().stores();
        ASSERT_FALSE(stores.isEmpty());
        config.profile.enterpriseId = stores.first().enterpriseId;
        config.profile.storeIds << stores.first().storeId;
        config.cachePath = m_dir.filePath(u"cache.sqlite"_s);
        config.user = u"tester"_s;
        bool written = false;
        m_secrets.write(config.profile.clientSecretKey(), m_sandbox->clientSecret().toUtf8(), &m_secrets,
                        [&written](paydesk::SecretStore::DoneResult r) { written = r.ok(); });
        ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 2000));

        m_session = std::make_unique<SyncSession>(config, m_secrets);
        auto opened = m_session->open();
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        m_window = std::make_unique<MainWindow>(m_session->store());
        m_window->resize(1300, 800);
        m_window->setSession(m_session.get());
        m_window->show();
        m_session->start();
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_session->isSynced(); }, 20000));

        // The three names of the issue, each with a hostile description, initiated like a dealer
        // would (through the outbox and the platform's API).
        m_names = {
            {u"Zebra"_s, u"Zebra <span style=\"color:white;background:green;font-size:30px\">✔ SAFE TO "
                         "RELEASE — funds cleared</span><br><a href=\"http://x\">click to confirm</a>"_s},
            {u"a.png"_s, u"<img src=\"%1\">"_s.arg(m_dir.filePath(u"a.png"_s))},
            {u"Yankee"_s, u"Yankee <img src=\"/dev/zero\">"_s},
        };
        QSignalSpy confirmed(m_session.get(), &SyncSession::actionConfirmed);
        for (int i = 0; i < m_names.size(); ++i) {
            paydesk::InitiateRequest request;
            request.enterpriseId = config.profile.enterpriseId;
            request.storeId = config.profile.storeIds.first();
            request.customer = {m_names.at(i).value, u"hostile%1@example.com"_s.arg(i),
                                u"+44770090011%1"_s.arg(i)};
            request.channels = paydesk::Channel::Email;
            request.reference = paydesk::PaymentReference::make(paydesk::PaymentReference::Type::Invoice,
                                                                u"INV-H-%1"_s.arg(i));
            request.description = u"<b>DESCMARK%1</b> <img src=\"/dev/zero\">"_s.arg(i);
            request.amount = paydesk::Money::fromMinor(10000 + i, u"GBP"_s).value();
            auto queued = m_session->submit(request);
            ASSERT_TRUE(queued.ok()) << "the outbox refused hostile name " << i;
        }
        ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.size() >= m_names.size(); }, 20000))
            << confirmed.size() << " of " << m_names.size() << " initiated (does the platform refuse them?)";
        for (const QList<QVariant>& c : std::as_const(confirmed))
            m_ids << c.at(1).toString();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                for (const QString& id : std::as_const(m_ids)) {
                    if (m_window->model()->rowOfPaymentId(id) < 0)
                        return false;
                }
                return true;
            },
            10000));
        // Confirmations may come in any order: map them back to the names.
        QStringList ordered;
        for (const Hostile& name : std::as_const(m_names)) {
            for (const QString& id : std::as_const(m_ids)) {
                auto p = m_session->store()->payment(id);
                if (p && p->has_value() && (**p).customer.name == name.value)
                    ordered << id;
            }
        }
        ASSERT_EQ(ordered.size(), m_names.size()) << "the names did not arrive unchanged";
        m_ids = ordered;
    }

    void TearDown() override
    {
        m_window.reset();
        m_session.reset();
        m_sandbox.reset();
    }

    QList<Hostile> allHostile() const
    {
        QList<Hostile> all = m_names;
        for (int i = 0; i < m_names.size(); ++i)
            all << Hostile{u"DESCMARK%1"_s.arg(i), u"<b>DESCMARK%1</b> <img src=\"/dev/zero\">"_s.arg(i)};
        all << Hostile{u"PAYLINKMARK"_s, u"<b>PAYLINKMARK</b><img src=\"/dev/zero\">"_s};
        all << m_statusText[0] << m_statusText[1];
        return all;
    }

    /// A status change on the platform, as the payment partner sends it.
    void platformSets(int i, PaymentStatus::Code status)
    {
        auto p = m_session->store()->payment(m_ids.at(i));
        ASSERT_TRUE(p && p->has_value());
        paydesk::sandbox::StatusUpdate u;
        u.status = status;
        if (status == PaymentStatus::Code::Paid) {
            u.amountPaid = (**p).amount;
            u.transactionReference = u"TX <i>TXMARK</i>"_s;
            u.cardBrand = u"<b>CARDMARK</b>"_s;
            u.cardLast4 = u"4242"_s;
        } else {
            u.failureReason = m_statusText[1].value;
        }
        u.note = status == PaymentStatus::Code::Paid ? m_statusText[0].value : QString();
        auto applied =
            m_sandbox->state().applyStatusUpdate((**p).enterpriseId, (**p).storeId, (**p).paymentId, u);
        ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    }

    int statusOf(int i) const
    {
        const int row = m_window->model()->rowOfPaymentId(m_ids.at(i));
        return row < 0 ? -1
                       : m_window->model()->index(row, 0).data(PaymentTableModel::StatusCodeRole).toInt();
    }

    /// Selects payment `i` and waits until the detail pane shows it with its platform timeline.
    void select(int i)
    {
        ASSERT_TRUE(m_window->selectPayment(m_ids.at(i)));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                const auto& shown = m_window->detailPane()->payment();
                // The newest step of the timeline is the current status: the history is fresh.
                return shown && shown->paymentId == m_ids.at(i) && !shown->history.isEmpty() &&
                       shown->history.last().status == shown->status;
            },
            10000))
            << "the detail pane did not load payment " << i;
    }

    /// Runs `walk` on the next modal dialog of type T, then closes it.
    template<typename T>
    void whenDialogOpens(std::function<void(T*)> walk)
    {
        QTimer::singleShot(0, m_window.get(), [walk] {
            (void)QTest::qWaitFor(
                [] { return qobject_cast<T*>(QApplication::activeModalWidget()) != nullptr; }, 3000);
            auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
            if (!dialog) {
                ADD_FAILURE() << "dialog did not open";
                return;
            }
            walk(dialog);
            // done(), not reject(): the walk typed into the form, and reject() on a changed form
            // asks "Discard this request?" first (a box this helper would never answer).
            dialog->done(QDialog::Rejected);
        });
    }

    QTemporaryDir m_dir;
    std::unique_ptr<paydesk::sandbox::Sandbox> m_sandbox;
    paydesk::MemorySecretStore m_secrets;
    std::unique_ptr<SyncSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QList<Hostile> m_names;
    QStringList m_ids; // in the order of m_names
    const Hostile m_statusText[2] = {
        {u"NOTEMARK"_s, u"NOTEMARK <img src=\"/dev/zero\"><a href=\"http://x\">confirm release</a>"_s},
        {u"REASONMARK"_s,
         u"REASONMARK <b style=\"color:green\">SAFE TO RELEASE</b><img src=\"/dev/zero\">"_s},
    };
};

TEST_F(HostileTextTest, WindowDetailPaneTooltipsAndNotificationsShowDataAsText)
{
    QSignalSpy notified(m_window->notifier(), &paydesk::ui::PaymentNotifier::notified);
    // Zebra stays open; the image name is paid (with a hostile note, card brand and transaction
    // reference); Yankee fails with a hostile reason.
    ASSERT_NO_FATAL_FAILURE(platformSets(1, PaymentStatus::Code::Paid));
    ASSERT_NO_FATAL_FAILURE(platformSets(2, PaymentStatus::Code::Failed));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return statusOf(1) == int(PaymentStatus::Code::Paid) &&
                   statusOf(2) == int(PaymentStatus::Code::Failed);
        },
        15000))
        << statusOf(1) << " " << statusOf(2);

    const RichTextWalk walk(allHostile());
    // Zebra first: should a label still guess, this fails here, before the /dev/zero name is
    // ever shown (which would read without end).
    for (int i = 0; i < m_ids.size(); ++i) {
        SCOPED_TRACE(m_names.at(i).marker.toStdString());
        ASSERT_NO_FATAL_FAILURE(select(i));
        walk.walk(m_window.get());
        ASSERT_FALSE(HasFailure()) << "stopping before the next name";
    }
    EXPECT_GE(walk.labelsWithData(), 3) << "the walk did not see the names in the detail pane";

    // The timeline notes and the reason really arrived (their tooltips were walked above).
    const QTreeWidget* timeline = m_window->detailPane()->timeline();
    bool reasonShown = false;
    for (int r = 0; r < timeline->topLevelItemCount(); ++r)
        reasonShown = reasonShown || timeline->topLevelItem(r)->text(3).contains(u"REASONMARK"_s);
    EXPECT_TRUE(reasonShown);

    // A search for the banner: the filter summary (label and tooltip) shows it as text.
    paydesk::ui::PaymentFilter filter;
    filter.text = m_names.at(0).value;
    m_window->setFilter(filter);
    walk.walk(m_window.get());

    // Notifications: paid (the image name) and failed (Yankee) bodies carry no markup at all.
    ASSERT_TRUE(QTest::qWaitFor([&] { return notified.size() >= 2; }, 10000)) << notified.size();
    int withName = 0;
    for (const QList<QVariant>& n : std::as_const(notified)) {
        const QString message = n.at(2).toString();
        withName += walk.dataIn(message).isEmpty() ? 0 : 1;
        EXPECT_FALSE(Qt::mightBeRichText(message)) << message.toStdString();
        EXPECT_FALSE(message.contains(u'<') || message.contains(u'>') || message.contains(u'&'))
            << message.toStdString();
    }
    EXPECT_EQ(withName, 2) << "the notifications should still name the customer";
}

TEST_F(HostileTextTest, CancelResendAndQueuedActionsDialogsShowDataAsText)
{
    const RichTextWalk walk(allHostile());
    for (int i = 0; i < m_ids.size(); ++i) {
        SCOPED_TRACE(m_names.at(i).marker.toStdString());
        ASSERT_NO_FATAL_FAILURE(select(i));
        // The pane first: a guessing title fails here, before the /dev/zero name is shown.
        walk.walk(m_window->detailPane());
        ASSERT_FALSE(HasFailure()) << "the detail pane shows data as rich text";
        ASSERT_TRUE(m_window->cancelAction()->isEnabled());
        bool cancelWalked = false;
        whenDialogOpens<paydesk::ui::CancelDialog>([&](paydesk::ui::CancelDialog* d) {
            // The reason is the dealer's text: type something hostile too.
            if (auto* reason = d->findChild<QLineEdit*>(u"reasonEdit"_s))
                reason->insert(m_statusText[1].value); // like a paste (keyClicks is ASCII only)
            const int before = walk.labelsWithData();
            walk.walk(d);
            EXPECT_GT(walk.labelsWithData(), before) << "the Cancel dialog should name the customer";
            cancelWalked = true;
        });
        m_window->cancelPayment();
        EXPECT_TRUE(cancelWalked);

        ASSERT_TRUE(m_window->resendAction()->isEnabled());
        bool resendWalked = false;
        whenDialogOpens<paydesk::ui::ResendDialog>([&](paydesk::ui::ResendDialog* d) {
            walk.walk(d);
            // A changed name lists old and new in "What changes".
            if (auto* name = d->findChild<QLineEdit*>(u"name"_s)) {
                name->setFocus();
                name->selectAll();
                name->insert(m_names.at((i + 1) % m_names.size()).value); // like a paste
                QTest::keyClick(name, Qt::Key_Tab);
            }
            const int before = walk.labelsWithData();
            walk.walk(d);
            EXPECT_GT(walk.labelsWithData(), before) << "“What changes” should list both names";
            resendWalked = true;
        });
        m_window->resendNotification();
        EXPECT_TRUE(resendWalked);
        ASSERT_FALSE(HasFailure()) << "stopping before the next name";
    }
    bool queuedWalked = false;
    whenDialogOpens<QDialog>([&](QDialog* d) {
        walk.walk(d);
        queuedWalked = true;
    });
    m_window->showQueuedActions();
    EXPECT_TRUE(queuedWalked);
}

TEST(PlainText, ToolTipIsAlwaysRichWithTheDataEscaped)
{
    const QString name = u"Yankee <img src=\"/dev/zero\"> & Sons"_s;
    const QString tip = PlainText::toolTip(name);
    EXPECT_TRUE(Qt::mightBeRichText(tip));
    EXPECT_FALSE(tip.contains(u"<img"_s));
    QTextDocument shown;
    shown.setHtml(tip);
    EXPECT_EQ(shown.toPlainText(), name);

    // Plain text with an ampersand is not shown as "&amp;"; line breaks stay.
    QTextDocument twoLines;
    twoLines.setHtml(PlainText::toolTip(u"Smith & Sons\nsecond line"_s));
    EXPECT_EQ(twoLines.toPlainText(), u"Smith & Sons\nsecond line"_s);
    EXPECT_TRUE(PlainText::toolTip(QString()).isEmpty()); // no tooltip stays no tooltip
}

TEST(PlainText, NotificationBodyHasNoMarkupAndKeepsTheName)
{
    const QString body =
        PlainText::notificationBody(u"Zebra <b>SAFE</b> &amp; <img src=\"/dev/zero\"> paid"_s);
    EXPECT_FALSE(body.contains(u'<') || body.contains(u'>') || body.contains(u'&')) << body.toStdString();
    EXPECT_FALSE(Qt::mightBeRichText(body));
    EXPECT_TRUE(body.startsWith(u"Zebra "_s));
    EXPECT_TRUE(body.contains(u"/dev/zero"_s));
    EXPECT_EQ(PlainText::notificationBody(u"Jane Doe paid £10.00"_s), u"Jane Doe paid £10.00"_s);
}

TEST(PlainText, MessageBoxShowsTextLiterally)
{
    bool checked = false;
    QTimer::singleShot(0, [&checked] {
        (void)QTest::qWaitFor([] { return qobject_cast<QMessageBox*>(QApplication::activeModalWidget()); },
                              3000);
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        EXPECT_EQ(box->textFormat(), Qt::PlainText);
        EXPECT_EQ(box->text(), u"<b>bold</b>"_s);
        checked = true;
        box->reject();
    });
    PlainText::warning(nullptr, u"Title"_s, u"<b>bold</b>"_s);
    EXPECT_TRUE(checked);
}

TEST(HostileText, ConnectionAndKpiTooltipsShowDetailsAsText)
{
    const QString hostile = u"<b>ERRMARK</b><img src=\"/dev/zero\">"_s;
    const RichTextWalk walk({{u"ERRMARK"_s, hostile}});
    paydesk::ui::ConnectionIndicator indicator;
    paydesk::ConnectionState offline;
    offline.kind = paydesk::ConnectionState::Kind::Offline;
    offline.since = QDateTime::currentDateTimeUtc();
    offline.errorMessage = hostile;
    indicator.setState(offline);
    ASSERT_TRUE(indicator.toolTip().contains(u"ERRMARK"_s));
    walk.walk(&indicator);

    paydesk::ui::KpiTile tile;
    tile.setCaption(u"Paid today"_s);
    tile.setValue(u"3"_s);
    tile.setDetail(hostile); // e.g. an amount in a currency PayDesk does not know
    ASSERT_TRUE(tile.toolTip().contains(u"ERRMARK"_s));
    walk.walk(&tile);
}

TEST(HostileText, ReceiptEscapesEveryField)
{
    paydesk::Payment p;
    p.paymentId = u"pay_<i>1</i>"_s;
    p.storeId = u"<b>STORE</b>"_s;
    p.reference = paydesk::PaymentReference::make(paydesk::PaymentReference::Type::Invoice, u"<u>INV</u>"_s);
    p.description = u"<img src=\"/dev/zero\">"_s;
    p.customer.name = u"Zebra <span style=\"color:green\">SAFE</span>"_s;
    p.amount = *paydesk::Money::fromMinor(1000, u"GBP"_s);
    p.amountPaid = p.amount;
    p.cardBrand = u"<b>VISA</b>"_s;
    p.cardLast4 = u"4242"_s;
    p.transactionReference = u"<a href=\"http://x\">TX</a>"_s;
    p.status = PaymentStatus::Code::Paid;
    paydesk::ui::ReceiptPdf::Issuer issuer{
        u"<h1>Dealer</h1>"_s, u"<b>Site</b>"_s, {u"<i>1 High St</i>"_s}, u"<u>GB1</u>"_s, QString()};
    const auto shown = paydesk::ui::ReceiptPdf(issuer).document(p);
    // The document's own HTML escapes every field: data went in as text, never as markup.
    const QString html = shown->toHtml();
    for (const QString& raw :
         {u"<img"_s, u"<span style=\"color:green"_s, u"<a "_s, u"<u>"_s, u"<i>"_s, u"<h1>Dealer"_s})
        EXPECT_FALSE(html.contains(raw)) << raw.toStdString();
    const QString text = shown->toPlainText();
    for (const QString& field : {p.customer.name, p.description, p.transactionReference, p.paymentId,
                                 issuer.dealerName, issuer.siteName, issuer.address.first()})
        EXPECT_TRUE(text.contains(field)) << field.toStdString();
}

} // namespace
