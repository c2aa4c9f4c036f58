package dev.ducky.support.wording;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The team's jargon and what it means to a customer (and to a technical partner). Read from a file of
 * {@code term = customer words | partner words} lines; '#' starts a comment.
 */
public final class Glossary {
    static final String SAMPLE = "/dev/ducky/support/sample-glossary.txt";

    /** One term: its customer words, and its partner words (the customer words when none were given). */
    public record Term(String term, String plain, String partner) {
        public Term {
            term = term.strip().toLowerCase(Locale.ROOT);
            plain = plain.strip();
            partner = partner == null || partner.isBlank() ? plain : partner.strip();
            if (term.isEmpty() || plain.isEmpty()) {
                throw new IllegalArgumentException("a glossary term needs a term and its plain words");
            }
        }
    }

    private final Map<String, Term> terms;

    private Glossary(Map<String, Term> terms) {
        this.terms = Map.copyOf(terms);
    }

    public static Glossary sample() {
        try (InputStream in = Glossary.class.getResourceAsStream(SAMPLE)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample glossary", e);
        }
    }

    public static Glossary read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the glossary " + file + " (DUCKY_GLOSSARY)", e);
        }
    }

    static Glossary parse(String text, String source) {
        Map<String, Term> terms = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new GlossaryFormatException(source, i + 1, "expected `term = plain words | partner words`");
            }
            String[] meaning = line.substring(eq + 1).split("\\|", 2);
            try {
                Term term = new Term(line.substring(0, eq), meaning[0], meaning.length > 1 ? meaning[1] : null);
                terms.put(term.term(), term);
            } catch (IllegalArgumentException e) {
                throw new GlossaryFormatException(source, i + 1, e.getMessage());
            }
        }
        return new Glossary(terms);
    }

    /** This glossary with more terms (e.g. those developers explained); this one's win on a clash. */
    public Glossary with(Map<String, String> more) {
        Map<String, Term> all = new LinkedHashMap<>();
        more.forEach((term, plain) -> all.put(term.toLowerCase(Locale.ROOT), new Term(term, plain, null)));
        all.putAll(terms);
        return new Glossary(all);
    }

    public Optional<Term> lookup(String term) {
        return Optional.ofNullable(terms.get(term.toLowerCase(Locale.ROOT)));
    }

    /** Longest first, so "backed up" is tried before "up". */
    public List<Term> byLength() {
        List<Term> sorted = new ArrayList<>(terms.values());
        sorted.sort(Comparator.comparingInt((Term t) -> t.term().length()).reversed());
        return sorted;
    }

    public int size() {
        return terms.size();
    }

    /** A glossary line that cannot be read: the file and line say which. */
    public static final class GlossaryFormatException extends IllegalArgumentException {
        GlossaryFormatException(String source, int line, String reason) {
            super(source + ":" + line + ": " + reason);
        }
    }
}
