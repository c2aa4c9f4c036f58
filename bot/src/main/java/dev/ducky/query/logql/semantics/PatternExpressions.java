package dev.ducky.query.logql.semantics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loki's checks on a {@code | pattern "<ip> - <_> <status>"} expression: at least one named capture,
 * no name twice, and no two captures side by side (Loki could not tell where one ends).
 */
public final class PatternExpressions {
    private static final Pattern CAPTURE = Pattern.compile("<([A-Za-z_][A-Za-z0-9_]*)>");
    private static final String UNNAMED = "_";

    private PatternExpressions() {
    }

    /** The names the pattern captures, in order ({@code <_>} captures nothing). */
    public static List<String> captureNames(String pattern) {
        return nodes(pattern).stream().filter(n -> n.capture() && !n.text().equals(UNNAMED)).map(Node::text).toList();
    }

    static Optional<String> problem(String pattern) {
        List<Node> nodes = nodes(pattern);
        List<String> names = captureNames(pattern);
        if (names.isEmpty()) {
            return Optional.of("the pattern parser needs at least one named capture such as <status> "
                    + "(<_> only skips text)");
        }
        // Loki compares the nodes pairwise from the start, two at a time; only those pairs are refused.
        for (int i = 0; i + 1 < nodes.size(); i += 2) {
            if (nodes.get(i).capture() && nodes.get(i + 1).capture()) {
                return Optional.of("the pattern has two captures side by side (<" + nodes.get(i).text() + "><"
                        + nodes.get(i + 1).text() + ">): put literal text between them so Loki knows where one ends");
            }
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                return Optional.of("the pattern captures <" + name + "> twice");
            }
        }
        return Optional.empty();
    }

    /** A capture (its name) or a run of literal text. */
    private record Node(String text, boolean capture) {
    }

    /** Captures, and the literal text between them merged into single nodes. */
    private static List<Node> nodes(String pattern) {
        List<Node> nodes = new ArrayList<>();
        Matcher capture = CAPTURE.matcher(pattern);
        int at = 0;
        while (capture.find()) {
            if (capture.start() > at) {
                nodes.add(new Node(pattern.substring(at, capture.start()), false));
            }
            nodes.add(new Node(capture.group(1), true));
            at = capture.end();
        }
        if (at < pattern.length()) {
            nodes.add(new Node(pattern.substring(at), false));
        }
        return nodes;
    }
}
