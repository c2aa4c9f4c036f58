package dev.ducky.query.logql.ast;

import java.util.List;
import java.util.stream.Collectors;

/** {@code {app="checkout", level!="debug"}}: which log streams a query reads. */
public record StreamSelector(List<LabelMatcher> matchers, int position) {
    public StreamSelector {
        matchers = List.copyOf(matchers);
        if (matchers.isEmpty()) {
            throw new IllegalArgumentException("a stream selector has at least one matcher");
        }
    }

    /** The selector in a normal form: {@code {name="value", …}} in the order written. */
    public String shown() {
        return matchers.stream().map(LabelMatcher::shown).collect(Collectors.joining(", ", "{", "}"));
    }
}
