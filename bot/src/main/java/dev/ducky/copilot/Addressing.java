package dev.ducky.copilot;

import dev.ducky.coach.AlertTrigger;
import dev.ducky.conversation.Inbound;
import dev.ducky.conversation.Message;
import dev.ducky.conversation.UserRef;
import dev.ducky.inbox.AskedThreads;
import dev.ducky.incident.Incident;
import dev.ducky.incident.IncidentStore;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for whether a message is for Ducky, whichever channel it came through (DESIGN.md, thread
 * manners): an alerting integration's alert; a mention; in a thread where the latest thing Ducky said is a
 * question, the answer of the person asked (or of the incident lead) — unless it addresses someone else (it
 * mentions a colleague, or opens with a name and a request: "Alice, can you check…" is for Alice); and, kept
 * silently to learn from, a query a human posted in a code block. Everything else is human conversation Ducky
 * stays out of. A team that wants Ducky to hear mentions only says DUCKY_LISTEN_TO=mentions. It runs before the
 * ack, so it only looks at ids and a prefix, and asks the database two short questions at most.
 */
@Singleton
public class Addressing {
    /** A name and a request at the start ("Alice, can you…", "bob: please…"); bounded, so linear on any text. */
    private static final Pattern NAMED_REQUEST = Pattern.compile("^\\s*+(\\p{L}{2,20}+)\\s*+[,:]\\s*+"
            + "(?:(?:can|could|would|will|do|did|are|have)\\s++you|please|pls|plz|mind)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that open a sentence the way a name would, but address nobody ("ok, can you…" is for Ducky). */
    private static final Set<String> NOT_NAMES = Set.of("ducky", "ok", "okay", "so", "well", "also", "and", "but",
            "hmm", "yes", "yeah", "yep", "no", "nope", "sure", "thanks", "thx", "hey", "hi", "hello", "right", "now",
            "then", "fine", "great", "cool", "plan", "update", "note", "question", "quick", "sorry", "alright");
    private static final String MENTIONS_ONLY = "mentions";

    private final AlertTrigger alerts;
    private final AskedThreads askedThreads;
    private final IncidentStore incidents;
    private final boolean answers;

    public Addressing(AlertTrigger alerts, AskedThreads askedThreads, IncidentStore incidents,
                      @Value("${ducky.listen-to:mentions-and-answers}") String listenTo) {
        this.alerts = alerts;
        this.askedThreads = askedThreads;
        this.incidents = incidents;
        if (!listenTo.equals(MENTIONS_ONLY) && !listenTo.equals("mentions-and-answers")) {
            throw new IllegalArgumentException("DUCKY_LISTEN_TO is 'mentions' or 'mentions-and-answers', not '"
                    + listenTo + "'");
        }
        this.answers = !listenTo.equals(MENTIONS_ONLY);
    }

    /** What the message is to Ducky, or empty when it is not for Ducky. */
    public Optional<Inbound> of(Message message) {
        if (message.botId() != null) {
            // A bot's message counts only as an alert (whether a human forwarded one is decided after the ack).
            return alerts.alertIn(message.text(), message.botId()).map(alert -> new Inbound(message.key(),
                    Inbound.Kind.ALERT, message.channel(), message.thread(), null, message.text(), alert, null,
                    message.role(), Map.of()));
        }
        if (message.mentionsDucky()) {
            return Optional.of(inbound(message, Inbound.Kind.MENTION, message.thread()));
        }
        if (answers && message.inThread() && !addressesSomeoneElse(message.text()) && answersDucky(message)) {
            return Optional.of(inbound(message, Inbound.Kind.THREAD_ANSWER, message.threadTs()));
        }
        if (message.text().contains("```")) {
            return Optional.of(inbound(message, Inbound.Kind.OBSERVED, message.threadTs()));
        }
        return Optional.empty();
    }

    /** A colleague mentioned anywhere, or a name and a request at the start. */
    static boolean addressesSomeoneElse(String text) {
        if (UserRef.opens(text) || UserRef.PATTERN.matcher(text).find()) {
            return true;
        }
        Matcher named = NAMED_REQUEST.matcher(text);
        return named.lookingAt() && !NOT_NAMES.contains(named.group(1).toLowerCase(Locale.ROOT));
    }

    /** The person Ducky asked (anyone, when it asked everyone there), or the incident's lead. */
    private boolean answersDucky(Message message) {
        return askedThreads.asked(message.channel(), message.threadTs())
                .filter(asked -> asked.of(message.user()) || message.user() != null && message.user().equals(
                        incidents.findOpen(message.channel(), message.threadTs()).map(Incident::lead).orElse(null)))
                .isPresent();
    }

    private static Inbound inbound(Message message, Inbound.Kind kind, String thread) {
        return new Inbound(message.key(), kind, message.channel(), thread, message.user(), message.text(), null, null,
                message.role(), Map.of());
    }
}
