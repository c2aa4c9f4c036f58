package dev.ducky.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline phrasing of every move: one resource file per move with {@code {{variable}}} slots, holding
 * one or more variants separated by a line {@code ---} so replies don't read like a form letter. All
 * templates are loaded (and checked to exist) up front, so a missing one fails at start-up.
 */
public final class Templates {
    private static final Pattern SLOT = Pattern.compile("\\{\\{\\s*([a-zA-Z][a-zA-Z0-9_]*)\\s*}}");
    private static final String FOLDER = "/dev/ducky/prompts/templates/";

    private static final Pattern VARIANT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");

    private final Map<Move, List<String>> variants = new EnumMap<>(Move.class);

    public Templates() {
        for (Move move : Move.values()) {
            variants.put(move, Arrays.stream(VARIANT_SEPARATOR.split(load(FOLDER + move.templateName() + ".txt")))
                    .map(String::strip).filter(v -> !v.isEmpty()).toList());
        }
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
        List<String> texts = variants.get(move);
        Matcher slot = SLOT.matcher(texts.get(Math.floorMod(seed, texts.size())));
        StringBuilder out = new StringBuilder();
        while (slot.find()) {
            String name = slot.group(1);
            String value = values.get(name);
            if (value == null) {
                throw new MissingSlotException(move, name);
            }
            slot.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        slot.appendTail(out);
        return out.toString().strip();
    }

    /** The slot names the move's variants use. */
    public java.util.Set<String> slots(Move move) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (String text : variants.get(move)) {
            Matcher slot = SLOT.matcher(text);
            while (slot.find()) {
                names.add(slot.group(1));
            }
        }
        return names;
    }

    /** How many phrasings the move has. */
    public int variantCount(Move move) {
        return variants.get(move).size();
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
        public MissingSlotException(Move move, String slot) {
            super("template " + move.templateName() + " needs a value for {{" + slot + "}}");
        }
    }
}
