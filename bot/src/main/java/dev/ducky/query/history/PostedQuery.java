package dev.ducky.query.history;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.analysis.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query a responder posted in a code block, in the language it parses as.
 *
 * @param prose the message's words outside its code blocks
 */
public record PostedQuery(QueryLanguage language, String query, String prose) {
    private static final Pattern FENCE = Pattern.compile("```(?:([a-zA-Z]+)(?=\\s))?[ \\t]*\\n?(.*?)```",
            Pattern.DOTALL); // a tag is a word followed by a space or newline: ```up``` is a query, not a tag

    public PostedQuery {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(prose, "prose");
    }

    /** The valid PromQL and LogQL queries in a message's code blocks; other code (shell, YAML) is ignored. */
    public static List<PostedQuery> in(String message) {
        List<PostedQuery> found = new ArrayList<>();
        Matcher m = FENCE.matcher(message);
        String prose = FENCE.matcher(message).replaceAll(" ").replaceAll("\\s+", " ").strip();
        while (m.find()) {
            String body = m.group(2).strip();
            language(m.group(1), body).ifPresent(language -> found.add(new PostedQuery(language, body, prose)));
        }
        return found;
    }

    /** The block's language: its tag when it names one, else whichever parser accepts it (PromQL first). */
    private static Optional<QueryLanguage> language(String tag, String body) {
        if (body.isEmpty()) {
            return Optional.empty();
        }
        List<QueryLanguage> candidates = switch (tag == null ? "" : tag.toLowerCase(Locale.ROOT)) {
            case "promql" -> List.of(QueryLanguage.PROMQL);
            case "logql" -> List.of(QueryLanguage.LOGQL);
            case "" -> List.of(QueryLanguage.PROMQL, QueryLanguage.LOGQL);
            default -> List.of();
        };
        return candidates.stream().filter(l -> valid(l, body)).findFirst();
    }

    private static boolean valid(QueryLanguage language, String body) {
        ParseResult result = language.parser().check(body);
        return result.valid();
    }
}
