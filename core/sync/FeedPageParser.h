#pragma once

#include "api/ApiError.h"
#include "api/FeedPage.h"
#include "api/HttpClient.h"
#include "payments/Payment.h"
#include "util/Result.h"

#include <QJsonArray>
#include <QList>
#include <QObject>

#include <functional>

class QThread;

namespace paydesk {

class ThreadMailbox;

/**
 * Reads feed pages' records (PlatformClient::parseFeedItems()) on a thread of its own, so that a
 * SyncEngine writes one page while the next is read: on a first sync the two take about the same
 * time, and one after the other on the engine's thread they were most of it (issue 9).
 *
 * Owned by its SyncEngine, on the engine's thread; parse() is called there and answers there, in
 * the order asked, one turn of the engine's event loop per answer (never from inside parse()).
 * The thread starts with the parser and is joined by its destructor; answers not yet delivered
 * by then are dropped. Hand-offs go through ThreadMailbox both ways.
 */
class FeedPageParser : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<QList<Payment>, ApiError>)>;

    explicit FeedPageParser(QObject* parent = nullptr);
    ~FeedPageParser() override;

    /// Reads `items` on the parser's thread; `done` is called on this object's thread.
    void parse(QJsonArray items, Callback done);

    using PageCallback = std::function<void(Result<UnreadFeedPage, ApiError>)>;
    /**
     * Reads a feed answer's JSON and the page's own fields (PlatformClient::readFeedAnswer()) on the
     * parser's thread; `done` is called on this object's thread, in order with parse()'s answers.
     * The JSON of a page of 1000 took about a fifth of the engine's thread during a first sync.
     */
    void readAnswer(HttpResponse answer, qint64 sinceSequence, PageCallback done);

    /// Pages handed to parse() so far (tests and diagnostics).
    int pagesAsked() const { return m_asked; }
    /// Answers handed to readAnswer() so far (tests and diagnostics).
    int answersAsked() const { return m_answersAsked; }

private:
    QThread* m_thread = nullptr;
    /// Lives on m_thread.
    ThreadMailbox* m_there = nullptr;
    /// Lives on this object's thread (a child).
    ThreadMailbox* m_home = nullptr;
    int m_asked = 0;
    int m_answersAsked = 0;
};

} // namespace paydesk
