package dev.ducky.language;

import dev.ducky.prompts.Templates;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Makes the prompts module's plain classes injectable. */
@Factory
class PromptsFactory {
    @Singleton
    Templates templates() {
        return new Templates();
    }
}
