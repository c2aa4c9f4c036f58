package dev.ducky.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The offline phrasing of every move, and the parts messages and screens are built from: one resource file per
 * move (and per {@link Part}, under {@code parts/}) with {@code {{variable}}} slots, holding one or more variants
 * separated by a line {@code ---} so replies don't read like a form letter. All templates are loaded (and
 * checked to exist) up front, so a missing one fails at start-up.
 *
 * <p>A line that holds nothing but slots, all of them empty, is left out: an optional line needs no condition.
 */
public final class Templates {
    private static final Pattern SLOT = Pattern.compile("\\{\\{\\s*([a-zA-Z][a-zA-Z0-9_]*)\\s*}}");
    // Anchored, and no run of spaces is split between two repetitions: a long line is read once.
    private static final Pattern ONLY_SLOTS = Pattern.compile("^(?:\\s*+" + SLOT.pattern() + ")+\\s*+$");
    private static final String FOLDER = "/dev/ducky/prompts/templates/";

    private static final Pattern VARIANT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");

    /** Variants by template name: the move's, or {@code parts/} and the part's. */
    private final Map<String, List<String>> variants = new HashMap<>();

    public Templates() {
        for (Move move : Move.values()) {
            read(move.templateName());
        }
        for (Part part : Part.values()) {
            read(part.templateName());
        }
    }

    private void read(String name) {
        variants.put(name, Arrays.stream(VARIANT_SEPARATOR.split(load(FOLDER + name + ".txt")))
                .map(String::strip).filter(v -> !v.isEmpty()).toList());
    }

    /** The first variant of the move's text with every slot filled. */
    public String render(Move move, Map<String, String> values) {
        return render(move, values, 0);
    }

    /**
     * One variant of the move's text, chosen by {@code seed} (so a replay phrases the same way), with every
     * slot filled; a slot without a value is a programming error.
     */
    public String render(Move move, Map<String, String> values, int seed) {
        return render(move.templateName(), values, seed);
    }

    /** The first variant of the part with every slot filled. */
    public String render(Part part, Map<String, String> values) {
        return render(part, values, 0);
    }

    /** One variant of the part, chosen by {@code seed}, with every slot filled. */
    public String render(Part part, Map<String, String> values, int seed) {
        return render(part.templateName(), values, seed);
    }

    private String render(String name, Map<String, String> values, int seed) {
        List<String> texts = variants.get(name);
        String text = texts.get(Math.floorMod(seed, texts.size()));
        return Arrays.stream(text.split("\n", -1)).filter(line -> !allSlotsEmpty(name, line, values))
                .map(line -> fill(name, line, values)).collect(Collectors.joining("\n")).strip();
    }

    private static boolean allSlotsEmpty(String name, String line, Map<String, String> values) {
        if (!ONLY_SLOTS.matcher(line).matches()) {
            return false;
        }
        Matcher slot = SLOT.matcher(line);
        while (slot.find()) {
            if (!value(name, slot.group(1), values).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String fill(String name, String line, Map<String, String> values) {
        Matcher slot = SLOT.matcher(line);
        StringBuilder out = new StringBuilder();
        while (slot.find()) {
            slot.appendReplacement(out, Matcher.quoteReplacement(value(name, slot.group(1), values)));
        }
        slot.appendTail(out);
        return out.toString();
    }

    private static String value(String template, String slot, Map<String, String> values) {
        String value = values.get(slot);
        if (value == null) {
            throw new MissingSlotException(template, slot);
        }
        return value;
    }

    /** The slot names the move's variants use. */
    public Set<String> slots(Move move) {
        return slots(move.templateName());
    }

    /** The slot names the part's variants use. */
    public Set<String> slots(Part part) {
        return slots(part.templateName());
    }

    private Set<String> slots(String name) {
        Set<String> names = new TreeSet<>();
        for (String text : variants.get(name)) {
            Matcher slot = SLOT.matcher(text);
            while (slot.find()) {
                names.add(slot.group(1));
            }
        }
        return names;
    }

    /** How many phrasings the move has. */
    public int variantCount(Move move) {
        return variants.get(move.templateName()).size();
    }

    /** How many phrasings the part has. */
    public int variantCount(Part part) {
        return variants.get(part.templateName()).size();
    }

    /** A resource of this module as text; a missing one is an error. */
    public static String load(String resource) {
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing prompt resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt resource " + resource, e);
        }
    }

    /** A template names a slot the caller did not fill. */
    public static final class MissingSlotException extends IllegalArgumentException {
        public MissingSlotException(String template, String slot) {
            super("template " + template + " needs a value for {{" + slot + "}}");
        }
    }
}
