package dev.ducky.query.logql.ast;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;

/** One stage of a log pipeline, applied to each line in order. */
public sealed interface Stage {
    int position();

    /** {@code |= "a" or "b"}: keep (or, negated, drop) lines containing or matching one of the terms. */
    record LineFilter(FilterOp op, List<Term> terms, int position) implements Stage {
        public LineFilter {
            Objects.requireNonNull(op, "op");
            terms = List.copyOf(terms);
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("a line filter has at least one term");
            }
        }

        /** A string to look for, or {@code ip("…")}: an address, range or CIDR anywhere in the line. */
        public record Term(Literal value, boolean ip) {
            public Term {
                Objects.requireNonNull(value, "value");
            }
        }
    }

    /** {@code | json}, {@code | logfmt --strict a, b="c"}, {@code | regexp "…"}, {@code | pattern "…"}, {@code | unpack}. */
    record Parser(ParserKind kind, @Nullable Literal expression, List<String> flags, List<Extraction> extractions,
                  int position) implements Stage {
        public Parser {
            Objects.requireNonNull(kind, "kind");
            flags = List.copyOf(flags);
            extractions = List.copyOf(extractions);
        }

        /** {@code label} or {@code label="path"}: extract only this label (from this path). */
        public record Extraction(String label, @Nullable Literal path) {
            public Extraction {
                Objects.requireNonNull(label, "label");
            }
        }
    }

    /** {@code | level="error" and status >= 500}. */
    record LabelFilter(LabelPredicate predicate, int position) implements Stage {
        public LabelFilter {
            Objects.requireNonNull(predicate, "predicate");
        }
    }

    /** {@code | line_format "{{.msg}}"}. */
    record LineFormat(Literal template, int position) implements Stage {
        public LineFormat {
            Objects.requireNonNull(template, "template");
        }
    }

    /** {@code | label_format dst=src, msg="{{.a}}"}. */
    record LabelFormat(List<Rename> renames, int position) implements Stage {
        public LabelFormat {
            renames = List.copyOf(renames);
        }

        /** {@code target=source} (a rename) or {@code target="template"} (a new value). */
        public record Rename(String target, @Nullable String source, @Nullable Literal template, int position) {
            public Rename {
                Objects.requireNonNull(target, "target");
                if ((source == null) == (template == null)) {
                    throw new IllegalArgumentException("a rename has a source label or a template, not both");
                }
            }
        }
    }

    /** {@code | decolorize}: strip ANSI colour codes. */
    record Decolorize(int position) implements Stage {
    }

    /** {@code | drop a, b="x"} or {@code | keep a, b}. */
    record LabelSelection(boolean keep, List<Selected> labels, int position) implements Stage {
        public LabelSelection {
            labels = List.copyOf(labels);
        }

        /** A label by name, or only when it matches. */
        public record Selected(String name, @Nullable LabelMatcher condition) {
            public Selected {
                Objects.requireNonNull(name, "name");
            }
        }
    }
}
