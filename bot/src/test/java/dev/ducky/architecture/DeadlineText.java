package dev.ducky.architecture;

/**
 * Text that gives up once its deadline passes. A regular expression that backtracks badly never returns on its
 * own (the matcher ignores interrupts), so the text it reads stops it, and the test fails promptly instead of
 * spinning on.
 */
final class DeadlineText implements CharSequence {
    static final class Overrun extends RuntimeException {
        Overrun() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final long deadline;
    private int reads;

    DeadlineText(String text, long deadlineNanos) {
        this.text = text;
        this.deadline = deadlineNanos;
    }

    @Override
    public char charAt(int index) {
        // Reading the clock on every character would dominate the time being measured.
        if ((++reads & 0xFFF) == 0 && System.nanoTime() > deadline) {
            throw new Overrun();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
