package dev.ducky.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading runbook section text: its steps, its sentences, and the queries in its code blocks. */
final class RunbookText {
    private static final Pattern STEP = Pattern.compile("^\\s*(\\d+[.)]|[-*•])\\s+(.+)$");
    private static final Pattern FENCE = Pattern.compile("```(promql|logql)\\s*\\n(.*?)\\n```", Pattern.DOTALL);

    /** A query found in a runbook section. */
    record Query(String language, String text) {
    }

    private RunbookText() {
    }

    /** The section's list items, in order (numbered or bulleted), with their code block if one follows. */
    static List<String> steps(String text) {
        List<String> steps = new ArrayList<>();
        String[] lines = InjectedText.strip(text).split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher step = STEP.matcher(lines[i]);
            if (step.matches()) {
                StringBuilder body = new StringBuilder(lines[i].strip());
                if (i + 1 < lines.length && lines[i + 1].strip().startsWith("```")) {
                    body.append('\n').append(lines[i + 1]);
                    for (int j = i + 2; j < lines.length; j++) {
                        body.append('\n').append(lines[j]);
                        if (lines[j].strip().equals("```")) {
                            break;
                        }
                    }
                }
                steps.add(body.toString());
            }
        }
        return steps;
    }

    /** The first step, or the first paragraph when the section has no list. */
    static String firstStep(String text) {
        List<String> steps = steps(text);
        if (!steps.isEmpty()) {
            return steps.get(0);
        }
        String first = InjectedText.strip(text).strip().split("\n\n", 2)[0];
        return first.length() > 400 ? first.substring(0, 399) + "…" : first;
    }

    /** Sentences of the prose (code blocks left out). */
    static List<String> sentences(String text) {
        String prose = InjectedText.strip(text).replaceAll("(?s)```.*?```", " ");
        List<String> sentences = new ArrayList<>();
        for (String s : prose.split("(?<=[.!?])\\s+|\\n+")) {
            String sentence = s.replaceAll("^\\s*(\\d+[.)]|[-*•])\\s+", "").strip();
            if (sentence.length() > 12) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /** The PromQL and LogQL queries in the section's code blocks, in order. */
    static List<Query> queries(String text) {
        List<Query> queries = new ArrayList<>();
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
            queries.add(new Query(m.group(1), m.group(2).strip()));
        }
        return queries;
    }
}
