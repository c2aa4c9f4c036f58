package dev.ducky.language;

import dev.ducky.coach.Decision;
import dev.ducky.config.ModelSettings;
import dev.ducky.conversation.ChannelKind;
import dev.ducky.conversation.Role;
import dev.ducky.conversation.Turn;
import dev.ducky.prompts.Templates;
import dev.ducky.redaction.Redactor;
import dev.langchain4j.model.chat.ChatModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Optional;

/** The model phrasing path built the way the application builds it, without starting the application. */
final class ModelPhrasings {
    static final Templates TEMPLATES = new Templates();
    static final Turn TURN = new Turn("C0INCIDENT", "1700000000.000100", "U0ALICE", Role.RESPONDER,
            ChannelKind.INCIDENT, "im stuk pls help");

    private ModelPhrasings() {
    }

    static ModelSettings openAi(String baseUrl, Duration timeout) {
        return new ModelSettings("openai", baseUrl, "sk-test-0123456789abcdef", "stand-in-model", timeout);
    }

    static ModelPhrasing build(ModelSettings settings, MeterRegistry metrics) {
        LanguageModelFactory factory = new LanguageModelFactory();
        ChatModel model = factory.chatModel(settings);
        return new ModelPhrasing(factory.phrasingService(model), new ModelCalls(settings, metrics), new Redactor(),
                Optional.empty(), metrics);
    }

    static ModelPhrasing build(ModelSettings settings) {
        return build(settings, new SimpleMeterRegistry());
    }

    /** Phrases the decision with its first template variant as the offline draft. */
    static Rephrasing rephrase(ModelPhrasing phrasing, Decision decision) {
        return phrasing.rephrase(decision, TURN, null, TEMPLATES.render(decision.move(), decision.slots()));
    }
}
