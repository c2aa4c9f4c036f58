package dev.ducky.slack;

import static dev.ducky.support.SupportSlack.SUPPORT_CHANNEL;
import static dev.ducky.support.SupportSlack.move;
import static dev.ducky.support.SupportSlack.payload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.support.DuckyServer;
import dev.ducky.support.Fixtures;
import dev.ducky.support.SlackStandIn;
import dev.ducky.support.SupportSlack;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The support flow over signed Slack requests (events, block_actions, view_submission, app_home_opened) with
 * WireMock as the Web API. Each test has its own incident channel, so the tests share one server.
 */
class SupportFlowIT {
    private static final String DEV = "U0DEV";
    private static final String LEAD = "U0LEAD";
    private static final String SUPPORTER = "U0SUPPORT";
    private static final String OUTSIDER = "U0OUTSIDER";
    private static final long DELIVERED = 400;
    private static final String BANNER = "AI's guess — don't send to customers; devs have been asked.";

    private static SlackStandIn slack;
    private static SupportSlack support;
    private static EmbeddedServer server;

    @BeforeAll
    static void start() throws Exception {
        slack = new SlackStandIn();
        support = new SupportSlack(slack);
        Map<String, Object> properties = DuckyServer.properties(Files.createTempDirectory("ducky-support-it"), slack);
        properties.put("ducky.knowledge.runbooks", Fixtures.folder("support-runbooks").toString());
        properties.put("ducky.support.channels", SUPPORT_CHANNEL);
        properties.put("ducky.support.reminder-after", "3s");
        properties.put("ducky.support.reminder-check", "300ms");
        properties.put("ducky.support.responder-group", "S0ONCALL");
        server = DuckyServer.start(properties);
        support.connect(server.getURL().toString());
        slack.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/api/usergroups.users.list"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        "{\"ok\":true,\"users\":[\"U0ONCALL\"]}")));
    }

    @AfterAll
    static void stop() {
        server.stop();
        slack.close();
    }

    /** Opens an incident in {@code channel} (lead: U0LEAD) whose posts start thread {@code devThread}. */
    private static void incident(String channel, String devThread, String title) throws Exception {
        support.threadFor(channel, devThread);
        support.mention(channel, LEAD, devThread.replace(".000001", ".000000"), "start " + title);
        support.awaitMove(channel, "INCIDENT_OPENED", 1);
    }

    private static String text(Map<String, String> post) {
        return post.get("text");
    }

    @Test
    void aQuestionGetsAMarkedDraftAndOnlyTheConfirmedAnswerReachesSupport() throws Exception {
        incident("C0INCA", "1700100000.000001", "checkout errors");
        String supportThread = "1700100100.000100";
        support.mention(SUPPORT_CHANNEL, SUPPORTER, supportThread, "<#C0INCA|inc-a> can customers still check out? is it fixed?");

        Map<String, String> draft = awaitIn(supportThread, "SUPPORT_DRAFT");
        assertTrue(text(draft).contains(BANNER), text(draft));
        assertFalse(text(draft).matches("(?is).*\\b(fixed|resolved|ETA)\\b.*"), "no status, even in passing: " + text(draft));
        assertTrue(text(draft).contains("Customers cannot complete their purchase"), "cites the runbook's impact");
        assertEquals("checkout-errors.md#impact", payload(draft).get("cited").get(0).asText());
        assertEquals("draft", payload(draft).get("support").get("state").asText());
        assertEquals("WAITING_FOR_DEVS", payload(draft).get("support").get("flow").asText());
        assertEquals("Customers cannot complete their purchase; their carts are kept.",
                payload(draft).get("support").get("customer").asText(), "the draft is in the trace");

        Map<String, String> ask = support.awaitMove("C0INCA", "SUPPORT_ASK_DEVS", 1);
        assertEquals(null, ask.get("thread_ts"), "one new message in the incident channel");
        assertTrue(text(ask).contains("can customers still check out? is it fixed?"), text(ask));
        assertFalse(text(ask).contains("C0INCA"), "the channel named is not part of the question");
        assertEquals("asked", payload(ask).get("support").get("state").asText());
        assertEquals(payload(draft).get("support").get("transition").asText(),
                payload(ask).get("support").get("transition").asText(), "both posts are one transition");

        String click = support.click(ask, "1700100000.000001", "ducky_support_confirm", DEV);
        Map<String, String> answer = awaitIn(supportThread, "SUPPORT_ANSWER");
        assertTrue(text(answer).matches("(?s).*Confirmed by <@U0DEV> at \\d\\d:\\d\\d UTC.*answer v1.*"), text(answer));
        assertTrue(text(answer).contains("Customers cannot complete their purchase"), text(answer));
        assertFalse(text(answer).contains(BANNER), "a confirmed answer is not a guess");
        assertEquals("confirmed", payload(answer).get("support").get("state").asText());
        assertEquals("CONFIRMED", payload(answer).get("support").get("flow").asText());
        assertEquals(DEV, payload(answer).get("support").get("confirmed_by").asText());
        Map<String, String> sent = support.awaitMove("C0INCA", "SUPPORT_SENT", 1);
        assertEquals("1700100000.000001", sent.get("thread_ts"), "the developers hear it in their thread");

        // The same click delivered twice, and a second click: confirmed once.
        support.sendForm(click);
        support.click(ask, "1700100000.000001", "ducky_support_confirm", LEAD);
        awaitEphemeral(LEAD, "Already confirmed by");
        Thread.sleep(500);
        assertEquals(List.of("SUPPORT_DRAFT", "SUPPORT_ANSWER"), slack.posts().stream()
                .filter(p -> supportThread.equals(p.get("thread_ts"))).map(SupportSlack::move).toList());

        support.slash(SUPPORT_CHANNEL, SUPPORTER, "status <#C0INCA|inc-checkout>");
        Map<String, String> status = support.await(p -> p.get("thread_ts") == null && "SUPPORT_STATUS".equals(move(p)),
                1).get(0);
        assertTrue(text(status).contains("Customers cannot complete their purchase")
                && text(status).contains("confirmed by <@U0DEV>"), text(status));
        assertFalse(text(status).contains(BANNER), "status never shows a draft");

        support.openHome(SUPPORTER);
        String home = awaitRequest("views.publish", "checkout errors");
        assertTrue(home.contains("Customers cannot complete their purchase"), home);
    }

    @Test
    void someoneOutsideTheIncidentChannelAndTheResponderGroupCannotConfirm() throws Exception {
        incident("C0INCB", "1700200000.000001", "checkout errors again");
        support.mention(SUPPORT_CHANNEL, SUPPORTER, "1700200100.000100", "<#C0INCB|inc-b> is checkout down?");
        Map<String, String> ask = support.awaitMove("C0INCB", "SUPPORT_ASK_DEVS", 1);
        support.click(ask, "1700200000.000001", "ducky_support_confirm", OUTSIDER);
        String refusal = awaitEphemeral(OUTSIDER, "Only members of the incident channel (or the responder group)");
        assertTrue(refusal.contains("channel=C0INCB"), refusal);
        Thread.sleep(500);
        assertTrue(support.posts(SUPPORT_CHANNEL, "SUPPORT_ANSWER").stream()
                .noneMatch(p -> "1700200100.000100".equals(p.get("thread_ts"))), "nothing reached support");

        support.click(ask, "1700200000.000001", "ducky_support_confirm", "U0ONCALL");
        Map<String, String> answer = awaitIn("1700200100.000100", "SUPPORT_ANSWER");
        assertTrue(text(answer).contains("Confirmed by <@U0ONCALL>"), "the responder group may: " + text(answer));
    }

    @Test
    void aDeveloperEditsTheDraftAndALaterConfirmationSaysWhatChanged() throws Exception {
        incident("C0INCC", "1700300000.000001", "orders backlog");
        support.mention(SUPPORT_CHANNEL, SUPPORTER, "1700300100.000100", "<#C0INCC|inc-c> are orders lost?");
        Map<String, String> ask = support.awaitMove("C0INCC", "SUPPORT_ASK_DEVS", 1);
        support.click(ask, "1700300000.000001", "ducky_support_edit", DEV);
        String modal = awaitRequest("views.open", "ducky_support_edit_form");
        assertTrue(modal.contains("No order is lost"), "the modal holds the draft: " + modal);

        String reference = SupportSlack.buttonValue(ask, "ducky_support_edit");
        String refused = support.submitEdit(DEV, reference, "sidekiq is backed up", "");
        assertTrue(refused.contains("response_action") && refused.contains("background processing"), refused);

        support.submitEdit(DEV, reference, "Orders placed in the last hour are delayed but none are lost.",
                "next update at 15:30 UTC");
        Map<String, String> v1 = awaitIn("1700300100.000100", "SUPPORT_ANSWER");
        assertTrue(text(v1).contains("(edited)") && text(v1).contains("Next update at 15:30 UTC"), text(v1));

        support.mention(SUPPORT_CHANNEL, SUPPORTER, "1700300200.000100", "any news on orders? <#C0INCC>");
        Map<String, String> draft2 = awaitIn("1700300200.000100", "SUPPORT_DRAFT");
        assertTrue(text(draft2).contains("none are lost"), "confirmed facts go into the next draft: " + text(draft2));
        Map<String, String> ask2 = support.awaitMove("C0INCC", "SUPPORT_ASK_DEVS", 2);
        Thread.sleep(DELIVERED);
        support.click(ask2, "1700300000.000001", "ducky_support_reject", DEV);
        support.awaitMove("C0INCC", "SUPPORT_ASK_ANSWER", 1);
        support.inThread("C0INCC", DEV, "1700300000.000001", "orders are flowing again, next update at 16:00 UTC,"
                + " no workaround");
        Map<String, String> proposal = support.awaitMove("C0INCC", "SUPPORT_PROPOSAL", 1);
        support.click(proposal, "1700300000.000099", "ducky_support_confirm", LEAD);
        Map<String, String> v2 = awaitIn("1700300200.000100", "SUPPORT_ANSWER_UPDATE");
        assertTrue(text(v2).contains("answer v2") && text(v2).contains("replaces v1"), text(v2));
        assertTrue(text(v2).contains("added: Orders are flowing again") && text(v2).contains("no longer:"), text(v2));
    }

    @Test
    void anEditedAnswerWithQuotesBackslashesAndAnEmailAddressReachesSupportAsTyped() throws Exception {
        incident("C0INCH", "1700350000.000001", "login errors");
        support.mention(SUPPORT_CHANNEL, SUPPORTER, "1700350100.000100", "<#C0INCH|inc-h> why can't customers log in?");
        Map<String, String> ask = support.awaitMove("C0INCH", "SUPPORT_ASK_DEVS", 1);
        support.click(ask, "1700350000.000001", "ducky_support_edit", DEV);
        awaitRequest("views.open", "ducky_support_edit_form");

        String typed = "Some customers see \"Your password is incorrect\" although it is right, more often when it"
                + " holds a \\ sign; they can write to help@quackmart.example for a manual reset.";
        String taken = support.submitEdit(DEV, SupportSlack.buttonValue(ask, "ducky_support_edit"), typed,
                "next update at 17:00 UTC");
        assertFalse(taken.contains("response_action"), "the modal takes it: " + taken);
        Map<String, String> answer = awaitIn("1700350100.000100", "SUPPORT_ANSWER");
        assertTrue(text(answer).contains(typed), "confirmed text is never rewritten by redaction: " + text(answer));
    }

    @Test
    void aRejectedDraftBecomesTheDevelopersJargonInCustomerWordsAskingForTheEta() throws Exception {
        incident("C0INCD", "1700400000.000001", "checkout slow");
        String supportThread = "1700400100.000100";
        support.mention(SUPPORT_CHANNEL, SUPPORTER, supportThread, "<#C0INCD|inc-d> why is checkout slow for customers?");
        Map<String, String> ask = awaitDevThread("C0INCD");
        support.click(ask, "1700400000.000001", "ducky_support_reject", DEV);
        Map<String, String> askAnswer = support.awaitMove("C0INCD", "SUPPORT_ASK_ANSWER", 1);
        assertEquals("1700400000.000001", askAnswer.get("thread_ts"));
        awaitIn(supportThread, "SUPPORT_DRAFT_WITHDRAWN");

        support.inThread("C0INCD", DEV, "1700400000.000001",
                "zk is borked, sidekiq backed up, redis grumpy, mid-way through moving traffic to a new AZ");
        Map<String, String> proposal = support.awaitMove("C0INCD", "SUPPORT_PROPOSAL", 1);
        String customer = payload(proposal).get("support").get("customer").asText();
        for (String jargon : List.of("zk", "sidekiq", "redis", "AZ", "borked", "grumpy")) {
            assertFalse(customer.matches("(?is).*\\b" + jargon + "\\b.*"), jargon + " in " + customer);
        }
        assertTrue(customer.contains("a core coordination service is broken") || customer.contains(
                "A core coordination service is broken"), customer);
        assertTrue(payload(proposal).get("support").get("partner").asText().contains("ZooKeeper"));
        assertTrue(text(proposal).contains("Still missing for customers:") && text(proposal).contains("an ETA"),
                text(proposal));

        support.inThread("C0INCD", DEV, "1700400000.000001", "next update at 15:30 UTC, no workaround");
        Map<String, String> complete = support.awaitMove("C0INCD", "SUPPORT_PROPOSAL", 2);
        assertFalse(text(complete).contains("Still missing"), text(complete));
        support.click(complete, "1700400000.000077", "ducky_support_confirm", DEV);

        Map<String, String> answer = awaitIn(supportThread, "SUPPORT_ANSWER");
        assertTrue(text(answer).contains("Next update at 15:30 UTC") && text(answer).contains("background processing"),
                text(answer));
        List<String> toSupport = slack.posts().stream().filter(p -> supportThread.equals(p.get("thread_ts")))
                .map(SupportSlack::move).toList();
        assertEquals(List.of("SUPPORT_DRAFT", "SUPPORT_DRAFT_WITHDRAWN", "SUPPORT_ANSWER"), toSupport,
                "support saw no rewrite before it was confirmed");
    }

    /**
     * The question in the incident channel. Ducky learns the thread it starts from Slack's answer to the post, a
     * moment after the stand-in saw it; a human replies seconds later, a test must wait that moment.
     */
    private static Map<String, String> awaitDevThread(String channel) throws InterruptedException {
        Map<String, String> ask = support.awaitMove(channel, "SUPPORT_ASK_DEVS", 1);
        Thread.sleep(DELIVERED);
        return ask;
    }

    private static Map<String, String> awaitIn(String thread, String move) throws InterruptedException {
        return support.await(p -> thread.equals(p.get("thread_ts")) && move.equals(move(p)), 1).get(0);
    }

    @Test
    void tellSupportItIsResolvedNeverReachesSupportUnconfirmed() throws Exception {
        incident("C0INCE", "1700500000.000001", "orders backlog");
        String supportThread = "1700500100.000100";
        support.mention(SUPPORT_CHANNEL, SUPPORTER, supportThread, "<#C0INCE|inc-e> are orders lost?");
        Map<String, String> draft = awaitIn(supportThread, "SUPPORT_DRAFT");
        assertTrue(text(draft).contains("No order is lost"), text(draft));
        awaitDevThread("C0INCE");
        assertFalse(text(draft).contains("resolved") || text(draft).contains("30 minutes"),
                "the runbook's status and ETA sentences stay out: " + text(draft));

        support.inThread("C0INCE", DEV, "1700500000.000001", "tell support the incident is resolved");
        Map<String, String> proposal = support.awaitMove("C0INCE", "SUPPORT_PROPOSAL", 1);
        assertTrue(text(proposal).contains("The incident is resolved"), "shown to the developers to confirm");
        support.mention("C0INCE", DEV, "1700500000.000500", "resolve");
        support.awaitMove("C0INCE", "INCIDENT_RESOLVED", 1);

        support.mention(SUPPORT_CHANNEL, SUPPORTER, "1700500200.000100", "status <#C0INCE>");
        Map<String, String> status = support.await(p -> "1700500200.000100".equals(p.get("thread_ts")), 1).get(0);
        assertEquals("SUPPORT_STATUS", move(status));
        assertTrue(text(status).contains("nothing confirmed for customers yet"), text(status));
        assertFalse(text(status).contains("resolved"), text(status));
        assertEquals(List.of("SUPPORT_DRAFT"), slack.posts().stream()
                .filter(p -> supportThread.equals(p.get("thread_ts"))).map(SupportSlack::move).toList());
    }

    @Test
    void unknownJargonIsAskedAboutAndNeverPassedOn() throws Exception {
        incident("C0INCF", "1700600000.000001", "search degraded");
        incident("C0INCF2", "1700610000.000001", "login failures");
        support.mention(SUPPORT_CHANNEL, SUPPORTER, "1700600100.000100", "is search broken?");
        Map<String, String> which = awaitIn("1700600100.000100", "SUPPORT_WHICH_INCIDENT");
        assertTrue(text(which).contains("<#C0INCF>") && text(which).contains("<#C0INCF2>"), text(which));
        support.inThread(SUPPORT_CHANNEL, SUPPORTER, "1700600100.000100", "<#C0INCF|inc-search>");
        Map<String, String> ask = awaitDevThread("C0INCF");
        assertTrue(text(ask).contains("is search broken?"), "the original question goes to the developers");
        awaitIn("1700600100.000100", "SUPPORT_DRAFT");
        support.inThread("C0INCF", DEV, "1700600000.000001", "the hpa is flapping so search is slow for customers");
        Map<String, String> meaning = support.awaitMove("C0INCF", "SUPPORT_ASK_MEANING", 1);
        assertTrue(text(meaning).contains("“hpa”"), text(meaning));
        assertEquals(0, support.posts("C0INCF", "SUPPORT_PROPOSAL").size(), "nothing to confirm while hpa is unknown");

        support.inThread("C0INCF", DEV, "1700600000.000001", "hpa = the system that adds servers when busy");
        Map<String, String> proposal = support.awaitMove("C0INCF", "SUPPORT_PROPOSAL", 1);
        String customer = payload(proposal).get("support").get("customer").asText();
        assertFalse(customer.toLowerCase().contains("hpa"), customer);
        assertTrue(customer.startsWith("The system that adds servers when busy is flapping"), customer);
    }

    @Test
    void aQuestionNobodyAnswersGetsOneReminderThenTheLead() throws Exception {
        incident("C0INCG", "1700700000.000001", "payments failing");
        support.mention(SUPPORT_CHANNEL, SUPPORTER, "1700700100.000100", "<#C0INCG|inc-g> are payments failing?");
        support.awaitMove("C0INCG", "SUPPORT_ASK_DEVS", 1);
        Map<String, String> reminder = support.awaitMove("C0INCG", "SUPPORT_REMINDER", 1);
        assertEquals("1700700000.000001", reminder.get("thread_ts"));
        Map<String, String> nudge = support.awaitMove("C0INCG", "SUPPORT_LEAD_NUDGE", 1);
        assertTrue(text(nudge).contains("<@U0LEAD>"), text(nudge));
        Thread.sleep(4000);
        assertEquals(1, support.posts("C0INCG", "SUPPORT_REMINDER").size(), "never a flood");
        assertEquals(1, support.posts("C0INCG", "SUPPORT_LEAD_NUDGE").size());
    }

    private static String awaitEphemeral(String user, String text) throws InterruptedException {
        return awaitRequest("chat.postEphemeral", "user=" + user, text);
    }

    private static String awaitRequest(String method, String... fragments) throws InterruptedException {
        long deadline = System.nanoTime() + SupportSlack.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (var request : slack.requests(method)) {
                String body = java.net.URLDecoder.decode(request.getBodyAsString(), java.nio.charset.StandardCharsets.UTF_8);
                if (java.util.Arrays.stream(fragments).allMatch(body::contains)) {
                    return body;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + method + " with " + List.of(fragments));
    }
}
