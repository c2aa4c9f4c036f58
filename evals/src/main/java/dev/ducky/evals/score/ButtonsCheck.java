package dev.ducky.evals.score;

import dev.ducky.evals.replay.BotButton;
import dev.ducky.evals.replay.BotMessage;
import java.util.List;

/** The message offers these buttons (by label or action id); an empty list expects none. */
public record ButtonsCheck(List<String> names) implements Check {
    public ButtonsCheck {
        names = List.copyOf(names);
    }

    @Override
    public String describe() {
        return names.isEmpty() ? "offers no button" : "offers " + String.join(", ", names);
    }

    @Override
    public CheckResult check(BotMessage message) {
        List<BotButton> buttons = message.buttons();
        boolean ok = names.isEmpty() ? buttons.isEmpty()
                : names.stream().allMatch(name -> buttons.stream().anyMatch(b -> b.isNamed(name)));
        return CheckResult.of(describe(), ok, "buttons: " + (buttons.isEmpty() ? "none"
                : String.join(", ", buttons.stream().map(BotButton::label).toList())));
    }
}
