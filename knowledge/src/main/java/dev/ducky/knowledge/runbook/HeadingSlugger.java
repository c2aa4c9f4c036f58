package dev.ducky.knowledge.runbook;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GitHub-style heading anchors, so a citation {@code path#anchor} opens the right place in the repository's web
 * view. One instance per file: repeated headings get {@code -1}, {@code -2}, … like GitHub does.
 */
public final class HeadingSlugger {
    // GitHub keeps letters, digits, marks, '-', '_' and spaces; everything else (punctuation, emoji) is dropped.
    private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");
    private final Set<String> taken = new HashSet<>();

    /** The anchor for {@code heading}, unique among the anchors this slugger handed out. */
    public String slug(String heading) {
        String base = DROPPED.matcher(heading.strip().toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
        String slug = base;
        for (int n = 1; !taken.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
