package dev.ducky.support;

import dev.ducky.coach.Command;
import dev.ducky.conversation.Button;
import dev.ducky.conversation.ChannelKind;
import dev.ducky.conversation.ChannelRef;
import dev.ducky.conversation.Form;
import dev.ducky.conversation.Home;
import dev.ducky.conversation.Reply;
import dev.ducky.conversation.Role;
import dev.ducky.conversation.Turn;
import dev.ducky.prompts.Move;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The support flow's front door: which messages and buttons are its own, and who handles them. Everything it
 * decides is a stored step whose posts the adapters deliver; only `status` answers at once.
 */
@Singleton
public class SupportDesk {
    private final SupportStore store;
    private final Asking asking;
    private final DevAnswers devAnswers;
    private final Confirmations confirmations;
    private final StatusBoard board;
    private final Reminders reminders;
    private final SupportReplies replies;

    public SupportDesk(SupportStore store, Asking asking, DevAnswers devAnswers, Confirmations confirmations,
                       StatusBoard board, Reminders reminders, SupportReplies replies) {
        this.store = store;
        this.asking = asking;
        this.devAnswers = devAnswers;
        this.confirmations = confirmations;
        this.board = board;
        this.reminders = reminders;
        this.replies = replies;
    }

    /**
     * `status` anywhere; `ask` and anything else said to Ducky in a support channel; a developer's words in the
     * incident thread of a question. In a channel without threads (the console) only the dev role answers there.
     */
    public boolean owns(Turn turn, Optional<Command> command) {
        if (command.isPresent()) {
            Command.Name name = command.get().name();
            return name == Command.Name.STATUS || name == Command.Name.ASK && turn.channelKind() == ChannelKind.SUPPORT;
        }
        return turn.channelKind() == ChannelKind.SUPPORT || devThread(turn).isPresent();
    }

    public List<Reply> respond(Turn turn, Optional<Command> command, String cause) {
        if (command.isPresent() && command.get().name() == Command.Name.STATUS) {
            return List.of(board.status(ChannelRef.in(command.get().argument()), turn.channelKind()));
        }
        Optional<Question> question = turn.channelKind() == ChannelKind.SUPPORT ? Optional.empty() : devThread(turn);
        if (question.isPresent()) {
            devAnswers.reply(question.get(), turn.userId(), turn.text(), cause);
            return List.of();
        }
        String text = command.map(Command::argument).orElse(turn.text());
        if (ChannelRef.without(text).isEmpty() && ChannelRef.in(text).isEmpty()) {
            return List.of(replies.reply(Move.ASK_FOR_QUESTION, Map.of(), turn.channelKind(), Map.of()));
        }
        asking.ask(turn, text, cause);
        return List.of();
    }

    /** Confirm or Reject. */
    public void click(Turn turn, Button button, String cause) {
        Reference ref = Reference.parse(button.value());
        switch (button.action()) {
            case SUPPORT_CONFIRM -> confirmations.confirm(ref, turn.userId(), cause);
            case SUPPORT_REJECT -> confirmations.reject(ref, turn.userId(), cause);
            default -> throw new IllegalArgumentException("not a support decision: " + button.action());
        }
    }

    /** Edit: the form to open for the clicker, or empty when they may not (they are told why). */
    public Optional<Form> editForm(Turn turn, Button button, String cause) {
        return confirmations.editForm(Reference.parse(button.value()), turn.userId(), cause);
    }

    /** What is wrong with a filled-in edit form (jargon a customer would not understand, an empty answer). */
    public List<String> problemsWith(Form.Filled form) {
        return confirmations.problemsWith(form);
    }

    /** What support would receive if this form were confirmed. */
    public String preview(Form.Filled form) {
        return confirmations.preview(form);
    }

    /** A filled-in edit form; returns what is wrong with it (empty when it was taken). */
    public List<String> submit(String user, Form.Filled form, String cause) {
        return confirmations.submit(form, user, cause);
    }

    public int remind(Instant now) {
        return reminders.remind(now);
    }

    /** App Home's content, worded; incidents' ages count from {@code now}. */
    public Home home(Instant now) {
        HomePage page = board.overview();
        return new Home(page.heading(), page.hint(), page.incidents(now), page.noIncident());
    }

    private Optional<Question> devThread(Turn turn) {
        if (turn.threadId().isEmpty() && turn.role() != Role.DEV) {
            return Optional.empty();
        }
        return store.byDevThread(turn.channelId(), turn.threadId());
    }
}
