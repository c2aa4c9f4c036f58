package dev.ducky.knowledge.index;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers in a text, each as one exact term: what a responder pastes and what tells one runbook from all
 * others. A flag ({@code --bigkeys}, {@code -ingester.instance-limits.max-series}), a snake_case metric or column
 * ({@code pg_txid_xmin_age}, {@code cl_waiting}), a CamelCase alert, class or wait event ({@code SubtransControlLock})
 * or a dotted or hyphenated name ({@code vm.max_map_count}, {@code client-output-buffer-limit}). The text analyzer
 * splits these into common words; here they stay whole, lowercased, leading dashes dropped, so the question's token
 * and the runbook's match exactly and count with their rarity.
 */
final class ExactTokens {
    // Runs of identifier characters; brackets, quotes, '=', ',', '/', ':' and spaces end a token.
    private static final Pattern CANDIDATE = Pattern.compile("[-\\w.]+(?:::[-\\w.]+)*");
    private static final Pattern CAMEL = Pattern.compile("\\p{Ll}\\p{Lu}|\\p{Lu}{2}\\p{Ll}");
    private static final Pattern JOINED = Pattern.compile("[\\p{L}\\d][_.-][\\p{L}\\d]|^-{1,2}\\p{L}");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    private static final int MIN_LENGTH = 4;
    // A pasted log can be long; the first identifiers carry the question, and a runbook's clause count stays bounded.
    private static final int MAX_TOKENS = 500;

    private ExactTokens() {
    }

    /** The distinct identifiers of {@code text}, lowercased, in order of appearance. */
    static Set<String> of(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find() && tokens.size() < MAX_TOKENS) {
            String raw = matcher.group();
            boolean flag = raw.startsWith("-");
            String token = strip(raw);
            if (token.length() >= MIN_LENGTH && HAS_LETTER.matcher(token).find()
                    && (flag || CAMEL.matcher(token).find() || JOINED.matcher(token).find())) {
                tokens.add(token.toLowerCase(Locale.ROOT));
            }
        }
        return tokens;
    }

    /** Without leading dashes (flags match with or without them) and trailing sentence punctuation. */
    private static String strip(String raw) {
        int from = 0;
        int to = raw.length();
        while (from < to && raw.charAt(from) == '-') {
            from++;
        }
        while (to > from && (raw.charAt(to - 1) == '.' || raw.charAt(to - 1) == '-')) {
            to--;
        }
        return raw.substring(from, to);
    }
}
