package dev.ducky.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import dev.ducky.config.SlackSettings;
import dev.ducky.conversation.Button;
import dev.ducky.conversation.Turn;
import dev.ducky.inbox.Inbound;
import dev.ducky.support.Form;
import dev.ducky.support.SupportDesk;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The support payloads that are not plain messages: Confirm / Edit / Reject clicks (Edit opens the modal), the
 * modal's submission, and App Home being opened.
 */
@Singleton
public class SupportWork {
    private static final Logger LOG = LoggerFactory.getLogger(SupportWork.class);

    private final SupportDesk desk;
    private final SlackWebApi api;
    private final MethodsClient methods;
    private final ObjectMapper json;

    public SupportWork(SupportDesk desk, SlackWebApi api, Slack slack, SlackSettings settings, ObjectMapper json) {
        this.desk = desk;
        this.api = api;
        this.methods = slack.methods(settings.botToken());
        this.json = json;
    }

    public boolean handles(Inbound inbound) {
        return switch (inbound.kind()) {
            case FORM, HOME -> true;
            case CLICK -> Button.Action.ofId(inbound.detail()).support();
            default -> false;
        };
    }

    public void process(Inbound inbound, Turn turn) {
        switch (inbound.kind()) {
            case CLICK -> click(inbound, turn);
            case FORM -> {
                List<String> problems = desk.submit(inbound.user(), new Form.Filled(inbound.detail(),
                        values(inbound.text())), inbound.key());
                // The modal was checked before it closed; what is left is an answer that changed meanwhile.
                problems.forEach(p -> LOG.warn("Edit form {} not taken: {}", inbound.key(), p));
            }
            case HOME -> api.call("views.publish", () -> methods.viewsPublish(r -> r.userId(inbound.user())
                    .view(AppHome.render(desk.overview(), Instant.now()))));
            default -> throw new IllegalArgumentException("not a support payload: " + inbound.kind());
        }
    }

    private void click(Inbound inbound, Turn turn) {
        Button button = new Button(Button.Action.ofId(inbound.detail()), inbound.text());
        if (button.action() != Button.Action.SUPPORT_EDIT) {
            desk.click(turn, button, inbound.key());
            return;
        }
        Optional<Form> form = desk.editForm(turn, button, inbound.key());
        if (form.isPresent() && inbound.trigger() == null) {
            LOG.warn("Edit click {} came without a trigger id; no modal can open for it", inbound.key());
        } else if (form.isPresent()) {
            try {
                api.call("views.open", () -> methods.viewsOpen(r -> r.triggerId(inbound.trigger())
                        .view(EditModal.render(form.get()))));
            } catch (SlackCallFailed e) {
                // A trigger lives three seconds; after a restart it is gone and only a new click can open the modal.
                LOG.warn("The edit modal for {} could not open: {}", inbound.key(), e.getMessage());
                api.call("chat.postEphemeral", () -> methods.chatPostEphemeral(r -> r.channel(inbound.channel())
                        .user(inbound.user()).threadTs(inbound.threadTs())
                        .text("I couldn't open the editor in time. Press Edit again, please.")));
            }
        }
    }

    private Map<String, String> values(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable edit form", e);
        }
    }
}
