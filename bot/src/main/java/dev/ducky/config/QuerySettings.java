package dev.ducky.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where metric knowledge and links come from (all optional; the defaults work offline).
 *
 * @param catalog               a metric catalog file (DUCKY_CATALOG); blank = the bundled default
 * @param links                 a link catalog file (DUCKY_LINKS): dashboards by service and tag
 * @param grafanaUrl            Grafana's base URL, for Explore links (DUCKY_GRAFANA_URL)
 * @param grafanaDatasource     uid of Grafana's Prometheus data source (DUCKY_GRAFANA_DATASOURCE)
 * @param grafanaLokiDatasource uid of Grafana's Loki data source (DUCKY_GRAFANA_LOKI_DATASOURCE)
 * @param prometheusUrl         Prometheus, for metric metadata and graph links — never for running a query
 * @param lokiUrl               Loki, for stream label metadata — never for running a query
 */
@ConfigurationProperties(QuerySettings.PREFIX)
public record QuerySettings(@Nullable String catalog, @Nullable String links, @Nullable String grafanaUrl,
                            @Nullable String grafanaDatasource, @Nullable String grafanaLokiDatasource,
                            @Nullable String prometheusUrl, @Nullable String lokiUrl) {
    public static final String PREFIX = "ducky.query";

    /** The same settings read from environment variables, for commands that run without an application context. */
    public static QuerySettings fromEnvironment(Map<String, String> env) {
        return new QuerySettings(env.get("DUCKY_CATALOG"), env.get("DUCKY_LINKS"), env.get("DUCKY_GRAFANA_URL"),
                env.get("DUCKY_GRAFANA_DATASOURCE"), env.get("DUCKY_GRAFANA_LOKI_DATASOURCE"),
                env.get("DUCKY_PROMETHEUS_URL"), env.get("DUCKY_LOKI_URL"));
    }

    public QuerySettings withCatalog(String file) {
        return new QuerySettings(file, links, grafanaUrl, grafanaDatasource, grafanaLokiDatasource, prometheusUrl, lokiUrl);
    }

    public Optional<Path> catalogFile() {
        return present(catalog).map(Path::of);
    }

    public Optional<Path> linksFile() {
        return present(links).map(Path::of);
    }

    public Optional<String> prometheus() {
        return present(prometheusUrl);
    }

    public Optional<String> loki() {
        return present(lokiUrl);
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
