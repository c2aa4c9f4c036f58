package dev.ducky.language;

import dev.ducky.conversation.ThinkingStatus;
import dev.ducky.conversation.Turn;
import dev.ducky.prompts.model.Reading;
import dev.ducky.prompts.model.UnderstandingService;
import dev.ducky.redaction.Redactor;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks the model what a human is doing with a (redacted) message; empty when the model gave nothing usable. */
@Singleton
@Requires(bean = UnderstandingService.class)
public class ModelUnderstanding {
    private static final Logger LOG = LoggerFactory.getLogger(ModelUnderstanding.class);

    private final UnderstandingService service;
    private final ModelCalls calls;
    private final Redactor redactor;
    private final Optional<ThinkingStatus> thinking;

    public ModelUnderstanding(UnderstandingService service, ModelCalls calls, Redactor redactor,
                              Optional<ThinkingStatus> thinking) {
        this.service = service;
        this.calls = calls;
        this.redactor = redactor;
        this.thinking = thinking;
    }

    public Optional<Reading> read(Turn turn, String text) {
        thinking.ifPresent(status -> status.show(turn));
        String redacted = redactor.redact(text);
        try {
            return Optional.of(calls.call("understand", () -> service.read(redacted)));
        } catch (ModelCallFailed e) {
            LOG.info("Understanding offline only: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
