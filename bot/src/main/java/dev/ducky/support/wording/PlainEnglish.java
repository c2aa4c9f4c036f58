package dev.ducky.support.wording;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Words a customer knows: the small English word lists of SCOWL (see plain-english.NOTICE). A word outside them,
 * or one shaped like an identifier, is treated as jargon until a glossary says what it means.
 */
public final class PlainEnglish {
    private static final String RESOURCE = "/dev/ducky/support/plain-english.txt.gz";
    /** Capitalised abbreviations customers read every day. */
    private static final Set<String> KNOWN_ABBREVIATIONS = Set.of("ok", "us", "uk", "eu", "eta", "am", "pm", "utc",
            "faq", "i", "tv", "id", "pin", "usa");

    /** An email address is a contact customers can use, not jargon (bounded parts: linear on any input). */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]{1,64}+@[A-Za-z0-9-]{1,63}+(?:\\.[A-Za-z0-9-]{1,63}+){1,8}+");

    private static final List<String> INFLECTIONS = List.of("s", "es", "ed", "d", "ing", "ly");

    private final Set<String> words;

    private PlainEnglish(Set<String> words) {
        this.words = words;
    }

    public static PlainEnglish load() {
        try (InputStream raw = PlainEnglish.class.getResourceAsStream(RESOURCE);
             BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                     StandardCharsets.UTF_8))) {
            Set<String> words = new HashSet<>();
            in.lines().forEach(words::add);
            return new PlainEnglish(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Whether a customer would know {@code word} as written (numbers and times count as known). */
    public boolean knows(String word) {
        String w = word.replace('’', '\'');
        if (w.matches("\\d+([.,:]\\d+)*(%|am|pm|h|m|s)?") || EMAIL.matcher(w).matches()) {
            return true;
        }
        if (w.matches(".*[_./\\\\@:=<>{}\\[\\]].*") || w.matches(".*\\d.*") || w.matches(".*[a-z][A-Z].*")) {
            return false;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
            return KNOWN_ABBREVIATIONS.contains(lower);
        }
        if (lower.contains("-")) {
            // "mid-way" is known as "midway"; "read-only" by its parts.
            if (words.contains(lower.replace("-", ""))) {
                return true;
            }
            for (String part : lower.split("-")) {
                if (!part.isEmpty() && !knows(part)) {
                    return false;
                }
            }
            return true;
        }
        return words.contains(lower) || words.contains(stripPossessive(lower)) || knowsInflected(lower);
    }

    /** "checkouts", "rerouted", "retrying": a known word with a common ending the small lists leave out. */
    private boolean knowsInflected(String word) {
        for (String ending : INFLECTIONS) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                if (words.contains(stem) || words.contains(stem + "e")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String stripPossessive(String word) {
        return word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }
}
