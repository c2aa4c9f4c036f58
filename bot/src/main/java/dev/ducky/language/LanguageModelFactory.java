package dev.ducky.language;

import dev.ducky.config.ModelSettings;
import dev.ducky.prompts.model.PhrasingService;
import dev.ducky.prompts.model.QueryWritingService;
import dev.ducky.prompts.model.UnderstandingService;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * The model and the AI services over it, built only when DUCKY_LLM_PROVIDER names a provider: with
 * {@code none} (or unset) no model class is ever instantiated. A misspelt provider fails at start-up.
 */
@Factory
@Requires(property = ModelSettings.PREFIX + ".provider", pattern = LanguageModelFactory.CONFIGURED)
class LanguageModelFactory {
    /** Any value but blank or "none". */
    static final String CONFIGURED = "(?i)^(?!\\s*none\\s*$)\\s*\\S.*$";

    /** Built at start-up, so a wrong DUCKY_LLM_* setting stops Ducky before it answers anyone. */
    @Context
    ChatModel chatModel(ModelSettings settings) {
        return ChatModels.create(settings);
    }

    @Singleton
    PhrasingService phrasingService(ChatModel model) {
        return AiServices.create(PhrasingService.class, model);
    }

    @Singleton
    UnderstandingService understandingService(ChatModel model) {
        return AiServices.create(UnderstandingService.class, model);
    }

    @Singleton
    QueryWritingService queryWritingService(ChatModel model) {
        return AiServices.create(QueryWritingService.class, model);
    }
}
