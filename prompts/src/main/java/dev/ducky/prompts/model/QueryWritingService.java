package dev.ducky.prompts.model;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/**
 * Writes a PromQL or LogQL query for a responder's question, from the team's metric catalog and worked examples.
 * The model only writes: the parser checks every query, its errors come back through {@link #repair}, and
 * nothing it writes is ever run.
 */
public interface QueryWritingService {
    @SystemMessage(fromResource = "/dev/ducky/prompts/model/query-system.txt")
    @UserMessage(fromResource = "/dev/ducky/prompts/model/query-user.txt")
    WrittenQuery write(@V("language") String language, @V("question") String question, @V("catalog") String catalog,
                       @V("examples") String examples, @V("draft") String draft);

    @SystemMessage(fromResource = "/dev/ducky/prompts/model/query-system.txt")
    @UserMessage(fromResource = "/dev/ducky/prompts/model/query-repair.txt")
    WrittenQuery repair(@V("language") String language, @V("question") String question, @V("catalog") String catalog,
                        @V("examples") String examples, @V("query") String query, @V("errors") String errors);
}
