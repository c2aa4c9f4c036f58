package dev.ducky.support;

import dev.ducky.conversation.Button;
import dev.ducky.conversation.ChannelKind;
import dev.ducky.prompts.Move;
import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import dev.ducky.support.wording.Rewrite;
import dev.ducky.support.wording.Rewriter;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A developer answers in the question's incident thread: their words (all of them since the last rejection) are
 * put in customer and partner words and shown back to confirm, with what a customer answer still lacks. A term
 * nobody explained stops the rewrite: Ducky asks what it means, and the answer joins the team's terms.
 */
@Singleton
public class DevAnswers {
    // A term is a word or a short phrase, and only ends on a space before its closing quote: a line of spaces
    // is then read a bounded number of times rather than once per character.
    private static final Pattern DEFINITION = Pattern.compile("^\\s*+[“\"'‘`]?([^=:“”\"'‘’`]{1,100}?)"
            + "(?:(?<!\\s)|(?=[”\"'’`]))[”\"'’`]?\\s*+"
            + "(?:=|:|->|→|\\bmeans\\b|\\bis short for\\b|\\bstands for\\b)\\s*(.+)$");

    private final Flow flow;
    private final Gatekeeper gatekeeper;
    private final Rewriter rewriter;
    private final SupportReplies replies;
    private final SupportStore store;
    private final Templates templates;

    public DevAnswers(Flow flow, Gatekeeper gatekeeper, Rewriter rewriter, SupportReplies replies,
                      SupportStore store, Templates templates) {
        this.flow = flow;
        this.gatekeeper = gatekeeper;
        this.rewriter = rewriter;
        this.replies = replies;
        this.store = store;
        this.templates = templates;
    }

    public void reply(Question question, String user, String text, String cause) {
        flow.advance(question.id(), cause, h -> Optional.of(decide(h, user, text)));
    }

    private Planned decide(History h, String user, String text) {
        Optional<Planned> refusal = gatekeeper.refusal(h, user);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Map<String, String> taught = definitions(text, h.askedTerms());
        taught.forEach((term, plain) -> store.teach(term, plain, user));
        List<String> words = new java.util.ArrayList<>(h.replies());
        if (taught.isEmpty()) {
            words.add(text);
        }
        String impact = h.draft().map(d -> d.text("impact")).orElse(null);
        Rewrite rewrite = rewriter.rewrite(words, impact);
        Map<String, Object> data = new LinkedHashMap<>();
        if (taught.isEmpty()) {
            data.put(Step.Data.REPLY, text);
        } else {
            data.put("taught", taught);
        }
        Step.Kind kind = taught.isEmpty() ? Step.Kind.DEV_REPLIED : Step.Kind.TERM_TAUGHT;
        if (!rewrite.understood()) {
            data.put(Step.Data.UNKNOWN, rewrite.unknownTerms());
            String terms = rewrite.unknownTerms().stream().map(w -> "“" + w + "”").collect(Collectors.joining(", "));
            String example = templates.render(Part.MEANING_EXAMPLE, Map.of("term", rewrite.unknownTerms().get(0)));
            return new Planned(kind, FlowState.WAITING_FOR_MEANING, user, data, t -> List.of(Post.to(Post.To.INCIDENT,
                    replies.reply(Move.SUPPORT_ASK_MEANING, Map.of("terms", terms, "example", example),
                            ChannelKind.INCIDENT, t, List.of(new Button(Button.Action.SUPPORT_EDIT,
                                    new Reference(h.question().id(), t.seq()).toString()))))));
        }
        data.put(Step.Data.CUSTOMER, rewrite.customer());
        data.put(Step.Data.PARTNER, rewrite.partner());
        data.put(Step.Data.MISSING, rewrite.missing().stream().map(Enum::name).sorted().toList());
        String missing = rewrite.missing().isEmpty() ? "" : templates.render(Part.STILL_MISSING, Map.of("missing",
                rewrite.missing().stream().sorted().map(m -> templates.render(m.label(), Map.of()))
                        .collect(Collectors.joining("; "))));
        return new Planned(kind, FlowState.WAITING_FOR_CONFIRMATION, user, data, t -> List.of(Post.to(
                Post.To.INCIDENT, replies.reply(Move.SUPPORT_PROPOSAL, Map.of("customer",
                        Drafting.quote(rewrite.customer()), "partner", Drafting.quote(rewrite.partner()), "missing",
                        missing), ChannelKind.INCIDENT, t, Drafting.buttons(t, true)))));
    }

    /** "term = plain words" lines for the terms Ducky asked about. */
    static Map<String, String> definitions(String text, List<String> asked) {
        Map<String, String> taught = new LinkedHashMap<>();
        for (String line : text.split("\\n|;\\s*")) {
            Matcher m = DEFINITION.matcher(line);
            if (m.matches()) {
                String term = m.group(1).strip();
                asked.stream().filter(a -> a.equalsIgnoreCase(term)).findFirst()
                        .ifPresent(a -> taught.put(a.toLowerCase(Locale.ROOT), m.group(2).strip()
                                .replaceAll("[.]$", "")));
            }
        }
        return taught;
    }
}
