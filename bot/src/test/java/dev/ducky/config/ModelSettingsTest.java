package dev.ducky.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ModelSettingsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @Test
    void noneNeedsNothingElse() {
        assertEquals(ModelSettings.Provider.NONE, new ModelSettings("none", null, null, null, null).chosen());
        assertEquals(ModelSettings.Provider.NONE, new ModelSettings("", null, null, null, null).chosen());
    }

    @Test
    void providerNamesAreCaseInsensitiveAndTyposFailWithTheChoices() {
        assertEquals(ModelSettings.Provider.OLLAMA, new ModelSettings(" Ollama ", null, null, "llama3.1", TIMEOUT).chosen());
        var error = assertThrows(IllegalArgumentException.class, () -> new ModelSettings("opneai", null, null, "m", TIMEOUT));
        assertEquals("DUCKY_LLM_PROVIDER must be one of none|openai|ollama|azure|anthropic, was opneai", error.getMessage());
    }

    @Test
    void eachProviderSaysWhatItLacks() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ModelSettings("openai", null, null, " ", TIMEOUT))
                .getMessage().startsWith("DUCKY_LLM_MODEL must name the model"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ModelSettings("azure", null, "k", "d", TIMEOUT))
                .getMessage().contains("DUCKY_LLM_BASE_URL"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ModelSettings("anthropic", null, null, "m",
                TIMEOUT)).getMessage().contains("DUCKY_LLM_API_KEY"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ModelSettings("ollama", null, null, "m",
                Duration.ZERO)).getMessage().contains("DUCKY_LLM_TIMEOUT"));
    }

    @Test
    void outsideTheApplicationTheSameVariablesAreRead() {
        ModelSettings read = ModelSettings.fromEnvironment(java.util.Map.of("DUCKY_LLM_PROVIDER", "ollama",
                "DUCKY_LLM_MODEL", "llama3.1", "DUCKY_LLM_TIMEOUT", "800ms"));
        assertEquals(ModelSettings.Provider.OLLAMA, read.chosen());
        assertEquals(Duration.ofMillis(800), read.timeout());
        assertEquals(TIMEOUT, ModelSettings.fromEnvironment(java.util.Map.of()).timeout(), "application.yml's default");
        assertEquals(ModelSettings.Provider.NONE, ModelSettings.fromEnvironment(java.util.Map.of()).chosen());
        assertEquals(Duration.ofMinutes(2), ModelSettings.duration("2m"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelSettings.duration("soon")).getMessage()
                .contains("DUCKY_LLM_TIMEOUT"));
    }
}
