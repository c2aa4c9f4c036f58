package dev.ducky.query.logql.explain;

import dev.ducky.query.logql.ast.LabelPredicate;
import dev.ducky.query.logql.ast.LogqlExpr.LogQuery;
import dev.ducky.query.logql.ast.Stage;
import dev.ducky.query.logql.ast.Unwrap;
import dev.ducky.query.logql.semantics.PatternExpressions;
import dev.ducky.query.logql.semantics.Re2Patterns;
import java.util.List;
import java.util.stream.Collectors;

/** One line per part of a log query: the streams it reads, then each pipeline stage in order. */
final class PipelineExplainer {
    private PipelineExplainer() {
    }

    static void explain(LogQuery query, List<String> lines) {
        lines.add("logs of `" + query.selector().shown() + "`");
        for (Stage stage : query.stages()) {
            lines.add(stage(stage));
        }
    }

    static void explain(Unwrap unwrap, List<String> lines) {
        String label = code(unwrap.label());
        lines.add(switch (unwrap.conversion() == null ? "" : unwrap.conversion()) {
            case "duration", "duration_seconds" -> "value of each line: " + label + " read as a duration, in seconds";
            case "bytes" -> "value of each line: " + label + " read as a byte size";
            default -> "value of each line: the number in " + label;
        });
        for (LabelPredicate filter : unwrap.filters()) {
            lines.add("only values where " + code(PredicateText.of(filter)));
        }
    }

    private static String stage(Stage stage) {
        if (stage instanceof Stage.LineFilter filter) {
            return lineFilter(filter);
        }
        if (stage instanceof Stage.Parser parser) {
            return parser(parser);
        }
        if (stage instanceof Stage.LabelFilter filter) {
            return "only lines where " + code(PredicateText.of(filter.predicate()));
        }
        if (stage instanceof Stage.LineFormat format) {
            return "each line rewritten as " + code(format.template().text());
        }
        if (stage instanceof Stage.LabelFormat format) {
            return format.renames().stream().map(r -> r.source() != null
                            ? code(r.source()) + " renamed to " + code(r.target())
                            : "label " + code(r.target()) + " set to " + code(r.template().text()))
                    .collect(Collectors.joining("; "));
        }
        if (stage instanceof Stage.LabelSelection selection) {
            String labels = selection.labels().stream()
                    .map(l -> l.condition() == null ? code(l.name()) : code(l.condition().shown()))
                    .collect(Collectors.joining(", "));
            return selection.keep() ? "only these labels kept: " + labels : "labels dropped: " + labels;
        }
        return "ANSI colour codes stripped from each line";
    }

    private static String lineFilter(Stage.LineFilter filter) {
        String terms = filter.terms().stream()
                .map(t -> t.ip() ? "an IP in " + code(t.value().text()) : code(t.value().text()))
                .collect(Collectors.joining(filter.op().isNegative() ? " nor " : " or "));
        return switch (filter.op()) {
            case CONTAINS -> "lines containing " + terms;
            case NOT_CONTAINS -> "lines not containing " + terms;
            case MATCHES -> "lines matching the regex " + terms;
            case NOT_MATCHES -> "lines not matching the regex " + terms;
            case PATTERN -> "lines matching the pattern " + terms;
            case NOT_PATTERN -> "lines not matching the pattern " + terms;
        };
    }

    private static String parser(Stage.Parser parser) {
        String extracted = parser.extractions().isEmpty() ? ""
                : ", extracting " + parser.extractions().stream()
                        .map(e -> e.path() == null ? code(e.label()) : code(e.label()) + " from " + code(e.path().text()))
                        .collect(Collectors.joining(", "));
        String flags = parser.flags().isEmpty() ? "" : " (" + String.join(" ", parser.flags()) + ")";
        return switch (parser.kind()) {
            case JSON -> parser.extractions().isEmpty() ? "parsed as JSON: each field becomes a label"
                    : "parsed as JSON" + extracted;
            case LOGFMT -> (parser.extractions().isEmpty() ? "parsed as logfmt: each key=value becomes a label"
                    : "parsed as logfmt" + extracted) + flags;
            case REGEXP -> "parsed with a regex" + labels(Re2Patterns.namedGroups(parser.expression().text()));
            case PATTERN -> "parsed with the pattern " + code(parser.expression().text())
                    + labels(PatternExpressions.captureNames(parser.expression().text()));
            case UNPACK -> "unpacked: the packed original line and its labels restored";
        };
    }

    private static String labels(List<String> names) {
        return names.isEmpty() ? "" : ", extracting " + names.stream().map(PipelineExplainer::code)
                .collect(Collectors.joining(", "));
    }

    static String code(String text) {
        return "`" + text + "`";
    }
}
