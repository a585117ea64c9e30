// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tcpfaultproxy.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <deque>
#include <vector>

namespace fw {

namespace {
    using ProxyClock = std::chrono::steady_clock;

    struct ProxyChunk {
        std::vector<char> data;
        std::size_t offset = 0;
        ProxyClock::time_point due;
    };

    // One direction of one connection: bytes read from `from`, waiting to be written to `to`.
    struct ProxyDirection {
        int from = -1;
        int to = -1;
        std::deque<ProxyChunk> queue;
        bool ended = false; // `from` reached end of stream
    };

    struct ProxyPair {
        int client = -1;
        int server = -1;
        ProxyDirection up; // client -> server
        ProxyDirection down; // server -> client
        bool dead = false;
    };

    void closeHard(int socket)
    {
        if (socket < 0)
            return;
        linger hard { 1, 0 }; // close with RST, as a reset link does
        setsockopt(socket, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        ::close(socket);
    }

    int connectTo(const QString& host, int port)
    {
        addrinfo hints {};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo* found = nullptr;
        if (getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &found) != 0)
            return -1;
        int socket = -1;
        for (addrinfo* a = found; a && socket < 0; a = a->ai_next) {
            socket = ::socket(a->ai_family, a->ai_socktype, a->ai_protocol);
            if (socket >= 0 && ::connect(socket, a->ai_addr, a->ai_addrlen) != 0) {
                ::close(socket);
                socket = -1;
            }
        }
        freeaddrinfo(found);
        return socket;
    }

    // Reads what `direction.from` has into its queue; false when the connection is over.
    bool readInto(ProxyDirection& direction, int delayMs)
    {
        char buffer[65536];
        const ssize_t n = ::recv(direction.from, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n == 0) {
            direction.ended = true;
            return true;
        }
        if (n < 0)
            return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
        direction.queue.push_back({ std::vector<char>(buffer, buffer + n), 0, ProxyClock::now() + std::chrono::milliseconds(delayMs) });
        return true;
    }

    // Writes the queued chunks that are due; false when the connection is over.
    bool writeDue(ProxyDirection& direction)
    {
        const auto now = ProxyClock::now();
        while (!direction.queue.empty() && direction.queue.front().due <= now) {
            ProxyChunk& chunk = direction.queue.front();
            const ssize_t n
                = ::send(direction.to, chunk.data.data() + chunk.offset, chunk.data.size() - chunk.offset, MSG_DONTWAIT | MSG_NOSIGNAL);
            if (n < 0)
                return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
            chunk.offset += std::size_t(n);
            if (chunk.offset < chunk.data.size())
                return true;
            direction.queue.pop_front();
        }
        if (direction.ended && direction.queue.empty())
            return false;
        return true;
    }
}

struct TcpFaultProxy::Loop {
    std::vector<ProxyPair> pairs;
};

TcpFaultProxy::TcpFaultProxy(QString targetHost, int targetPort)
    : m_targetHost(std::move(targetHost))
    , m_targetPort(targetPort)
{
}

TcpFaultProxy::~TcpFaultProxy()
{
    stop();
}

Status TcpFaultProxy::start()
{
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    if (m_listener < 0)
        return failure(QStringLiteral("proxy: socket: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    const int yes = 1;
    setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(m_listener, 64) != 0)
        return failure(QStringLiteral("proxy: listen: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    socklen_t length = sizeof address;
    getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length);
    m_port = ntohs(address.sin_port);
    if (::pipe(m_wake) != 0)
        return failure(QStringLiteral("proxy: pipe: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    m_thread = std::thread([this] { run(); });
    return {};
}

void TcpFaultProxy::stop()
{
    if (m_thread.joinable()) {
        m_stopping = true;
        const char wake = 'x';
        [[maybe_unused]] const auto written = ::write(m_wake[1], &wake, 1);
        m_thread.join();
    }
    for (int* fd : { &m_listener, &m_wake[0], &m_wake[1] }) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

void TcpFaultProxy::setMode(Mode mode, int delayMs)
{
    m_delayMs = delayMs;
    m_mode = mode;
    if (m_wake[1] >= 0) {
        const char wake = 'm';
        [[maybe_unused]] const auto written = ::write(m_wake[1], &wake, 1);
    }
}

void TcpFaultProxy::run()
{
    Loop loop;
    std::vector<pollfd> fds;
    while (!m_stopping) {
        const Mode mode = m_mode.load();
        if (mode == Mode::Reset) {
            for (ProxyPair& pair : loop.pairs) {
                closeHard(pair.client);
                closeHard(pair.server);
            }
            loop.pairs.clear();
        }
        const bool flowing = mode == Mode::Pass || mode == Mode::Delay;
        fds.clear();
        fds.push_back({ m_wake[0], POLLIN, 0 });
        fds.push_back({ m_listener, POLLIN, 0 });
        for (ProxyPair& pair : loop.pairs) {
            const short clientEvents = flowing ? short(POLLIN | (pair.down.queue.empty() ? 0 : POLLOUT)) : short(0);
            const short serverEvents = flowing ? short(POLLIN | (pair.up.queue.empty() ? 0 : POLLOUT)) : short(0);
            fds.push_back({ pair.client, short(pair.up.ended ? clientEvents & ~POLLIN : clientEvents), 0 });
            fds.push_back({ pair.server, short(pair.down.ended ? serverEvents & ~POLLIN : serverEvents), 0 });
        }
        // A short timeout, so delayed chunks go out close to when they are due.
        ::poll(fds.data(), nfds_t(fds.size()), 5);
        if (fds[0].revents & POLLIN) {
            char drain[64];
            [[maybe_unused]] const auto read = ::read(m_wake[0], drain, sizeof drain);
        }
        if (m_mode.load() != mode)
            continue; // switched while waiting: nothing moves under the old mode

        if (fds[1].revents & POLLIN) {
            const int client = ::accept(m_listener, nullptr, nullptr);
            if (client >= 0) {
                ++m_accepted;
                const int server = m_mode.load() == Mode::Reset ? -1 : connectTo(m_targetHost, m_targetPort);
                if (server < 0) {
                    closeHard(client);
                } else {
                    ProxyPair pair;
                    pair.client = client;
                    pair.server = server;
                    pair.up.from = client;
                    pair.up.to = server;
                    pair.down.from = server;
                    pair.down.to = client;
                    loop.pairs.push_back(std::move(pair));
                }
            }
        }
        const int delayMs = m_mode.load() == Mode::Delay ? m_delayMs.load() : 0;
        for (std::size_t i = 0; i < loop.pairs.size() && 3 + i * 2 < fds.size(); ++i) {
            ProxyPair& pair = loop.pairs[i];
            const pollfd& client = fds[2 + i * 2];
            const pollfd& server = fds[3 + i * 2];
            bool alive = true;
            if (client.revents & (POLLIN | POLLHUP | POLLERR))
                alive = readInto(pair.up, delayMs) && alive;
            if (server.revents & (POLLIN | POLLHUP | POLLERR))
                alive = readInto(pair.down, delayMs) && alive;
            if (flowing) {
                alive = writeDue(pair.up) && alive;
                alive = writeDue(pair.down) && alive;
            }
            pair.dead = !alive;
        }
        for (auto it = loop.pairs.begin(); it != loop.pairs.end();) {
            if (it->dead) {
                ::close(it->client);
                ::close(it->server);
                it = loop.pairs.erase(it);
            } else {
                ++it;
            }
        }
        m_open = int(loop.pairs.size());
    }
    for (ProxyPair& pair : loop.pairs) {
        closeHard(pair.client);
        closeHard(pair.server);
    }
    m_open = 0;
}

} // namespace fw
