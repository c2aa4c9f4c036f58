package dev.ducky.query.examples;

import dev.ducky.query.QueryLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PromQL and LogQL code blocks of a runbook section, each with the words just before it. */
public final class RunbookQueries {
    private static final Pattern FENCE = Pattern.compile("```(promql|logql)[ \\t]*\\n(.*?)\\n```", Pattern.DOTALL);
    private static final int DESCRIPTION_CHARS = 400;

    /** A query in a section, and the prose that introduces it (the step or paragraph above it). */
    public record Found(QueryLanguage language, String query, String introduction) {
    }

    private RunbookQueries() {
    }

    public static List<Found> in(String sectionText) {
        List<Found> found = new ArrayList<>();
        Matcher m = FENCE.matcher(sectionText);
        int proseStart = 0;
        while (m.find()) {
            String before = sectionText.substring(proseStart, m.start()).replaceAll("(?s)```.*?```", " ");
            found.add(new Found(QueryLanguage.valueOf(m.group(1).toUpperCase(Locale.ROOT)), m.group(2).strip(),
                    lastParagraph(before)));
            proseStart = m.end();
        }
        return found;
    }

    private static String lastParagraph(String prose) {
        String[] paragraphs = prose.strip().split("\\n\\s*\\n");
        String last = paragraphs[paragraphs.length - 1].replaceAll("\\s+", " ").strip();
        return last.length() > DESCRIPTION_CHARS ? last.substring(last.length() - DESCRIPTION_CHARS) : last;
    }
}
