package dev.ducky.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.ducky.inbox.Inbound;
import dev.ducky.support.Form;
import dev.ducky.support.wording.JargonCheck;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * The support flow's thin Slack handlers: the edit modal's submission (its words checked for jargon while the
 * modal is still open, then stored and acked like any payload) and App Home being opened. Support's buttons
 * arrive through {@link SlackInbound}'s block action handler like every other button.
 */
@Singleton
public class SupportInbound {
    private final SlackInbound inbound;
    private final JargonCheck jargon;
    private final ObjectMapper json;

    public SupportInbound(SlackInbound inbound, JargonCheck jargon, ObjectMapper json) {
        this.inbound = inbound;
        this.jargon = jargon;
        this.json = json;
    }

    void register(App app) {
        app.viewSubmission(EditModal.CALLBACK_ID, (request, ctx) -> {
            var payload = request.getPayload();
            Map<String, String> values = EditModal.values(payload.getView().getState());
            List<String> problems = jargon.problems(values.getOrDefault(Form.ANSWER, ""));
            if (!problems.isEmpty()) {
                // Slack shows these under the field and keeps the modal open.
                return ctx.ackWithErrors(Map.of(Form.ANSWER, String.join(" ", problems)));
            }
            return inbound.accept(ctx, new Inbound(payload.getTriggerId(), Inbound.Kind.FORM, "modal", null,
                    payload.getUser().getId(), write(values), payload.getView().getPrivateMetadata()));
        });
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if (!"home".equals(event.getTab())) {
                return ctx.ack();
            }
            return inbound.accept(ctx, new Inbound(payload.getEventId(), Inbound.Kind.HOME, "app_home", null,
                    event.getUser(), ""));
        });
    }

    private String write(Map<String, String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the edit form", e);
        }
    }
}
