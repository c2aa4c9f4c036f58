package dev.ducky.support;

import dev.ducky.conversation.Button;
import dev.ducky.conversation.ChannelKind;
import dev.ducky.conversation.ChannelRef;
import dev.ducky.conversation.UserRef;
import dev.ducky.incident.Incident;
import dev.ducky.prompts.Move;
import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The steps that start a question: the draft and the question to the developers, or asking which incident. */
@Singleton
public class Drafting {
    private final DraftWriter drafts;
    private final SupportReplies replies;
    private final SupportStore store;
    private final Templates templates;

    public Drafting(DraftWriter drafts, SupportReplies replies, SupportStore store, Templates templates) {
        this.drafts = drafts;
        this.replies = replies;
        this.store = store;
        this.templates = templates;
    }

    /** Phase 1 (the draft in the support thread) and phase 2 (the question in the incident channel), one step. */
    public Planned draftAndAskDevs(Question question, Incident incident, Step.Kind kind, String actor) {
        Answer confirmed = latestAnswer(incident.id());
        DraftWriter.Draft draft = drafts.write(incident, question.questions(), confirmed);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("incident", incident.id());
        data.put(Step.Data.QUESTIONS, question.questions());
        data.put("impact", draft.impactText());
        if (draft.knowsSomething()) {
            data.put(Step.Data.CUSTOMER, draft.customerText());
        }
        if (draft.impact() != null) {
            data.put(Step.Data.CITED, List.of(draft.impact().citation()));
        }
        String said = draft.knowsSomething() ? quote(draft.customerText())
                : templates.render(Part.DRAFT_NOTHING_TOLD, Map.of());
        return new Planned(kind, FlowState.WAITING_FOR_DEVS, actor, data, t -> List.of(
                Post.to(Post.To.SUPPORT, replies.reply(Move.SUPPORT_DRAFT, Map.of(
                        // A slash command leaves no visible question; a mention's is right above the draft.
                        "asked", question.supportThread() == null
                                ? templates.render(Part.DRAFT_YOU_ASKED, Map.of("questions", question.questions())) : "",
                        "confirmed", confirmedSoFar(confirmed),
                        "impact", draft.impactText().isEmpty() ? templates.render(Part.DRAFT_NO_IMPACT, Map.of())
                                : quote(draft.impactText())),
                        ChannelKind.SUPPORT, t, List.of(), draft.impact(), draft.retrieved())),
                Post.to(Post.To.INCIDENT, replies.reply(Move.SUPPORT_ASK_DEVS, Map.of(
                        "questions", question.questions(), "asker", UserRef.of(question.askedBy()), "draft", said),
                        ChannelKind.INCIDENT, t, buttons(t, draft.knowsSomething())))));
    }

    public Planned whichIncident(List<Incident> open, String actor) {
        String list = open.stream().map(i -> ChannelRef.of(i.channel()) + " (" + i.title() + ")")
                .collect(Collectors.joining(", "));
        return new Planned(Step.Kind.ASKED, FlowState.CHOOSING_INCIDENT, actor, Map.of("open", open.size()),
                t -> List.of(Post.to(Post.To.SUPPORT, replies.reply(Move.SUPPORT_WHICH_INCIDENT, Map.of("incidents",
                        list, "example", ChannelRef.of(open.get(0).channel())), ChannelKind.SUPPORT, t, List.of()))));
    }

    public Planned noIncident(@Nullable String named, String actor) {
        String reason = named == null ? templates.render(Part.NO_OPEN_INCIDENT, Map.of())
                : templates.render(Part.NO_OPEN_INCIDENT_IN_CHANNEL, Map.of("channel", ChannelRef.of(named)));
        return new Planned(Step.Kind.ASKED, FlowState.NO_INCIDENT, actor, Map.of(), t -> List.of(Post.to(
                Post.To.SUPPORT, replies.reply(Move.SUPPORT_NO_INCIDENT, Map.of("reason", reason), ChannelKind.SUPPORT,
                        t, List.of()))));
    }

    private String confirmedSoFar(@Nullable Answer confirmed) {
        return confirmed == null ? templates.render(Part.DRAFT_NOTHING_CONFIRMED, Map.of())
                : templates.render(Part.DRAFT_CONFIRMED_SO_FAR, Map.of("answer", quote(confirmed.customer()),
                "by", UserRef.of(confirmed.by()), "at", Times.clock(confirmed.at()),
                "version", String.valueOf(confirmed.version())));
    }

    /** The incident's latest confirmed answer, if any. */
    public @Nullable Answer latestAnswer(String incidentId) {
        List<Step> confirmed = store.confirmations(incidentId);
        return confirmed.isEmpty() ? null : Answer.of(confirmed.get(confirmed.size() - 1));
    }

    /** Confirm (when there is something to confirm), Edit and Reject, each naming the proposal they act on. */
    static List<Button> buttons(Transition t, boolean confirmable) {
        String version = t.questionId() + ":" + t.seq();
        List<Button> buttons = new ArrayList<>();
        if (confirmable) {
            buttons.add(new Button(Button.Action.SUPPORT_CONFIRM, version));
        }
        buttons.add(new Button(Button.Action.SUPPORT_EDIT, version));
        buttons.add(new Button(Button.Action.SUPPORT_REJECT, version));
        return buttons;
    }

    static String quote(String text) {
        return "“" + text.strip() + "”";
    }
}
