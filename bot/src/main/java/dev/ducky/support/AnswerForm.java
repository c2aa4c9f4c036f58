package dev.ducky.support;

import dev.ducky.conversation.Form;
import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The edit form: the answer support may use, filled with the one the developers were last shown. */
final class AnswerForm {
    private AnswerForm() {
    }

    static Form of(Reference ref, Optional<Step> current, Templates templates) {
        String customer = current.map(s -> s.text(Step.Data.CUSTOMER)).orElse(null);
        String partner = current.map(s -> s.text(Step.Data.PARTNER)).orElse(null);
        return new Form(ref.toString(), text(templates, Part.EDIT_FORM_TITLE), List.of(
                new Form.Field(Form.ANSWER, text(templates, Part.EDIT_ANSWER_LABEL), customer, true, false,
                        text(templates, Part.EDIT_ANSWER_HINT)),
                new Form.Field(Form.PARTNER, text(templates, Part.EDIT_PARTNER_LABEL), partner, true, true, ""),
                new Form.Field(Form.NEXT_UPDATE, text(templates, Part.EDIT_NEXT_UPDATE_LABEL), "", false, true,
                        text(templates, Part.EDIT_NEXT_UPDATE_HINT))));
    }

    private static String text(Templates templates, Part part) {
        return templates.render(part, Map.of());
    }
}
