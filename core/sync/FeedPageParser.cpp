#include "FeedPageParser.h"

#include "api/PlatformClient.h"
#include "util/ThreadMailbox.h"

#include <QThread>

namespace paydesk {

FeedPageParser::FeedPageParser(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_there(new ThreadMailbox)
    , m_home(new ThreadMailbox(this))
{
    m_thread->setObjectName(QStringLiteral("feed-parser"));
    m_there->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_there, &QObject::deleteLater);
    m_thread->start();
}

FeedPageParser::~FeedPageParser()
{
    // A page being read is read to its end (milliseconds); pages not started are dropped with the
    // thread's mailbox, and answers not yet delivered with m_home.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void FeedPageParser::parse(QJsonArray items, Callback done)
{
    ++m_asked;
    ThreadMailbox* home = m_home;
    m_there->post([home, items = std::move(items), done = std::move(done)]() mutable {
        auto payments = PlatformClient::parseFeedItems(items);
        items = QJsonArray(); // released here, where it was read
        home->post([done = std::move(done), payments = std::move(payments)]() mutable {
            done(std::move(payments));
        });
    });
}

void FeedPageParser::readAnswer(HttpResponse answer, qint64 sinceSequence, PageCallback done)
{
    ++m_answersAsked;
    ThreadMailbox* home = m_home;
    m_there->post([home, answer = std::move(answer), sinceSequence, done = std::move(done)]() mutable {
        auto page = PlatformClient::readFeedAnswer(answer, sinceSequence);
        answer = HttpResponse(); // released here, where it was read
        home->post([done = std::move(done), page = std::move(page)]() mutable { done(std::move(page)); });
    });
}

} // namespace paydesk
