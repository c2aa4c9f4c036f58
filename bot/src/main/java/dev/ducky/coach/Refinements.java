package dev.ducky.coach;

import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One incremental refinement after a finding: the next small thing that sharpens what the human just saw.
 * The first that fits and was not suggested before wins; each is worded by its part's template.
 */
@Singleton
public class Refinements {
    private record Refinement(Pattern when, Part part) {
        boolean fits(String finding) {
            return when.matcher(finding).find();
        }
    }

    private static Refinement when(String regex, Part part) {
        return new Refinement(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), part);
    }

    private static final List<Refinement> BY_TOPIC = List.of(
            // Errors lined up with deploys by hand: the next step is to let the graph or an alert show it.
            when("\\b(deploy\\w*|release)\\b", Part.REFINE_DEPLOYS),
            when("\\b(5xx|50[0-4]s?|errors?|error rate|failing)\\b", Part.REFINE_ERRORS),
            when("\\b(p9\\d|latency|slow|timeouts?)\\b", Part.REFINE_LATENCY),
            when("\\b(oom\\w*|memory|restarts?|crash\\w*)\\b", Part.REFINE_MEMORY),
            when("\\b(queue|backlog|lag|consumers?)\\b", Part.REFINE_QUEUE),
            when("\\b(logs?|grep)\\b", Part.REFINE_LOGS),
            when("\\b(conn\\w*|pool)\\b", Part.REFINE_CONNECTIONS));

    private final Templates templates;

    public Refinements(Templates templates) {
        this.templates = templates;
    }

    /** The refinement to suggest, given what Ducky already said in this session. */
    String suggest(String finding, String alert, Session session) {
        if (alert != null) {
            String beforeAlert = templates.render(Part.REFINE_BEFORE_ALERT, Map.of("alert", alert));
            if (!session.said(beforeAlert)) {
                return beforeAlert;
            }
        }
        for (Refinement refinement : BY_TOPIC) {
            String text = templates.render(refinement.part(), Map.of());
            if (refinement.fits(finding) && !session.said(text)) {
                return text;
            }
        }
        return templates.render(Part.REFINE_YESTERDAY, Map.of());
    }
}
