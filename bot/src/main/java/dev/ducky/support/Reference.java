package dev.ducky.support;

/** What a button or a form acts on: a question and the number of the step that proposed the answer. */
public record Reference(String questionId, int seq) {
    public static Reference parse(String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not a support reference: " + value);
        }
        try {
            return new Reference(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a support reference: " + value, e);
        }
    }

    @Override
    public String toString() {
        return questionId + ":" + seq;
    }
}
