package dev.ducky.slack;


import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.ducky.conversation.Form;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

/** A form as a Slack modal, and the modal's submitted values back as a map by field name. */
final class EditModal {
    static final String CALLBACK_ID = "ducky_support_edit_form";
    private static final int TEXT_LIMIT = 3000;

    private EditModal() {
    }

    static View render(Form form) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Form.Field field : form.fields()) {
            String initial = field.initial().length() > TEXT_LIMIT ? field.initial().substring(0, TEXT_LIMIT)
                    : field.initial();
            blocks.add(input(i -> {
                i.blockId(field.name()).optional(field.optional()).label(plainText(field.label()))
                        .element(plainTextInput(e -> {
                            e.actionId(field.name()).multiline(field.multiline());
                            if (!initial.isEmpty()) {
                                e.initialValue(initial);
                            }
                            return e;
                        }));
                if (!field.hint().isEmpty()) {
                    i.hint(plainText(field.hint()));
                }
                return i;
            }));
        }
        return view(v -> v.type("modal").callbackId(CALLBACK_ID).privateMetadata(form.reference())
                .title(viewTitle(t -> t.type("plain_text").text(cut(form.title(), 24))))
                .submit(viewSubmit(s -> s.type("plain_text").text("Confirm & send")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    /** Each input's value by its block id (the field name); empty fields are left out. */
    static Map<String, String> values(ViewState state) {
        Map<String, String> values = new HashMap<>();
        if (state == null || state.getValues() == null) {
            return values;
        }
        state.getValues().forEach((block, actions) -> actions.values().forEach(value -> {
            if (value.getValue() != null) {
                values.put(block, value.getValue());
            }
        }));
        return values;
    }

    private static String cut(String text, int limit) {
        return text.length() > limit ? text.substring(0, limit) : text;
    }
}
