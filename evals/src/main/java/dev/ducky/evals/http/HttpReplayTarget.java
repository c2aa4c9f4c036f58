package dev.ducky.evals.http;

import dev.ducky.evals.replay.Feature;
import dev.ducky.evals.replay.Replay;
import dev.ducky.evals.replay.ReplaySetup;
import dev.ducky.evals.replay.ReplayTarget;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * A Ducky running in HTTP mode, replayed into end-to-end: signed Slack requests to its /slack/events, its
 * posts captured by a {@link SlackWebApiStandIn} it must be pointed at, traces read from message metadata.
 */
public final class HttpReplayTarget implements ReplayTarget {
    private final SlackWebApiStandIn slack;
    private final String signingSecret;
    private final Function<ReplaySetup, URI> servers;
    private final Set<Feature> features;
    private final Duration timeout;

    /**
     * @param slack         the Web API stand-in the Ducky under test posts to
     * @param signingSecret the signing secret it verifies requests with
     * @param servers       the base URL of a Ducky for a conversation's setup (its knowledge folder, its model
     *                      script); a function that cannot start one per folder should not claim
     *                      {@link Feature#KNOWLEDGE}, nor {@link Feature#MODEL} one that cannot script a model
     * @param features      what the Ducky under test offers
     * @param timeout       how long to wait for Ducky's answer to a turn
     */
    public HttpReplayTarget(SlackWebApiStandIn slack, String signingSecret, Function<ReplaySetup, URI> servers,
                            Set<Feature> features, Duration timeout) {
        this.slack = slack;
        this.signingSecret = signingSecret;
        this.servers = servers;
        this.features = features.isEmpty() ? Set.of() : EnumSet.copyOf(features);
        this.timeout = timeout;
    }

    /** One Ducky at a fixed URL, with its own runbooks. */
    public static HttpReplayTarget at(URI url, SlackWebApiStandIn slack, String signingSecret, Set<Feature> features) {
        Set<Feature> offered = EnumSet.noneOf(Feature.class);
        offered.addAll(features);
        offered.remove(Feature.KNOWLEDGE);
        offered.remove(Feature.MODEL);
        return new HttpReplayTarget(slack, signingSecret, setup -> url, offered, Duration.ofSeconds(30));
    }

    @Override
    public Set<Feature> features() {
        return features;
    }

    @Override
    public Replay open(ReplaySetup setup) {
        return new HttpReplay(new SignedEvents(servers.apply(setup), signingSecret), slack, setup.name(),
                timeout);
    }
}
