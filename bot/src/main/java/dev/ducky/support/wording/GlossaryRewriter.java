package dev.ducky.support.wording;

import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The offline rewrite: each clause of the developers' replies with the glossary's terms replaced, sorted into
 * what is happening, the workaround and the next update; words that are neither plain English nor in the
 * glossary are reported, never passed on.
 */
public final class GlossaryRewriter implements Rewriter {
    // "and no"/"but no" is looked for only where a run of spaces begins, so a long run is read once.
    private static final Pattern SENTENCE = Pattern.compile(
            "[.!?;\\n]++\\s*+|,\\s++|(?<!\\s)\\s++(?:and|but)\\s++(?=no\\b)");
    private static final Pattern META = Pattern.compile("(?i)^(please\\s+)?((tell|let)\\s+(support|them|customers|"
            + "the customers|people)(\\s+know)?|you can (say|tell them)|say)(\\s+that)?[:,]?\\s+");
    private static final Pattern TRIVIAL = Pattern.compile("(?i)(thanks|thank you|ok|okay|ack|ty|\\+1|lgtm|cheers|"
            + "sure|yes|yep|done)!*");
    private static final Pattern NO_WORKAROUND = Pattern.compile("(?i)\\bno (known )?(workaround|work-around|way around)"
            + "|\\bnothing (they|customers|users) can do\\b|^none$");
    private static final Pattern WORKAROUND = Pattern.compile("(?i)\\b(workaround|work around|in the meantime|meanwhile"
            + "|instead|retry|try again|can still)\\b");
    private static final Pattern NO_ETA = Pattern.compile("(?i)\\b(no eta|eta unknown|unknown eta|no estimate|"
            + "(don'?t|do not) know when|no idea when|not sure when)\\b");
    private static final Pattern ETA = Pattern.compile("(?i)\\b(eta|next update|update (you|them|customers|support)"
            + "|(by|at|around|before) \\d|in (about |around |~)?\\d+\\s*(min|mins|minutes|hours?|hrs?|h)\\b"
            + "|within \\d+|\\d{1,2}:\\d{2}|\\d{1,2}\\s*(am|pm)\\b|tomorrow|tonight|end of (the )?day|\\beod\\b"
            + "|this (morning|afternoon|evening))");
    private static final Pattern IMPACT = Pattern.compile("(?i)\\b(customers?|users?|shoppers?|can'?t|cannot|unable"
            + "|slow\\w*|delay\\w*|errors?|fail\\w*|unavailable|missing|lost|outage|time ?outs?|orders?|payments?"
            + "|log ?in|sign ?in|checkout|emails?|notifications?|site|website|app|pages?)\\b");

    private final Supplier<Glossary> glossary;
    private final PlainEnglish english;
    private final Templates templates;

    public GlossaryRewriter(Supplier<Glossary> glossary, PlainEnglish english, Templates templates) {
        this.glossary = glossary;
        this.english = english;
        this.templates = templates;
    }

    @Override
    public Rewrite rewrite(List<String> replies, String impact) {
        Glossary terms = glossary.get();
        List<String> happening = new ArrayList<>();
        List<String> happeningForPartners = new ArrayList<>();
        Aspect workaround = new Aspect();
        Aspect eta = new Aspect();
        Set<String> unknown = new LinkedHashSet<>();
        for (String reply : replies) {
            for (String raw : SENTENCE.split(reply)) {
                String clause = META.matcher(raw.strip()).replaceFirst("").strip();
                if (clause.isEmpty() || TRIVIAL.matcher(clause).matches()) {
                    continue;
                }
                if (NO_WORKAROUND.matcher(clause).find()) {
                    workaround.none();
                    continue;
                }
                if (NO_ETA.matcher(clause).find()) {
                    eta.none();
                    continue;
                }
                Wording wording = Wording.of(clause, terms, english);
                unknown.addAll(wording.unknown());
                if (WORKAROUND.matcher(clause).find()) {
                    workaround.set(wording);
                } else if (ETA.matcher(clause).find()) {
                    eta.set(wording);
                } else {
                    happening.add(wording.customer());
                    happeningForPartners.add(wording.partner());
                }
            }
        }
        Set<Missing> missing = EnumSet.noneOf(Missing.class);
        String customerImpact = "";
        if (!IMPACT.matcher(String.join(" ", happening)).find()) {
            if (impact != null && !impact.isBlank()) {
                customerImpact = impact.strip();
            } else {
                missing.add(Missing.IMPACT);
            }
        }
        if (workaround.empty()) {
            missing.add(Missing.WORKAROUND);
        }
        if (eta.empty()) {
            missing.add(Missing.ETA);
        }
        String customer = compose(happening, customerImpact, workaround.text(true, text(Part.REWRITE_NO_WORKAROUND)),
                eta.text(true, text(Part.REWRITE_NO_ESTIMATE)));
        String partner = compose(happeningForPartners, customerImpact,
                workaround.text(false, text(Part.REWRITE_NO_WORKAROUND_FOR_PARTNERS)),
                eta.text(false, text(Part.REWRITE_NO_ETA_FOR_PARTNERS)));
        return new Rewrite(masked(customer, unknown), masked(partner, unknown), List.copyOf(unknown), missing);
    }

    private String text(Part part) {
        return templates.render(part, Map.of());
    }

    /** Words nobody explained, shown as "[?]": not even a draft passes them on. */
    private static String masked(String text, Set<String> unknown) {
        String result = text;
        for (String word : unknown) {
            result = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
                    .matcher(result).replaceAll("[?]");
        }
        return result;
    }

    private static String compose(List<String> happening, String impact, String workaround, String eta) {
        List<String> parts = new ArrayList<>();
        if (!happening.isEmpty()) {
            parts.add(sentence(String.join(", ", happening)));
        }
        for (String part : List.of(impact, workaround, eta)) {
            if (!part.isEmpty()) {
                parts.add(sentence(part));
            }
        }
        return String.join(" ", parts);
    }

    /** The text as one sentence: capitalised, ending in a full stop. */
    public static String sentence(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return s;
        }
        s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        return s.matches("(?s).*[.!?]$") ? s : s + ".";
    }

    /** The workaround or the ETA: said (the latest wins), said to be none, or not said. */
    private static final class Aspect {
        private Wording said;
        private boolean none;

        void set(Wording wording) {
            said = wording;
            none = false;
        }

        void none() {
            said = null;
            none = true;
        }

        boolean empty() {
            return said == null && !none;
        }

        String text(boolean customer, String whenNone) {
            if (said != null) {
                return customer ? said.customer() : said.partner();
            }
            return none ? whenNone : "";
        }
    }
}
