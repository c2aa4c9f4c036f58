package dev.ducky.evals.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields of a Web API call as Slack's clients send them: form-encoded, or a JSON body whose top-level
 * fields are read the same way (objects and arrays kept as JSON text, as in a form).
 */
public final class FormFields {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FormFields() {
    }

    public static Map<String, String> parse(String body) {
        Map<String, String> fields = new HashMap<>();
        if (body.strip().startsWith("{")) {
            try {
                JSON.readTree(body).fields().forEachRemaining(e -> fields.put(e.getKey(), text(e.getValue())));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("a Web API call with unreadable JSON: " + e.getOriginalMessage(), e);
            }
            return fields;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
