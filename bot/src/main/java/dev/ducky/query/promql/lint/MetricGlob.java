package dev.ducky.query.promql.lint;

import java.util.List;

/**
 * A metric name pattern such as {@code *_bucket} or {@code container_*}, where {@code *} stands for any run of
 * characters. Matched by hand rather than as a regular expression: a leading {@code *} would make the regex
 * try every split of a long name, and the names come from people's queries.
 */
record MetricGlob(List<String> pieces) {
    static MetricGlob of(String glob) {
        return new MetricGlob(List.of(glob.split("\\*", -1)));
    }

    /**
     * Whether the whole name fits: the first piece starts it, the last ends it, and the pieces between appear
     * in order, each as early as it can (which never rules out a fit a later choice would find).
     */
    boolean matches(String name) {
        String first = pieces.get(0);
        if (pieces.size() == 1) {
            return name.equals(first);
        }
        String last = pieces.get(pieces.size() - 1);
        if (!name.startsWith(first) || name.length() < first.length() + last.length()) {
            return false;
        }
        int from = first.length();
        int end = name.length() - last.length();
        for (String piece : pieces.subList(1, pieces.size() - 1)) {
            int at = name.indexOf(piece, from);
            if (at < 0 || at + piece.length() > end) {
                return false;
            }
            from = at + piece.length();
        }
        return name.endsWith(last);
    }
}
