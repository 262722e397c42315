package io.sirius.benchmarks.e2e;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Announces pre-built {@code PUT /transactions} bodies over plain HTTP/1.1 keep-alive connections, one blocking thread
 * per connection, paced to a rate: the lightest client there is, for measuring the node rather than the client
 * ({@code java.net.http} spends several hundred microseconds of CPU per request, which on a 2-core machine the node
 * would otherwise have).
 */
final class RawAnnouncer {
    /** Hears each answer. */
    interface Answers {
        /**
         * @param slot the transfer's slot
         * @param status the HTTP status, or -1 for an I/O failure
         * @param body the answer's body (for errors)
         */
        void answered(int slot, int status, String body);
    }

    private final URI uri;
    private final int connections;

    /**
     * @param baseUrl the node's REST URL
     * @param connections connections (and threads)
     */
    RawAnnouncer(String baseUrl, int connections) {
        this.uri = URI.create(baseUrl);
        this.connections = connections;
    }

    /**
     * Sends the bodies in order, body i not before {@code start + i / rate}, until all are sent or {@code stopAt} has
     * passed, and returns when those sent are answered.
     *
     * @param bodies the request bodies
     * @param sentAt filled with each request's send time (System.nanoTime)
     * @param start the schedule's start
     * @param stopAt no request is sent after this time
     * @param rate requests per second
     * @param answers hears each answer
     */
    void announce(byte[][] bodies, long[] sentAt, long start, long stopAt, double rate, Answers answers)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        double interval = 1e9 / rate;
        byte[] head = ("PUT /transactions HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nContent-Type: application/json\r\nContent-Length: ").getBytes(StandardCharsets.US_ASCII);
        Thread[] threads = new Thread[connections];
        for (int t = 0; t < connections; t++) {
            threads[t] = new Thread(() -> {
                Connection connection = null;
                for (int i = next.getAndIncrement(); i < bodies.length; i = next.getAndIncrement()) {
                    long wait = start + (long) (i * interval) - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    if (System.nanoTime() >= stopAt) {
                        break;
                    }
                    sentAt[i] = System.nanoTime();
                    try {
                        if (connection == null) {
                            connection = new Connection(uri);
                        }
                        connection.send(head, bodies[i]);
                        int status = connection.readStatus();
                        String body = connection.readBody();
                        answers.answered(i, status, body);
                    } catch (IOException e) {
                        answers.answered(i, -1, e.toString());
                        if (connection != null) {
                            connection.close();
                        }
                        connection = null;
                    }
                }
                if (connection != null) {
                    connection.close();
                }
            }, "announce-" + t);
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /** One keep-alive connection. */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private int contentLength;

        Connection(URI uri) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        void send(byte[] head, byte[] body) throws IOException {
            byte[] length = (body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] request = new byte[head.length + length.length + body.length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(length, 0, request, head.length, length.length);
            System.arraycopy(body, 0, request, head.length + length.length, body.length);
            out.write(request);
            out.flush();
        }

        /** Reads the status line and the headers; remembers Content-Length. */
        int readStatus() throws IOException {
            String status = line();
            if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
                throw new IOException("not an HTTP answer: " + status);
            }
            contentLength = 0;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                if (colon > 0 && header.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
                    contentLength = Integer.parseInt(header.substring(colon + 1).trim());
                }
            }
            return Integer.parseInt(status.substring(9, 12));
        }

        String readBody() throws IOException {
            byte[] body = in.readNBytes(contentLength);
            if (body.length != contentLength) {
                throw new IOException("the connection closed in an answer");
            }
            return new String(body, StandardCharsets.UTF_8);
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder(64);
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IOException("the connection closed");
                }
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
            return sb.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
