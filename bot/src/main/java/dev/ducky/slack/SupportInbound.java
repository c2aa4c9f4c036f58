package dev.ducky.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.ducky.conversation.Form;
import dev.ducky.conversation.Inbound;
import dev.ducky.copilot.FrontDoor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * The support flow's thin Slack handlers: the edit modal's submission (checked while the modal is still open,
 * then stored and acked like any payload) and App Home being opened. Support's buttons arrive through
 * {@link SlackInbound}'s block action handler like every other button.
 */
@Singleton
public class SupportInbound {
    /** Where a modal's submission is said: it has no channel of its own. */
    static final String MODAL = "modal";
    static final String APP_HOME = "app_home";

    private final SlackInbound inbound;
    private final FrontDoor frontDoor;

    public SupportInbound(SlackInbound inbound, FrontDoor frontDoor) {
        this.inbound = inbound;
        this.frontDoor = frontDoor;
    }

    void register(App app) {
        app.viewSubmission(EditModal.CALLBACK_ID, (request, ctx) -> {
            var payload = request.getPayload();
            Form.Filled form = new Form.Filled(payload.getView().getPrivateMetadata(),
                    EditModal.values(payload.getView().getState()));
            List<String> problems = frontDoor.problemsWith(form);
            if (!problems.isEmpty()) {
                // Slack shows these under the field and keeps the modal open.
                return ctx.ackWithErrors(Map.of(Form.ANSWER, String.join(" ", problems)));
            }
            return inbound.accept(ctx, Inbound.form(payload.getTriggerId(), MODAL, payload.getUser().getId(), form));
        });
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if (!"home".equals(event.getTab())) {
                return ctx.ack();
            }
            return inbound.accept(ctx, new Inbound(payload.getEventId(), Inbound.Kind.HOME, APP_HOME, null,
                    event.getUser(), ""));
        });
    }
}
