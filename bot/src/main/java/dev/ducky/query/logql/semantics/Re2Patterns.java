package dev.ducky.query.logql.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Loki's regular expressions are Go's RE2. Java's engine stands in for it: RE2's named groups
 * ({@code (?P<name>…)}) are rewritten to plain groups, and the Java-only constructs RE2 refuses
 * (look-around, atomic groups, possessive quantifiers, back-references) are reported. An approximation:
 * the two dialects differ in corners no query here relies on.
 */
public final class Re2Patterns {
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?P?<([A-Za-z0-9_]+)>");
    private static final Pattern JAVA_ONLY = Pattern.compile(
            "\\(\\?(<?[=!]|>)|[*+?}]\\+|\\\\[1-9](?![0-7])|\\\\[kZhHRXeGc]");

    /**
     * Java's engine compiles and matches groups by recursion, about 1.6 KiB of stack per level: past this many
     * nested groups it could overflow a small worker stack, so such an expression is refused up front (Go's own
     * limit is 1000; real expressions nest a handful deep).
     */
    static final int MAX_GROUP_NESTING = 50;

    private Re2Patterns() {
    }

    /** Why Loki would refuse the expression, or empty when it compiles. */
    static Optional<String> problem(String regex) {
        if (groupNesting(regex) > MAX_GROUP_NESTING) {
            return Optional.of("regular expression nested deeper than " + MAX_GROUP_NESTING + " groups");
        }
        Matcher javaOnly = JAVA_ONLY.matcher(withoutEscapedBackslashes(regex));
        if (javaOnly.find()) {
            return Optional.of("`" + javaOnly.group() + "` is not supported by Loki's regular expressions (RE2 has "
                    + "no look-around, atomic groups, possessive quantifiers or back-references)");
        }
        try {
            compile(regex);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of("invalid regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " near character " + (e.getIndex() + 1) : ""));
        }
    }

    /** Whether the expression matches the empty string as a whole (as a label matcher is anchored). */
    static boolean matchesEmpty(String regex) {
        if (groupNesting(regex) > MAX_GROUP_NESTING) {
            return false;
        }
        try {
            return compile(regex).matcher("").matches();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    /** The names of the expression's named groups ({@code (?P<name>…)} or {@code (?<name>…)}), in order. */
    public static List<String> namedGroups(String regex) {
        List<String> names = new ArrayList<>();
        Matcher matcher = NAMED_GROUP.matcher(withoutEscapedBackslashes(regex));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** How deep groups nest, reading escapes and character classes as RE2 does (no class nests in another). */
    static int groupNesting(String regex) {
        int depth = 0;
        int deepest = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                i = regex.startsWith("^]", i + 1) ? i + 2 : regex.startsWith("]", i + 1) ? i + 1 : i;
            } else if (c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(NAMED_GROUP.matcher(regex).replaceAll("("));
    }

    /** Blanks out {@code \\} pairs so that a literal backslash is not mistaken for the start of an escape. */
    private static String withoutEscapedBackslashes(String regex) {
        return regex.replace("\\\\", "__");
    }
}
