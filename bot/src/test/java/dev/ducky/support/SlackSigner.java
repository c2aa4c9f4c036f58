package dev.ducky.support;

import dev.ducky.evals.http.SlackSignature;

/** Signs a request body the way Slack does (v0 HMAC-SHA256 over "v0:timestamp:body"). */
public final class SlackSigner {
    public static final String SECRET = "test-signing-secret";

    private SlackSigner() {
    }

    public static String sign(String secret, long timestamp, String body) {
        return SlackSignature.sign(secret, timestamp, body);
    }
}
