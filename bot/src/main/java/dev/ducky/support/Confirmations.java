package dev.ducky.support;

import dev.ducky.conversation.ChannelKind;
import dev.ducky.conversation.Form;
import dev.ducky.conversation.UserRef;
import dev.ducky.prompts.Move;
import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import dev.ducky.support.wording.GlossaryRewriter;
import dev.ducky.support.wording.JargonCheck;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Confirm, Reject and Edit: only people who may speak for the incident, only on the answer that is current, and
 * only once — a second click (or a second delivery of the same click) finds the step taken and changes nothing.
 */
@Singleton
public class Confirmations {
    private final Flow flow;
    private final Gatekeeper gatekeeper;
    private final SupportReplies replies;
    private final Drafting drafting;
    private final JargonCheck jargon;
    private final Templates templates;

    public Confirmations(Flow flow, Gatekeeper gatekeeper, SupportReplies replies, Drafting drafting,
                         JargonCheck jargon, Templates templates) {
        this.flow = flow;
        this.gatekeeper = gatekeeper;
        this.replies = replies;
        this.drafting = drafting;
        this.jargon = jargon;
        this.templates = templates;
    }

    public void confirm(Reference ref, String user, String cause) {
        flow.advance(ref.questionId(), cause, h -> Optional.of(refusal(h, user).orElseGet(() -> {
            Optional<Step> proposal = h.latestProposal();
            if (!h.state().confirmable() || proposal.isEmpty() || proposal.get().seq() != ref.seq()) {
                return alreadyHandled(h, user);
            }
            Step p = proposal.get();
            return confirmed(h, user, p.text(Step.Data.CUSTOMER),
                    p.text(Step.Data.PARTNER) == null ? "" : p.text(Step.Data.PARTNER), false, p.seq());
        })));
    }

    public void reject(Reference ref, String user, String cause) {
        flow.advance(ref.questionId(), cause, h -> Optional.of(refusal(h, user).orElseGet(() -> {
            Optional<Step> proposal = h.latestProposal();
            boolean current = proposal.map(p -> p.seq() == ref.seq()).orElse(h.state() == FlowState.WAITING_FOR_DEVS);
            if (!FlowState.WAITING.contains(h.state()) || h.state() == FlowState.WAITING_FOR_ANSWER || !current) {
                return alreadyHandled(h, user);
            }
            boolean supportSawIt = h.draft().map(d -> d.seq() == ref.seq()).orElse(false);
            return new Planned(Step.Kind.REJECTED, FlowState.WAITING_FOR_ANSWER, user, Map.of("rejected", ref.seq()),
                    t -> {
                        List<Post> posts = new ArrayList<>();
                        posts.add(Post.to(Post.To.INCIDENT, replies.reply(Move.SUPPORT_ASK_ANSWER,
                                Map.of("by", UserRef.of(user)), ChannelKind.INCIDENT, t, List.of())));
                        if (supportSawIt) {
                            posts.add(Post.to(Post.To.SUPPORT, replies.reply(Move.SUPPORT_DRAFT_WITHDRAWN,
                                    Map.of("by", UserRef.of(user)), ChannelKind.SUPPORT, t, List.of())));
                        }
                        return posts;
                    });
        })));
    }

    /** The edit form with the current answer, or empty (and a refusal posted) when the user may not edit. */
    public Optional<Form> editForm(Reference ref, String user, String cause) {
        History h = flow.history(ref.questionId());
        if (refusal(h, user).isPresent()) {
            flow.advance(ref.questionId(), cause, again -> refusal(again, user));
            return Optional.empty();
        }
        return Optional.of(AnswerForm.of(ref, h.latestProposal().or(h::draft), templates));
    }

    /** A submitted edit: the developer's own answer, confirmed by them; refused when it holds jargon. */
    public List<String> submit(Form.Filled form, String user, String cause) {
        List<String> problems = problemsWith(form);
        if (!problems.isEmpty()) {
            return problems;
        }
        Reference ref = Reference.parse(form.reference());
        String customer = customerText(form);
        flow.advance(ref.questionId(), cause, h -> Optional.of(refusal(h, user).orElseGet(() ->
                confirmed(h, user, customer, form.value(Form.PARTNER), true, ref.seq()))));
        return List.of();
    }

    /** What support would receive: the customer answer, and the technical partners' when there is one. */
    public String preview(Form.Filled form) {
        String partner = form.value(Form.PARTNER);
        return customerText(form) + (partner.isEmpty() ? "" : "\nFor technical partners: " + partner);
    }

    private static String customerText(Form.Filled form) {
        return form.value(Form.ANSWER) + (form.value(Form.NEXT_UPDATE).isEmpty() ? ""
                : " " + GlossaryRewriter.sentence(form.value(Form.NEXT_UPDATE)));
    }

    /** Jargon a customer would not understand, or an empty answer. */
    public List<String> problemsWith(Form.Filled form) {
        List<String> problems = jargon.problems(form.value(Form.ANSWER));
        return form.value(Form.ANSWER).isEmpty() && problems.isEmpty() ? List.of(templates.render(Part.EDIT_ANSWER_EMPTY, Map.of())) : problems;
    }

    private Planned confirmed(History h, String user, String customer, String partner, boolean edited, int proposal) {
        Answer previous = drafting.latestAnswer(h.question().incidentId());
        int version = previous == null ? 1 : previous.version() + 1;
        Instant now = Instant.now();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(Step.Data.VERSION, version);
        data.put(Step.Data.CUSTOMER, customer);
        data.put(Step.Data.PARTNER, partner);
        data.put(Step.Data.EDITED, edited);
        data.put(Step.Data.PROPOSAL, proposal);
        data.put("confirmed_by", user);
        data.put("confirmed_at", now.toString());
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("by", edited ? templates.render(Part.CONFIRMED_AFTER_EDIT, Map.of("by", UserRef.of(user)))
                : UserRef.of(user));
        slots.put("at", Times.clock(now));
        slots.put("version", String.valueOf(version));
        slots.put("customer", Drafting.quote(customer));
        slots.put("partner", partner.isBlank() ? ""
                : templates.render(Part.ANSWER_FOR_PARTNERS, Map.of("partner", Drafting.quote(partner))));
        if (previous != null) {
            slots.put("previous", String.valueOf(previous.version()));
            slots.put("previous_at", Times.clock(previous.at()));
            slots.put("changes", AnswerChanges.between(previous.customer(), customer, templates));
            data.put("supersedes", previous.version());
        }
        Move toSupport = previous == null ? Move.SUPPORT_ANSWER : Move.SUPPORT_ANSWER_UPDATE;
        return new Planned(Step.Kind.CONFIRMED, FlowState.CONFIRMED, user, data, t -> List.of(
                Post.to(Post.To.SUPPORT, replies.reply(toSupport, slots, ChannelKind.SUPPORT, t, List.of())),
                Post.to(Post.To.INCIDENT, replies.reply(Move.SUPPORT_SENT, Map.of("version", String.valueOf(version),
                        "by", UserRef.of(user), "at", Times.clock(now)), ChannelKind.INCIDENT, t, List.of()))));
    }

    private Optional<Planned> refusal(History h, String user) {
        return gatekeeper.refusal(h, user);
    }

    private Planned alreadyHandled(History h, String user) {
        String what = h.lastOf(Step.Kind.CONFIRMED).filter(c -> h.state() == FlowState.CONFIRMED)
                .map(c -> templates.render(Part.ALREADY_CONFIRMED, Map.of("by", UserRef.of(c.actor()),
                        "at", Times.clock(c.at()), "version", String.valueOf(c.data().get(Step.Data.VERSION)))))
                .orElse(templates.render(Part.ANSWER_SUPERSEDED, Map.of()));
        return new Planned(Step.Kind.ALREADY_HANDLED, h.state(), user, Map.of(), t -> List.of(Post.only(
                Post.To.INCIDENT, user, replies.reply(Move.SUPPORT_ALREADY_HANDLED, Map.of("what", what),
                        ChannelKind.INCIDENT, t, List.of()))));
    }
}
