package dev.ducky.evals.score;

/** A message shortened to one line for a failure's detail. */
public final class Excerpt {
    private static final int LIMIT = 160;

    private Excerpt() {
    }

    public static String of(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > LIMIT ? line.substring(0, LIMIT - 1) + "…" : line;
    }
}
