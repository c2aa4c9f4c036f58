package dev.ducky.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The language model (DUCKY_LLM_*). {@code none}, the default, keeps Ducky offline: templates phrase every
 * move and nothing model-related is built.
 *
 * @param provider which API to speak: none, openai (any OpenAI-compatible server), ollama, azure, anthropic
 * @param baseUrl  the API's base URL; blank = the provider's public endpoint (Azure has none: its resource URL)
 * @param apiKey   the API key, from the environment only
 * @param model    the model name (the deployment name on Azure)
 * @param timeout  how long one model call may take before the offline template is posted instead
 */
@ConfigurationProperties(ModelSettings.PREFIX)
public record ModelSettings(String provider, @Nullable String baseUrl, @Nullable String apiKey,
                            @Nullable String model, Duration timeout) {
    public static final String PREFIX = "ducky.llm";
    /** As application.yml's default. */
    static final String DEFAULT_TIMEOUT = "15s";

    /** The APIs Ducky can speak. */
    public enum Provider {
        NONE, OPENAI, OLLAMA, AZURE, ANTHROPIC;

        public static Provider parse(String name) {
            try {
                return valueOf(name == null || name.isBlank() ? "NONE" : name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("DUCKY_LLM_PROVIDER must be one of " + Arrays.stream(values())
                        .map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|")) + ", was " + name);
            }
        }
    }

    public ModelSettings {
        Provider chosen = Provider.parse(provider);
        if (chosen != Provider.NONE) {
            require(present(model), "DUCKY_LLM_MODEL must name the model (the deployment on Azure) when DUCKY_LLM_PROVIDER=" + provider);
            require(timeout != null && !timeout.isNegative() && !timeout.isZero(), "DUCKY_LLM_TIMEOUT must be positive");
            require(chosen != Provider.AZURE || present(baseUrl) && present(apiKey),
                    "azure needs DUCKY_LLM_BASE_URL (the resource's endpoint) and DUCKY_LLM_API_KEY");
            require(chosen != Provider.ANTHROPIC || present(apiKey), "anthropic needs DUCKY_LLM_API_KEY");
        }
    }

    /** The same settings read from DUCKY_LLM_* outside the application (the command line, benchmarks). */
    public static ModelSettings fromEnvironment(java.util.Map<String, String> env) {
        return new ModelSettings(env.get("DUCKY_LLM_PROVIDER"), env.get("DUCKY_LLM_BASE_URL"), env.get("DUCKY_LLM_API_KEY"),
                env.get("DUCKY_LLM_MODEL"), duration(env.getOrDefault("DUCKY_LLM_TIMEOUT", DEFAULT_TIMEOUT)));
    }

    /** {@code 15s}, {@code 500ms}, {@code 2m}, as in application.yml. */
    static Duration duration(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d+)\\s*(ms|s|m)\\s*").matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("DUCKY_LLM_TIMEOUT must look like 15s, 500ms or 2m, was " + text);
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }

    public Provider chosen() {
        return Provider.parse(provider);
    }

    public boolean hasBaseUrl() {
        return present(baseUrl);
    }

    public boolean hasApiKey() {
        return present(apiKey);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
