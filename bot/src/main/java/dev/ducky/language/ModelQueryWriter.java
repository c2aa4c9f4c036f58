package dev.ducky.language;

import dev.ducky.config.ModelSettings;
import dev.ducky.prompts.model.QueryWritingService;
import dev.ducky.prompts.model.WrittenQuery;
import dev.ducky.query.translate.QueryBrief;
import dev.ducky.query.translate.QueryWriter;
import dev.ducky.redaction.Redactor;
import dev.langchain4j.service.AiServices;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The query-writing model behind {@link QueryWriter}: the question goes out redacted, failures come back empty. */
@Singleton
@Requires(bean = QueryWritingService.class)
public class ModelQueryWriter implements QueryWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ModelQueryWriter.class);

    private final QueryWritingService service;
    private final ModelCalls calls;
    private final Redactor redactor;

    public ModelQueryWriter(QueryWritingService service, ModelCalls calls, Redactor redactor) {
        this.service = service;
        this.calls = calls;
        this.redactor = redactor;
    }

    /** For the command line and benchmarks, outside the application: the model DUCKY_LLM_* names, if any. */
    public static Optional<QueryWriter> fromSettings(ModelSettings settings) {
        if (settings.chosen() == ModelSettings.Provider.NONE) {
            return Optional.empty();
        }
        QueryWritingService service = AiServices.create(QueryWritingService.class, ChatModels.create(settings));
        return Optional.of(new ModelQueryWriter(service, new ModelCalls(settings, new SimpleMeterRegistry()), new Redactor()));
    }

    @Override
    public Optional<WrittenQuery> write(QueryBrief brief) {
        return call(() -> service.write(brief.language().title(), redactor.redact(brief.question()), brief.catalog(),
                brief.examples(), brief.draft()));
    }

    @Override
    public Optional<WrittenQuery> repair(QueryBrief brief, String rejected, List<String> errors) {
        return call(() -> service.repair(brief.language().title(), redactor.redact(brief.question()), brief.catalog(),
                brief.examples(), rejected, String.join("\n", errors)));
    }

    private Optional<WrittenQuery> call(Supplier<WrittenQuery> call) {
        try {
            return Optional.of(calls.call("translate", call));
        } catch (ModelCallFailed e) {
            LOG.info("Query written offline only: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
