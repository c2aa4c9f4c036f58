package dev.ducky.language;

import dev.ducky.config.ModelSettings;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.azure.AzureOpenAiChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Map;

/**
 * Builds the chat model DUCKY_LLM_PROVIDER names; switching providers is configuration only. No client
 * retries: a reply that cannot be phrased in time is posted from its template instead of waiting.
 */
public final class ChatModels {
    static final String OPENAI_URL = "https://api.openai.com/v1";
    static final String OLLAMA_URL = "http://localhost:11434";
    static final String ANTHROPIC_URL = "https://api.anthropic.com/v1/";

    private ChatModels() {
    }

    public static ChatModel create(ModelSettings settings) {
        return switch (settings.chosen()) {
            case NONE -> throw new IllegalStateException("no language model is configured (DUCKY_LLM_PROVIDER=none)");
            case OPENAI -> OpenAiChatModel.builder()
                    .baseUrl(settings.hasBaseUrl() ? settings.baseUrl() : OPENAI_URL)
                    // OpenAI-compatible servers (vLLM, llama.cpp, LM Studio) often need no key.
                    .apiKey(settings.hasApiKey() ? settings.apiKey() : null)
                    .modelName(settings.model())
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .build();
            case OLLAMA -> OllamaChatModel.builder()
                    .baseUrl(settings.hasBaseUrl() ? settings.baseUrl() : OLLAMA_URL)
                    // Ollama itself takes no key; one behind an authenticating proxy does.
                    .customHeaders(settings.hasApiKey() ? Map.of("Authorization", "Bearer " + settings.apiKey()) : Map.of())
                    .modelName(settings.model())
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .build();
            case AZURE -> AzureOpenAiChatModel.builder()
                    .endpoint(settings.baseUrl())
                    .apiKey(settings.apiKey())
                    .deploymentName(settings.model())
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .build();
            case ANTHROPIC -> AnthropicChatModel.builder()
                    .baseUrl(settings.hasBaseUrl() ? settings.baseUrl() : ANTHROPIC_URL)
                    .apiKey(settings.apiKey())
                    .modelName(settings.model())
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .build();
        };
    }
}
