package dev.ducky.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Slack credentials and endpoints; secrets come only from the environment.
 *
 * @param botToken      SLACK_BOT_TOKEN (xoxb-…)
 * @param signingSecret SLACK_SIGNING_SECRET; HTTP mode refuses to start without it
 * @param appToken      SLACK_APP_TOKEN (xapp-…); when set, Ducky connects over Socket Mode
 * @param apiUrl        DUCKY_SLACK_API_URL, the Web API base (tests point it at a stand-in)
 * @param maxAttempts   attempts per Web API call when Slack answers 429 or 5xx
 */
@ConfigurationProperties(SlackSettings.PREFIX)
public record SlackSettings(@Nullable String botToken, @Nullable String signingSecret,
                            @Nullable String appToken, String apiUrl, int maxAttempts) {
    public static final String PREFIX = "ducky.slack";

    public boolean socketMode() {
        return present(appToken);
    }

    public boolean hasSigningSecret() {
        return present(signingSecret);
    }

    /** The prefix Bolt puts before method names, always ending in '/'. */
    public String methodsUrlPrefix() {
        String base = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        return base.endsWith("/api/") ? base : base + "api/";
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
