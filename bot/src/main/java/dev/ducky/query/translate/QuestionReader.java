package dev.ducky.query.translate;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.words.PromDuration;
import dev.ducky.query.words.Terms;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the slots of a question with patterns; knows nothing of any catalog. */
public final class QuestionReader {
    private static final Pattern LOGS = Pattern.compile("\\b(logs?|log lines?|logged|logging|loki|logql|grep|"
            + "stack ?traces?|exceptions?|log volume)\\b");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"|'([^']{2,})'|`([^`]+)`");
    private static final Pattern CONTAINING = Pattern.compile("\\b(?:containing|contain|mentioning|saying|matching|"
            + "with the (?:text|message|string))\\s+([^?.,;]+)");
    private static final Pattern STATUS = Pattern.compile("\\b(([1-5])xx|([1-5]\\d\\d)s?)\\b");
    private static final Pattern QUANTILE_P = Pattern.compile("\\bp(50|75|90|95|99|999)\\b");
    private static final Pattern QUANTILE_TH = Pattern.compile("\\b(\\d{2}(?:\\.\\d+)?)(?:th|st|nd|rd)?[ -]percentile\\b");
    private static final Pattern TOP_N = Pattern.compile("\\b(?:top|bottom)\\s*(\\d+)\\b|\\b(\\d+)\\s+(?:slowest|busiest|"
            + "most|highest|largest|worst|biggest|noisiest|heaviest|least|lowest|fastest|quietest)\\b");
    private static final Pattern SUPERLATIVE = Pattern.compile("\\b(top|slowest|busiest|the most|highest|largest|worst|"
            + "biggest|noisiest|heaviest|top talkers?)\\b");
    private static final Pattern BOTTOM = Pattern.compile("\\b(bottom|least|lowest|fastest|quietest|fewest)\\b");
    private static final Pattern GROUP = Pattern.compile("\\b(?:per|by|for each|for every|each|every|broken down by|"
            + "split by|grouped by|across|which|what)\\s+(?:of the\\s+|the\\s+)?([a-z]+(?: code)?)");
    private static final Pattern BEFORE_ALERT = Pattern.compile("(?:\\b" + PromDuration.AMOUNT + "\\s+" + PromDuration.UNIT
            + "\\s+)?before (?:the |it |that |this )?(?:[a-z0-9]+ )?(?:alert )?(?:fired|started|went off|triggered|"
            + "began|paged|kicked off)");
    private static final Pattern HORIZON = Pattern.compile("\\b(?:in|within|during) (?:the )?(?:next |coming )?"
            + PromDuration.AMOUNT + "\\s*" + PromDuration.UNIT + "\\b|\\bby tomorrow\\b|\\bwithin a day\\b");
    private static final Pattern AGO = Pattern.compile("\\b" + PromDuration.AMOUNT + "\\s+" + PromDuration.UNIT + " ago\\b");
    private static final Pattern COMPARE = Pattern.compile("\\b(compar\\w*|vs\\.?|versus|same time|jump\\w*|"
            + "chang\\w*|differ\\w*|than (it was|before|usual|normal))\\b");
    private static final Pattern NAME_WORD = Pattern.compile("/[a-z0-9_./{}:-]*|[a-z0-9][a-z0-9_.-]*[a-z0-9]|[a-z0-9]");

    private QuestionReader() {
    }

    public static Question read(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        Optional<String> pattern = pattern(text, lower);
        String withoutQuoted = QUOTED.matcher(lower).replaceAll(" ");
        QueryLanguage language = LOGS.matcher(withoutQuoted).find() ? QueryLanguage.LOGQL : QueryLanguage.PROMQL;
        Question.Time time = time(STATUS.matcher(withoutQuoted).replaceAll(" "));
        String aboutData = BEFORE_ALERT.matcher(withoutQuoted).replaceAll(" ");
        return new Question(text, lower, Terms.of(aboutData), language, shape(withoutQuoted), time,
                words(withoutQuoted), pattern, status(withoutQuoted));
    }

    private static Optional<String> pattern(String text, String lower) {
        Matcher quoted = QUOTED.matcher(text);
        if (quoted.find()) {
            for (int g = 1; g <= 3; g++) {
                if (quoted.group(g) != null) {
                    return Optional.of(quoted.group(g));
                }
            }
        }
        Matcher containing = CONTAINING.matcher(lower);
        return containing.find() ? Optional.of(containing.group(1).strip()) : Optional.empty();
    }

    private static Optional<String> status(String lower) {
        Matcher m = STATUS.matcher(lower);
        if (m.find()) {
            return Optional.of(m.group(2) != null ? m.group(2) + ".." : m.group(3));
        }
        return Optional.empty();
    }

    private static Question.Shape shape(String lower) {
        List<String> nouns = new ArrayList<>();
        Matcher g = GROUP.matcher(lower);
        while (g.find()) {
            nouns.add(Terms.stem(g.group(1)));
        }
        OptionalInt top = OptionalInt.empty();
        Matcher n = TOP_N.matcher(lower);
        if (n.find()) {
            top = OptionalInt.of(Integer.parseInt(n.group(1) != null ? n.group(1) : n.group(2)));
        } else if (SUPERLATIVE.matcher(lower).find()) {
            top = OptionalInt.of(10);
        }
        if (top.isPresent()) {
            // what is ranked: "the 10 slowest endpoints" ranks endpoints
            for (String word : lower.split("[^a-z]+")) {
                String noun = Terms.stem(word);
                if (!word.equals(noun) && Grouping.nouns().contains(noun) && !nouns.contains(noun)) {
                    nouns.add(noun);
                }
            }
        }
        boolean bottom = BOTTOM.matcher(lower).find() && !lower.contains("at least");
        if (bottom && top.isEmpty() && lower.matches(".*\\b(which|what)\\b.*")) {
            top = OptionalInt.of(10);
        }
        return new Question.Shape(nouns, top, bottom, quantile(lower));
    }

    private static Optional<Double> quantile(String lower) {
        Matcher p = QUANTILE_P.matcher(lower);
        if (p.find()) {
            String digits = p.group(1);
            return Optional.of(Double.parseDouble("0." + digits));
        }
        Matcher th = QUANTILE_TH.matcher(lower);
        if (th.find()) {
            return Optional.of(Double.parseDouble(th.group(1)) / 100);
        }
        if (lower.contains("median")) {
            return Optional.of(0.5);
        }
        return Optional.empty();
    }

    private static Question.Time time(String lower) {
        OptionalInt before = OptionalInt.empty();
        Matcher b = BEFORE_ALERT.matcher(lower);
        String rest = lower;
        if (b.find()) {
            Duration d = b.group(1) == null ? Duration.ofMinutes(5) : PromDuration.parse(b.group(1), b.group(2));
            before = OptionalInt.of((int) Math.max(1, d.toMinutes()));
            rest = rest.replace(b.group(), " ");
        }
        Optional<Duration> horizon = Optional.empty();
        Matcher h = HORIZON.matcher(rest);
        if (h.find() && rest.matches(".*\\b(will|going to|predict\\w*|forecast\\w*|expected to|at this rate|at the current"
                + " rate|fill|run out|expir\\w*)\\b.*")) {
            horizon = Optional.of(h.group(1) == null ? Duration.ofDays(1) : PromDuration.parse(h.group(1), h.group(2)));
            rest = rest.replace(h.group(), " ");
        }
        Optional<Duration> offset = Optional.empty();
        Matcher ago = AGO.matcher(rest);
        boolean comparing = COMPARE.matcher(rest).find();
        if (comparing && ago.find()) {
            offset = Optional.of(PromDuration.parse(ago.group(1), ago.group(2)));
            rest = rest.replace(ago.group(), " ");
        } else if (rest.contains("yesterday")) {
            offset = Optional.of(Duration.ofDays(1));
        } else if (comparing && rest.matches(".*\\b(last|a|previous) week\\b.*")) {
            offset = Optional.of(Duration.ofDays(7));
            rest = rest.replaceAll("\\b(last|a|previous) week\\b", " ");
        }
        return new Question.Time(PromDuration.find(rest), offset, horizon, before);
    }

    private static List<String> words(String lower) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = NAME_WORD.matcher(lower);
        while (m.find()) {
            words.add(m.group());
        }
        return List.copyOf(words);
    }
}
