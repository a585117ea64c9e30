// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TcpFaultProxy (tests/support): pass, blackhole, reset and delay between a client and a plain
// listening socket of this test (no PostgreSQL needed).
#include "tcpfaultproxy.h"

#include <QElapsedTimer>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace fw;

namespace {
int listenOnLoopback(int* port)
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a);
    ::listen(s, 8);
    socklen_t length = sizeof a;
    getsockname(s, reinterpret_cast<sockaddr*>(&a), &length);
    *port = ntohs(a.sin_port);
    return s;
}

int connectTo(int port)
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(quint16(port));
    if (::connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
        ::close(s);
        return -1;
    }
    return s;
}

int acceptWithin(int listener, int timeoutMs)
{
    pollfd p { listener, POLLIN, 0 };
    if (::poll(&p, 1, timeoutMs) <= 0)
        return -1;
    return ::accept(listener, nullptr, nullptr);
}

// What arrives on `s` within timeoutMs: the bytes, "<eof>" or "<reset>".
QByteArray receiveWithin(int s, int timeoutMs)
{
    pollfd p { s, POLLIN, 0 };
    if (::poll(&p, 1, timeoutMs) <= 0)
        return {};
    char buffer[256];
    const ssize_t n = ::recv(s, buffer, sizeof buffer, 0);
    if (n == 0)
        return "<eof>";
    if (n < 0)
        return "<reset>";
    return QByteArray(buffer, int(n));
}

void sendText(int s, const QByteArray& text)
{
    QCOMPARE(::send(s, text.constData(), size_t(text.size()), MSG_NOSIGNAL), ssize_t(text.size()));
}
}

class TestTcpFaultProxy : public QObject {
    Q_OBJECT

private:
    int m_listener = -1;
    int m_targetPort = 0;
    std::unique_ptr<TcpFaultProxy> m_proxy;
    int m_client = -1;
    int m_server = -1;

    void connectThrough()
    {
        m_client = connectTo(m_proxy->port());
        QVERIFY(m_client >= 0);
        m_server = acceptWithin(m_listener, 2000);
        QVERIFY2(m_server >= 0, "the proxy did not connect to the target");
    }

private Q_SLOTS:
    void init()
    {
        m_listener = listenOnLoopback(&m_targetPort);
        m_proxy = std::make_unique<TcpFaultProxy>(QStringLiteral("127.0.0.1"), m_targetPort);
        const Status started = m_proxy->start();
        QVERIFY2(started.ok(), qPrintable(started.message()));
    }

    void cleanup()
    {
        m_proxy.reset();
        for (int* fd : { &m_client, &m_server, &m_listener }) {
            if (*fd >= 0)
                ::close(*fd);
            *fd = -1;
        }
    }

    void passForwardsBothWays()
    {
        connectThrough();
        sendText(m_client, "ping");
        QCOMPARE(receiveWithin(m_server, 2000), QByteArray("ping"));
        sendText(m_server, "pong");
        QCOMPARE(receiveWithin(m_client, 2000), QByteArray("pong"));
        QTRY_COMPARE(m_proxy->openConnections(), 1);
    }

    void blackholeHoldsEverythingAndKeepsTheConnection()
    {
        connectThrough();
        m_proxy->setMode(TcpFaultProxy::Mode::Blackhole);
        sendText(m_client, "lost?");
        sendText(m_server, "back?");
        QCOMPARE(receiveWithin(m_server, 500), QByteArray());
        QCOMPARE(receiveWithin(m_client, 200), QByteArray());
        // A new connection is accepted but reaches nothing either.
        const int another = connectTo(m_proxy->port());
        QVERIFY(another >= 0);
        sendText(another, "hello?");
        const int anotherServer = acceptWithin(m_listener, 1000);
        if (anotherServer >= 0) {
            QCOMPARE(receiveWithin(anotherServer, 300), QByteArray());
            ::close(anotherServer);
        }
        ::close(another);
        // The partition heals: what was held goes through, as TCP's retransmissions would.
        m_proxy->setMode(TcpFaultProxy::Mode::Pass);
        QCOMPARE(receiveWithin(m_server, 2000), QByteArray("lost?"));
        QCOMPARE(receiveWithin(m_client, 2000), QByteArray("back?"));
    }

    void resetDropsEveryConnection()
    {
        connectThrough();
        m_proxy->setMode(TcpFaultProxy::Mode::Reset);
        const QByteArray client = receiveWithin(m_client, 2000);
        QVERIFY2(client == "<reset>" || client == "<eof>", client.constData());
        const QByteArray server = receiveWithin(m_server, 2000);
        QVERIFY2(server == "<reset>" || server == "<eof>", server.constData());
        QTRY_COMPARE(m_proxy->openConnections(), 0);
        // New connections are dropped at once, until the link passes again.
        const int refused = connectTo(m_proxy->port());
        if (refused >= 0) {
            const QByteArray answer = receiveWithin(refused, 2000);
            QVERIFY2(answer == "<reset>" || answer == "<eof>", answer.constData());
            ::close(refused);
        }
        m_proxy->setMode(TcpFaultProxy::Mode::Pass);
        ::close(m_client);
        ::close(m_server);
        connectThrough();
        sendText(m_client, "again");
        QCOMPARE(receiveWithin(m_server, 2000), QByteArray("again"));
    }

    void delayHoldsEachWay()
    {
        connectThrough();
        m_proxy->setMode(TcpFaultProxy::Mode::Delay, 300);
        QElapsedTimer timer;
        timer.start();
        sendText(m_client, "slow");
        QCOMPARE(receiveWithin(m_server, 3000), QByteArray("slow"));
        const qint64 up = timer.elapsed();
        sendText(m_server, "slower");
        QCOMPARE(receiveWithin(m_client, 3000), QByteArray("slower"));
        const qint64 roundTrip = timer.elapsed();
        QVERIFY2(up >= 290, qPrintable(QString::number(up)));
        QVERIFY2(roundTrip >= 590 && roundTrip < 2000, qPrintable(QString::number(roundTrip)));
    }
};

QTEST_GUILESS_MAIN(TestTcpFaultProxy)
#include "tst_tcpfaultproxy.moc"
