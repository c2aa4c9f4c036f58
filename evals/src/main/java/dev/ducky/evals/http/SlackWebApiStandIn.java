package dev.ducky.evals.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The Slack Web API as Ducky sees it during an end-to-end replay, on a random local port: it records every
 * chat.postMessage and answers the few other calls Ducky makes. Under {@code /prometheus/} and
 * {@code /loki/} it stands in for the query endpoints, and records any call — Ducky must make none.
 */
public final class SlackWebApiStandIn implements AutoCloseable {
    public static final String BOT_USER = "U0DUCKY";
    public static final String ALERTING_BOT = "B0ALERTS";

    private final HttpServer server;
    private final List<Posted> posts = new ArrayList<>();
    private final List<String> queryCalls = new ArrayList<>();
    private final List<String> openedViews = new ArrayList<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000_000L);

    public SlackWebApiStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Slack stand-in", e);
        }
        server.createContext("/api/", this::slack);
        server.createContext("/prometheus/", this::query);
        server.createContext("/loki/", this::query);
        server.start();
    }

    /** What Ducky must be told as its Slack Web API base URL (DUCKY_SLACK_API_URL). */
    public String apiUrl() {
        return base() + "/api/";
    }

    /** Stand-ins for the Prometheus and Loki endpoints (DUCKY_PROMETHEUS_URL, DUCKY_LOKI_URL). */
    public String prometheusUrl() {
        return base() + "/prometheus";
    }

    public String lokiUrl() {
        return base() + "/loki";
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A fresh Slack timestamp, later than every earlier one. */
    public String nextTs() {
        long micros = ts.incrementAndGet();
        return (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
    }

    public synchronized int postCount() {
        return posts.size();
    }

    /** The posts from index {@code from} on. */
    public synchronized List<Posted> postsFrom(int from) {
        return List.copyOf(posts.subList(from, posts.size()));
    }

    /** Waits until a post from index {@code from} on matches; fails after {@code timeout}. */
    public synchronized List<Posted> awaitPost(int from, Predicate<Posted> matching, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (posts.subList(from, posts.size()).stream().noneMatch(matching)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("Ducky posted nothing expected within " + timeout.toMillis() + " ms");
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return postsFrom(from);
    }

    /** Query endpoint calls since the last drain. */
    public synchronized List<String> drainQueryCalls() {
        List<String> calls = List.copyOf(queryCalls);
        queryCalls.clear();
        return calls;
    }

    private void slack(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        Map<String, String> fields = fields(exchange);
        String answer = switch (method) {
            case "auth.test" -> "{\"ok\":true,\"url\":\"https://quackmart.slack.com/\",\"team\":\"Quackmart\","
                    + "\"user\":\"ducky\",\"team_id\":\"T0001\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"B0DUCKY\"}";
            case "bots.info" -> "{\"ok\":true,\"bot\":{\"id\":\"" + ALERTING_BOT + "\",\"name\":\"Alertmanager\","
                    + "\"user_id\":\"U0ALERTS\",\"app_id\":\"A0ALERTS\"}}";
            case "chat.postMessage" -> posted(fields);
            case "views.open" -> opened(fields);
            // Everyone replayed speaks for the incident but support staff, as in a real incident channel.
            case "conversations.members" -> "{\"ok\":true,\"members\":[\"U0RESPONDER\",\"U0DEV\"],"
                    + "\"response_metadata\":{\"next_cursor\":\"\"}}";
            case "conversations.replies", "conversations.history" -> "{\"ok\":true,\"messages\":[],\"has_more\":false}";
            default -> "{\"ok\":true}";
        };
        respond(exchange, answer);
    }

    private synchronized String posted(Map<String, String> fields) {
        String channel = fields.getOrDefault("channel", "");
        String ts = nextTs();
        posts.add(new Posted(channel, ts, fields));
        notifyAll();
        return "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + ts + "\"}";
    }

    private synchronized String opened(Map<String, String> fields) {
        openedViews.add(fields.getOrDefault("view", "{}"));
        return "{\"ok\":true}";
    }

    /** The view of the latest modal Ducky opened (views.open), as JSON. */
    public synchronized Optional<String> lastOpenedView() {
        return openedViews.isEmpty() ? Optional.empty() : Optional.of(openedViews.get(openedViews.size() - 1));
    }

    private void query(HttpExchange exchange) throws IOException {
        synchronized (this) {
            queryCalls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
        }
        respond(exchange, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}");
    }

    private static Map<String, String> fields(HttpExchange exchange) throws IOException {
        return FormFields.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
