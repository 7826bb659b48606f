#pragma once

#include <QtGlobal>

namespace paydesk::sandbox {

/**
 * What one client may make the sandbox hold, and for how long (RequestGate enforces it).
 *
 * Without bounds a single 600 MB POST grew the process by 2.7 GB (Qt buffers the whole body,
 * twice) and slow-header connections were kept open forever. The platform's requests are
 * small JSON documents, so the defaults are generous for every real caller. Tests shorten the
 * timers through SandboxOptions::httpLimits so they need not wait long.
 */
struct HttpLimits
{
    /// Request line plus headers; more → 431 and the connection is closed.
    qsizetype maxHeaderBytes = 64 * 1024;
    /// A body announced by Content-Length above this → 413 before any of it is read.
    /// Chunked request bodies are refused (411): no caller of the platform sends them, and
    /// their size is only known once they have been read.
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    /// From a request's first byte to the end of its header, and again for its body;
    /// then 408 and close. A connection that sends nothing at all gets the same time.
    int requestTimeoutMs = 10'000;
    /// A kept-alive connection with no request in progress and no answer pending is closed
    /// after this.
    int idleTimeoutMs = 30'000;
    /// Open HTTP connections (accepted WebSocket streams no longer count). At the cap a new
    /// connection closes the longest-idle kept-alive one, or is refused with 503 if none is idle.
    int maxConnections = 256;
};

} // namespace paydesk::sandbox
