package dev.ducky.query.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * GETs one metadata endpoint of Prometheus or Loki and returns its {@code data}. Only metadata paths go through
 * here (metric metadata, label names and values): reading them is not running anybody's query.
 */
final class MetadataHttp {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String baseUrl;

    MetadataHttp(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The {@code data} member of the endpoint's JSON answer. */
    JsonNode data(String path) {
        if (path.contains("/query")) {
            throw new IllegalArgumentException("metadata only: " + path); // Ducky never runs a query
        }
        URI uri = URI.create(baseUrl + path);
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new MetadataUnavailableException(uri + " answered HTTP " + response.statusCode(), null);
            }
            JsonNode body = JSON.readTree(response.body());
            if (!"success".equals(body.path("status").asText()) || !body.has("data")) {
                throw new MetadataUnavailableException(uri + " did not answer success", null);
            }
            return body.get("data");
        } catch (IOException e) {
            throw new MetadataUnavailableException(uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MetadataUnavailableException(uri + ": interrupted", e);
        }
    }
}
