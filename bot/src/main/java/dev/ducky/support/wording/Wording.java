package dev.ducky.support.wording;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One clause with the glossary's terms replaced, for customers and for partners, and the words nobody explained. */
record Wording(String customer, String partner, Set<String> unknown, List<Glossary.Term> terms) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’._/@:=-]*[\\p{L}\\p{N}%]|[\\p{L}\\p{N}]");
    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';

    static Wording of(String clause, Glossary glossary, PlainEnglish english) {
        List<Glossary.Term> found = new ArrayList<>();
        String marked = clause;
        for (Glossary.Term term : glossary.byLength()) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}_-])" + Pattern.quote(term.term()) + "(?![\\p{L}\\p{N}_-])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(marked);
            if (m.find()) {
                found.add(term);
                marked = m.replaceAll(Matcher.quoteReplacement(OPEN + String.valueOf(found.size() - 1) + CLOSE));
            }
        }
        Set<String> unknown = new LinkedHashSet<>();
        Matcher word = WORD.matcher(marked.replaceAll(OPEN + "\\d+" + CLOSE, " "));
        while (word.find()) {
            if (!english.knows(word.group())) {
                unknown.add(word.group());
            }
        }
        return new Wording(fill(marked, found, true), fill(marked, found, false), unknown, List.copyOf(found));
    }

    private static String fill(String marked, List<Glossary.Term> found, boolean customer) {
        Matcher slot = Pattern.compile(OPEN + "(\\d+)" + CLOSE).matcher(marked);
        StringBuilder out = new StringBuilder();
        while (slot.find()) {
            Glossary.Term term = found.get(Integer.parseInt(slot.group(1)));
            slot.appendReplacement(out, Matcher.quoteReplacement(customer ? term.plain() : term.partner()));
        }
        slot.appendTail(out);
        // "the zk" becomes "the a core coordination service": keep the glossary's own article.
        return out.toString().replaceAll("(?i)\\b(the|a|an|our) (?=(the|a|an|our) )", "");
    }
}
