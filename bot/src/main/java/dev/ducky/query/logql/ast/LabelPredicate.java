package dev.ducky.query.logql.ast;

import java.util.Objects;

/** A label filter: a comparison of one label, or two filters joined by {@code and} / {@code or}. */
public sealed interface LabelPredicate {
    int position();

    /** The kinds of value a label may be compared with. */
    enum ValueKind { STRING, IP, NUMBER, DURATION, BYTES }

    /**
     * {@code label op value}, e.g. {@code level="error"}, {@code status >= 500}, {@code took > 2s},
     * {@code addr = ip("10.0.0.0/8")}.
     *
     * @param operator the operator as written ({@code =}, {@code !=}, {@code =~}, {@code !~}, {@code >}, …)
     */
    record Comparison(String label, String operator, ValueKind kind, Literal value, int position)
            implements LabelPredicate {
        public Comparison {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
        }

        public boolean isRegex() {
            return operator.equals("=~") || operator.equals("!~");
        }
    }

    /** {@code left and right} (also written {@code left, right}) or {@code left or right}. */
    record Logical(boolean and, LabelPredicate left, LabelPredicate right) implements LabelPredicate {
        public Logical {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        /** Where the leftmost comparison starts; found without recursion, as {@code and} chains run long. */
        @Override
        public int position() {
            LabelPredicate first = left;
            while (first instanceof Logical logical) {
                first = logical.left();
            }
            return first.position();
        }
    }
}
