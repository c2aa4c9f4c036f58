package dev.ducky.query.translate;

import dev.ducky.prompts.model.WrittenQuery;
import java.util.List;
import java.util.Optional;

/**
 * Writes a query with a language model, when one is configured: a first answer, and another after the parser
 * rejected one. Empty when the model gave nothing usable (down, slow, malformed); the offline translation stands.
 */
public interface QueryWriter {
    Optional<WrittenQuery> write(QueryBrief brief);

    Optional<WrittenQuery> repair(QueryBrief brief, String rejected, List<String> errors);
}
