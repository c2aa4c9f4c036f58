package dev.ducky.query.setup;

import dev.ducky.config.QuerySettings;
import dev.ducky.query.history.TeamHistory;
import dev.ducky.query.link.LinkCatalog;
import dev.ducky.query.translate.QueryWriter;
import dev.ducky.query.translate.Translator;
import dev.ducky.retrieval.RunbookLibrary;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The translator and the link catalog of the running application, from the settings and the indexed runbooks.
 * Only this package of the query tree reaches outside it, and only as far as it must: {@code config} for the
 * settings records, and {@code retrieval} for the runbook directories actually indexed (the extracted samples
 * when none are configured), which the worked examples are harvested from.
 */
@Factory
public class QueryBeans {
    private static final Logger LOG = LoggerFactory.getLogger(QueryBeans.class);

    @Singleton
    Translator translator(QuerySettings settings, RunbookLibrary library, TeamHistory teamHistory,
                          Optional<QueryWriter> model) {
        Translator translator = TranslatorSetup.build(settings, library.dirs(), teamHistory::examples, model, LOG::warn);
        LOG.info("Metric catalog: {} metrics", translator.catalog().size());
        return translator;
    }

    @Singleton
    LinkCatalog links(QuerySettings settings, RunbookLibrary library) {
        if (settings.linksFile().isPresent()) {
            return LinkCatalog.read(settings.linksFile().get());
        }
        return library.samples() ? LinkCatalog.samples() : LinkCatalog.empty();
    }
}
