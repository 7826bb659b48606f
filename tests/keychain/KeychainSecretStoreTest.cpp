// KeychainSecretStore against a real secret service: a private gnome-keyring on a private
// D-Bus session, started by with-keyring.sh (see tests.cmake). What the store claims is checked
// independently through the Secret Service D-Bus API, so the secret is known to be in the
// keyring itself and not only somewhere in our process.
#include "secrets/KeychainSecretStore.h"

#include "QtPrinters.h"
#include "secrets/SessionSecretStore.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 15'000;
const QString kSecretsService = u"org.freedesktop.secrets"_s;
const QString kSecretsPath = u"/org/freedesktop/secrets"_s;

using StringMap = QMap<QString, QString>;

// The Secret Service seen directly over D-Bus, bypassing QtKeychain and libsecret.
class SecretServiceProbe
{
public:
    SecretServiceProbe()
        : m_bus(QDBusConnection::sessionBus())
    {
        qDBusRegisterMetaType<StringMap>();
    }

    /// Items QtKeychain filed under (service, key): its libsecret schema uses the attributes
    /// "server" = service and "user" = key.
    QList<QDBusObjectPath> items(const QString& service, const QString& key)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            kSecretsService, kSecretsPath, u"org.freedesktop.Secret.Service"_s, u"SearchItems"_s);
        call << QVariant::fromValue(StringMap{{u"server"_s, service}, {u"user"_s, key}});
        const QDBusMessage reply = m_bus.call(call);
        EXPECT_EQ(reply.type(), QDBusMessage::ReplyMessage) << reply.errorMessage().toStdString();
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
            return {};
        QList<QDBusObjectPath> all = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
        all += qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
        return all;
    }

    /// The stored secret bytes of an item, as the keyring holds them.
    QByteArray secretOf(const QDBusObjectPath& item)
    {
        if (m_session.path().isEmpty()) {
            QDBusMessage open = QDBusMessage::createMethodCall(
                kSecretsService, kSecretsPath, u"org.freedesktop.Secret.Service"_s, u"OpenSession"_s);
            open << u"plain"_s << QVariant::fromValue(QDBusVariant(QString()));
            const QDBusMessage reply = m_bus.call(open);
            EXPECT_EQ(reply.type(), QDBusMessage::ReplyMessage) << reply.errorMessage().toStdString();
            if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
                return {};
            m_session = reply.arguments().at(1).value<QDBusObjectPath>();
        }
        QDBusMessage get = QDBusMessage::createMethodCall(kSecretsService, item.path(),
                                                          u"org.freedesktop.Secret.Item"_s, u"GetSecret"_s);
        get << QVariant::fromValue(m_session);
        const QDBusMessage reply = m_bus.call(get);
        EXPECT_EQ(reply.type(), QDBusMessage::ReplyMessage) << reply.errorMessage().toStdString();
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return {};
        // (o session, ay parameters, ay value, s content_type)
        const QDBusArgument secret = reply.arguments().at(0).value<QDBusArgument>();
        QDBusObjectPath session;
        QByteArray parameters;
        QByteArray value;
        QString contentType;
        secret.beginStructure();
        secret >> session >> parameters >> value >> contentType;
        secret.endStructure();
        return value;
    }

private:
    QDBusConnection m_bus;
    QDBusObjectPath m_session;
};

template<typename R>
std::optional<R> wait(const std::function<void(std::function<void(R)>)>& call)
{
    std::optional<R> result;
    call([&](R r) { result.emplace(std::move(r)); });
    EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
        << "no answer from the keychain";
    return result;
}

class KeychainSecretStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Only ever against the private keyring with-keyring.sh sets up, never a developer's own.
        ASSERT_EQ(qgetenv("PAYDESK_PRIVATE_KEYRING"), QByteArray("1"))
            << "run through ctest (dbus-run-session -- tests/keychain/with-keyring.sh <this binary>)";
        ASSERT_TRUE(QDBusConnection::sessionBus().isConnected());
    }

    // A service name of its own per test, so tests never see each other's entries.
    const QString m_service = u"PayDeskTest-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    std::optional<QByteArray> read(SecretStore& store, const QString& key)
    {
        auto r = wait<SecretStore::ReadResult>([&](auto done) { store.read(key, &store, std::move(done)); });
        EXPECT_TRUE(r && r->ok()) << (r && !r->ok() ? r->error().detail.toStdString() : std::string());
        if (!r || !r->ok())
            return QByteArray("<error>");
        return r->value();
    }

    void write(SecretStore& store, const QString& key, const QByteArray& value)
    {
        auto r = wait<SecretStore::DoneResult>(
            [&](auto done) { store.write(key, value, &store, std::move(done)); });
        ASSERT_TRUE(r.has_value());
        EXPECT_TRUE(r->ok()) << (!r->ok() ? r->error().detail.toStdString() : std::string());
    }

    void remove(SecretStore& store, const QString& key)
    {
        auto r =
            wait<SecretStore::DoneResult>([&](auto done) { store.remove(key, &store, std::move(done)); });
        ASSERT_TRUE(r.has_value());
        EXPECT_TRUE(r->ok()) << (!r->ok() ? r->error().detail.toStdString() : std::string());
    }

    SecretServiceProbe m_keyring;
};

} // namespace

TEST_F(KeychainSecretStoreTest, WritesReadsOverwritesAndDeletesASecretInTheKeyring)
{
    KeychainSecretStore store(m_service);
    const QString key = SecretStore::clientSecretKey(u"main"_s);

    EXPECT_EQ(read(store, key), std::nullopt) << "a key never written reads as absent";
    EXPECT_TRUE(m_keyring.items(m_service, key).isEmpty());

    write(store, key, "first-secret");
    EXPECT_EQ(read(store, key), QByteArray("first-secret"));
    {
        const auto items = m_keyring.items(m_service, key);
        ASSERT_EQ(items.size(), 1);
        // QtKeychain files binary data base64-encoded.
        EXPECT_EQ(QByteArray::fromBase64(m_keyring.secretOf(items.first())), QByteArray("first-secret"));
    }

    write(store, key, "second-secret");
    EXPECT_EQ(read(store, key), QByteArray("second-secret"));
    {
        const auto items = m_keyring.items(m_service, key);
        ASSERT_EQ(items.size(), 1) << "an overwrite replaces the item, it does not add one";
        EXPECT_EQ(QByteArray::fromBase64(m_keyring.secretOf(items.first())), QByteArray("second-secret"));
    }

    // A fresh store (as after a restart of the app) finds it.
    {
        KeychainSecretStore fresh(m_service);
        EXPECT_EQ(read(fresh, key), QByteArray("second-secret"));
    }

    remove(store, key);
    EXPECT_EQ(read(store, key), std::nullopt);
    EXPECT_TRUE(m_keyring.items(m_service, key).isEmpty());

    // Deleting an absent key is not an error.
    remove(store, key);
}

TEST_F(KeychainSecretStoreTest, KeepsBinaryValuesExactly)
{
    KeychainSecretStore store(m_service);
    const QByteArray value("\0\x01\xff token \xc3\x28 \n", 14);
    write(store, u"binary"_s, value);
    EXPECT_EQ(read(store, u"binary"_s), value);
    remove(store, u"binary"_s);
}

TEST_F(KeychainSecretStoreTest, ServicesAndKeysAreSeparateNamespaces)
{
    KeychainSecretStore store(m_service);
    KeychainSecretStore other(m_service + u"-other"_s);
    write(store, SecretStore::accessTokenKey(u"a"_s), "token-a");
    write(store, SecretStore::accessTokenKey(u"b"_s), "token-b");
    EXPECT_EQ(read(store, SecretStore::accessTokenKey(u"a"_s)), QByteArray("token-a"));
    EXPECT_EQ(read(store, SecretStore::accessTokenKey(u"b"_s)), QByteArray("token-b"));
    EXPECT_EQ(read(other, SecretStore::accessTokenKey(u"a"_s)), std::nullopt);
    remove(store, SecretStore::accessTokenKey(u"a"_s));
    EXPECT_EQ(read(store, SecretStore::accessTokenKey(u"b"_s)), QByteArray("token-b"));
    remove(store, SecretStore::accessTokenKey(u"b"_s));
}

TEST_F(KeychainSecretStoreTest, ABurstOfCallsIsAnsweredInCallOrder)
{
    KeychainSecretStore store(m_service);
    QStringList log;
    auto logRead = [&](QString label) {
        return [&log, label](SecretStore::ReadResult r) {
            log << label + u'=' +
                       (r.ok() ? (r->has_value() ? QString::fromUtf8(**r) : u"absent"_s)
                               : QString(SecretError::kindName(r.error().kind)));
        };
    };
    auto logDone = [&](QString label) {
        return [&log, label](SecretStore::DoneResult r) {
            log << label + u'=' + (r.ok() ? u"ok"_s : QString(SecretError::kindName(r.error().kind)));
        };
    };
    const QString key = u"burst"_s;
    store.read(key, &store, logRead(u"read0"_s));
    store.write(key, "1", &store, logDone(u"write1"_s));
    store.read(key, &store, logRead(u"read1"_s));
    store.write(key, "2", &store, logDone(u"write2"_s));
    store.read(key, &store, logRead(u"read2"_s));
    store.remove(key, &store, logDone(u"remove"_s));
    store.read(key, &store, logRead(u"read3"_s));
    EXPECT_EQ(store.pendingCount(), 7);
    ASSERT_TRUE(QTest::qWaitFor([&] { return log.size() == 7; }, kWaitMs)) << log.join(u' ').toStdString();
    EXPECT_EQ(log.join(u' '), u"read0=absent write1=ok read1=1 write2=ok read2=2 remove=ok read3=absent"_s);
    EXPECT_EQ(store.pendingCount(), 0);
}

TEST_F(KeychainSecretStoreTest, DefaultStoreUsesTheKeychainWhenOneAnswers)
{
    auto store = SecretStore::createDefault(m_service);
    QSignalSpy changed(store.get(), &SecretStore::statusChanged);
    ASSERT_TRUE(store->isReady() || changed.wait(kWaitMs));
    EXPECT_TRUE(store->isPersistent());
    EXPECT_TRUE(store->statusMessage().isEmpty()) << store->statusMessage().toStdString();

    write(*store, u"k"_s, "persisted");
    EXPECT_EQ(m_keyring.items(m_service, u"k"_s).size(), 1);
    // The probe only reads; it leaves nothing behind.
    EXPECT_TRUE(m_keyring.items(m_service, SessionSecretStore::probeKey()).isEmpty());
    remove(*store, u"k"_s);
}
