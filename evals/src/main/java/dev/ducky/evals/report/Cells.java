package dev.ducky.evals.report;

/** Text made to fit a table cell or a list line. */
final class Cells {
    private static final int LIMIT = 80;

    private Cells() {
    }

    static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > LIMIT ? line.substring(0, LIMIT - 1) + "…" : line;
    }
}
