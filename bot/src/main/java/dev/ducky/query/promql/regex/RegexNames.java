package dev.ducky.query.promql.regex;

import java.util.Locale;
import java.util.Set;

/** The class names Go's regexp syntax (Go 1.19, Unicode 13) knows: POSIX classes and Unicode groups. */
final class RegexNames {
    private static final Set<String> POSIX = Set.of("alnum", "alpha", "ascii", "blank", "cntrl", "digit",
            "graph", "lower", "print", "punct", "space", "upper", "word", "xdigit");
    private static final Set<String> CATEGORIES = Set.of("C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo",
            "Lt", "Lu", "M", "Mc", "Me", "Mn", "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po",
            "Ps", "S", "Sc", "Sk", "Sm", "So", "Z", "Zl", "Zp", "Zs");

    private RegexNames() {
    }

    /** {@code [:alpha:]} or {@code [:^alpha:]}. */
    static boolean isPosixClass(String bracketed) {
        String name = bracketed.substring(2, bracketed.length() - 2);
        return POSIX.contains(name.startsWith("^") ? name.substring(1) : name);
    }

    /** {@code Any}, a general category, or a script, spelled exactly as Go spells it. */
    static boolean isUnicodeGroup(String name) {
        if (name.equals("Any") || CATEGORIES.contains(name)) {
            return true;
        }
        if (name.equals("SignWriting")) {
            return true;
        }
        try {
            Character.UnicodeScript script = Character.UnicodeScript.valueOf(name.toUpperCase(Locale.ROOT));
            return script != Character.UnicodeScript.UNKNOWN && goSpelling(script).equals(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String goSpelling(Character.UnicodeScript script) {
        StringBuilder out = new StringBuilder();
        for (String part : script.name().split("_")) {
            if (!out.isEmpty()) {
                out.append('_');
            }
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
