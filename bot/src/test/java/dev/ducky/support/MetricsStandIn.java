package dev.ducky.support;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;

/**
 * WireMock on a random port playing Prometheus and Loki: it answers the metadata endpoints from fixtures, and
 * records anything else — above all any query call, which Ducky must never make.
 */
public final class MetricsStandIn implements AutoCloseable {
    private static final String QUERY_CALLS = "(/loki)?/api/v1/query.*";

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    public MetricsStandIn() {
        server.start();
        server.stubFor(get(urlEqualTo("/api/v1/metadata")).willReturn(okJson(Fixtures.read("prometheus/metadata.json", Map.of()))));
        server.stubFor(get(urlMatching("/api/v1/label/[a-z_]+/values")).willReturn(okJson(empty())));
        server.stubFor(get(urlEqualTo("/api/v1/label/service/values"))
                .willReturn(okJson(Fixtures.read("prometheus/service_values.json", Map.of()))));
        server.stubFor(get(urlEqualTo("/loki/api/v1/labels")).willReturn(okJson(Fixtures.read("prometheus/loki_labels.json",
                Map.of()))));
        server.stubFor(get(urlMatching("/loki/api/v1/label/[a-z_]+/values")).willReturn(okJson(empty())));
        server.stubFor(get(urlEqualTo("/loki/api/v1/label/service_name/values"))
                .willReturn(okJson(Fixtures.read("prometheus/loki_service_names.json", Map.of()))));
        // answered, so that a query call would be seen here rather than fail somewhere else
        server.stubFor(WireMock.any(urlMatching(QUERY_CALLS)).atPriority(1).willReturn(okJson("{\"status\":\"success\","
                + "\"data\":{\"resultType\":\"vector\",\"result\":[]}}")));
    }

    private static String empty() {
        return Fixtures.read("prometheus/empty_values.json", Map.of());
    }

    public String url() {
        return server.baseUrl();
    }

    /** Every request that asked to run a query (Prometheus or Loki, instant or range). */
    public List<LoggedRequest> queryCalls() {
        return server.findAll(WireMock.anyRequestedFor(urlMatching(QUERY_CALLS)));
    }

    /** Every request received. */
    public List<LoggedRequest> all() {
        return server.findAll(WireMock.anyRequestedFor(anyUrl()));
    }

    @Override
    public void close() {
        server.stop();
    }
}
