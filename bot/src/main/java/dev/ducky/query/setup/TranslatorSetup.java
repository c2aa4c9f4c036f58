package dev.ducky.query.setup;

import dev.ducky.config.QuerySettings;
import dev.ducky.query.catalog.CatalogFile;
import dev.ducky.query.catalog.LokiLabels;
import dev.ducky.query.catalog.MetadataUnavailableException;
import dev.ducky.query.catalog.MetricCatalog;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.catalog.PrometheusMetadata;
import dev.ducky.query.catalog.StreamLabels;
import dev.ducky.query.examples.Harvest;
import dev.ducky.query.examples.WorkedExample;
import dev.ducky.query.link.QueryLinks;
import dev.ducky.query.translate.QueryWriter;
import dev.ducky.query.translate.Subjects;
import dev.ducky.query.translate.Translator;
import dev.ducky.query.translate.recipes.RecipeBook;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Assembles a translator from the settings: the catalog (a file, or the team's Prometheus metadata, else the
 * bundled default) plus what the runbooks and rule files teach, Loki's stream labels, the link targets and the
 * recipe book. A metadata endpoint that does not answer is reported and left out. The command line and the
 * running application both start here; it is the one place in the query tree that reads the settings.
 */
public final class TranslatorSetup {
    private TranslatorSetup() {
    }

    public static Translator build(QuerySettings settings, List<Path> runbookDirs, Supplier<List<WorkedExample>> history,
                                   Consumer<String> warnings) {
        return build(settings, runbookDirs, history, Optional.empty(), warnings);
    }

    /** As above, with the model that writes queries when one is configured. */
    public static Translator build(QuerySettings settings, List<Path> runbookDirs, Supplier<List<WorkedExample>> history,
                                   Optional<QueryWriter> writer, Consumer<String> warnings) {
        Harvest harvest = Harvest.of(runbookDirs);
        MetricCatalog catalog = catalog(settings, warnings).with(harvest.catalog());
        StreamLabels streams = harvest.streams();
        if (settings.loki().isPresent()) {
            try {
                streams = new LokiLabels(settings.loki().get()).read().with(streams);
            } catch (MetadataUnavailableException e) {
                warnings.accept("Loki labels unavailable, log queries use the runbooks' labels: " + e.getMessage());
            }
        }
        QueryLinks links = new QueryLinks(settings.grafanaUrl(), settings.grafanaDatasource(),
                settings.grafanaLokiDatasource(), settings.prometheusUrl());
        return new Translator(catalog, streams, harvest.examples(), history, links, RecipeBook.all(), writer);
    }

    /** The bundled entry's fixed vocabularies, without the conventional job names a real server knows better. */
    private static java.util.Map<String, Set<String>> vocabularyOnly(MetricInfo m) {
        java.util.Map<String, Set<String>> values = new java.util.LinkedHashMap<>(m.values());
        values.keySet().removeIf(label -> label.equals("job") || Subjects.IDENTITY.contains(label));
        return values;
    }

    /** The configured catalog: a file, the Prometheus server's metadata, or (with neither) the bundled default. */
    static MetricCatalog catalog(QuerySettings settings, Consumer<String> warnings) {
        MetricCatalog bundled = CatalogFile.bundled();
        MetricCatalog configured = settings.catalogFile().map(CatalogFile::read).orElse(null);
        if (settings.prometheus().isPresent()) {
            try {
                MetricCatalog served = new PrometheusMetadata(settings.prometheus().get()).read();
                // metadata carries no label names: take them from the bundled entries of the same families
                Set<String> names = served.all().stream().map(MetricInfo::name).collect(Collectors.toSet());
                served = served.with(new MetricCatalog(bundled.all().stream().filter(m -> names.contains(m.name()))
                        .map(m -> new MetricInfo(m.name(), m.kind(), m.help(), m.labels(), vocabularyOnly(m))).toList()));
                configured = configured == null ? served : configured.with(served);
            } catch (MetadataUnavailableException e) {
                warnings.accept("Prometheus metadata unavailable: " + e.getMessage());
            }
        }
        return configured != null ? configured : bundled;
    }
}
