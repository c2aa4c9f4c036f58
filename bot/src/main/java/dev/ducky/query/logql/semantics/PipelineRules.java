package dev.ducky.query.logql.semantics;

import dev.ducky.query.logql.ast.LabelMatcher;
import dev.ducky.query.logql.ast.LabelPredicate;
import dev.ducky.query.logql.ast.Literal;
import dev.ducky.query.logql.ast.LogqlExpr.LogQuery;
import dev.ducky.query.logql.ast.ParserKind;
import dev.ducky.query.logql.ast.Stage;
import dev.ducky.query.logql.ast.StreamSelector;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Loki's checks on a log query: its selector, strings, regular expressions and stages. */
final class PipelineRules {
    private final List<SemanticProblem> problems;
    private final LiteralRules literals;

    PipelineRules(List<SemanticProblem> problems, LiteralRules literals) {
        this.problems = problems;
        this.literals = literals;
    }

    void check(LogQuery query) {
        selector(query.selector());
        for (Stage stage : query.stages()) {
            stage(stage);
        }
    }

    private void selector(StreamSelector selector) {
        selector.matchers().forEach(this::matcher);
        boolean selective = selector.matchers().stream().anyMatch(PipelineRules::cannotMatchEmpty);
        if (!selective) {
            problems.add(new SemanticProblem(selector.shown() + " can match every stream: Loki needs at least one "
                    + "matcher that cannot match an empty value, such as app=\"checkout\" or app=~\".+\"",
                    selector.position()));
        }
    }

    private static boolean cannotMatchEmpty(LabelMatcher matcher) {
        String value = matcher.value().text();
        return switch (matcher.op()) {
            case EQUAL -> !value.isEmpty();
            case NOT_EQUAL -> value.isEmpty();
            case REGEX -> Re2Patterns.problem(value).isEmpty() && !Re2Patterns.matchesEmpty(value);
            case NOT_REGEX -> Re2Patterns.problem(value).isEmpty() && Re2Patterns.matchesEmpty(value);
        };
    }

    private void matcher(LabelMatcher matcher) {
        if (literals.literal(matcher.value()) && matcher.op().isRegex()) {
            literals.regex(matcher.value(), "the regular expression of " + matcher.name() + matcher.op().symbol());
        }
    }

    private void stage(Stage stage) {
        if (stage instanceof Stage.LineFilter filter) {
            for (Stage.LineFilter.Term term : filter.terms()) {
                if (!literals.literal(term.value())) {
                    continue;
                }
                if (term.ip()) {
                    literals.ip(term.value());
                } else if (filter.op().isRegex()) {
                    literals.regex(term.value(), "the line filter " + filter.op().symbol());
                }
            }
        } else if (stage instanceof Stage.Parser parser) {
            parser(parser);
        } else if (stage instanceof Stage.LabelFilter labelFilter) {
            predicate(labelFilter.predicate());
        } else if (stage instanceof Stage.LineFormat lineFormat) {
            literals.literal(lineFormat.template());
        } else if (stage instanceof Stage.LabelFormat labelFormat) {
            labelFormat(labelFormat);
        } else if (stage instanceof Stage.LabelSelection selection) {
            selection.labels().stream().filter(label -> label.condition() != null)
                    .forEach(label -> matcher(label.condition()));
        }
    }

    private void parser(Stage.Parser parser) {
        parser.extractions().stream().filter(e -> e.path() != null).forEach(e -> literals.literal(e.path()));
        Literal expression = parser.expression();
        if (expression == null || !literals.literal(expression)) {
            return;
        }
        if (parser.kind() == ParserKind.REGEXP && literals.regex(expression, "the regexp parser")
                && Re2Patterns.namedGroups(expression.text()).isEmpty()) {
            problems.add(new SemanticProblem("the regexp parser needs at least one named group to extract, "
                    + "such as (?P<status>\\d+)", expression.position()));
        } else if (parser.kind() == ParserKind.PATTERN) {
            PatternExpressions.problem(expression.text())
                    .ifPresent(why -> problems.add(new SemanticProblem(why, expression.position())));
        }
    }

    void predicate(LabelPredicate predicate) {
        if (predicate instanceof LabelPredicate.Logical logical) {
            predicate(logical.left());
            predicate(logical.right());
            return;
        }
        LabelPredicate.Comparison comparison = (LabelPredicate.Comparison) predicate;
        Literal value = comparison.value();
        switch (comparison.kind()) {
            case STRING -> {
                if (literals.literal(value) && comparison.isRegex()) {
                    literals.regex(value, "the regular expression of " + comparison.label() + comparison.operator());
                }
            }
            case IP -> {
                if (literals.literal(value)) {
                    literals.ip(value);
                }
            }
            case DURATION -> {
                if (!LokiDurations.isOffsetOrFilter(value.raw())) {
                    problems.add(new SemanticProblem("Loki cannot read the duration " + value.raw() + ": days, weeks "
                            + "and years take whole numbers and no sign (write 36h rather than 1.5d)", value.position()));
                }
            }
            default -> {
            }
        }
    }

    private void labelFormat(Stage.LabelFormat format) {
        Set<String> targets = new HashSet<>();
        for (Stage.LabelFormat.Rename rename : format.renames()) {
            if (rename.template() != null) {
                literals.literal(rename.template());
            }
            if (rename.target().equals("__error__")) {
                problems.add(new SemanticProblem("__error__ cannot be set with label_format", rename.position()));
            } else if (!targets.add(rename.target())) {
                problems.add(new SemanticProblem("label_format sets `" + rename.target() + "` twice: Loki allows each "
                        + "label once per label_format (use two stages to rename and then change it)", rename.position()));
            }
        }
    }
}
