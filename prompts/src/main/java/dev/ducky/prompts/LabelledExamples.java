package dev.ducky.prompts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The labelled example utterances the offline classifier learns from ({@code understanding/examples.tsv}). */
public final class LabelledExamples {
    private static final String RESOURCE = "/dev/ducky/prompts/understanding/examples.tsv";

    /** One example: what a human said and what they were doing. */
    public record Example(Intent intent, String text) {
        public Example {
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(text, "text");
        }
    }

    private LabelledExamples() {
    }

    public static List<Example> load() {
        return parse(Templates.load(RESOURCE), RESOURCE);
    }

    /** Parses {@code label<TAB>text} lines after a header line; a bad line names its line number. */
    public static List<Example> parse(String tsv, String source) {
        List<Example> examples = new ArrayList<>();
        String[] lines = tsv.split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] parts = lines[i].split("\t", 2);
            try {
                examples.add(new Example(Intent.valueOf(parts[0].strip()), parts[1].strip()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected LABEL<TAB>text, got: "
                        + lines[i], e);
            }
        }
        return examples;
    }
}
