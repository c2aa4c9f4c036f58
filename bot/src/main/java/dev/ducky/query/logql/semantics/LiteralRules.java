package dev.ducky.query.logql.semantics;

import dev.ducky.query.logql.ast.Literal;
import java.util.List;

/** Loki's checks on literals: Go escapes in strings, RE2 regular expressions, {@code ip("…")} arguments. */
final class LiteralRules {
    private final List<SemanticProblem> problems;

    LiteralRules(List<SemanticProblem> problems) {
        this.problems = problems;
    }

    /** Reports a bad escape; true when the literal's value can be trusted. */
    boolean literal(Literal literal) {
        var problem = GoStrings.escapeProblem(literal);
        problem.ifPresent(problems::add);
        return problem.isEmpty();
    }

    /** Reports a regular expression Loki cannot compile; true when it compiles. */
    boolean regex(Literal literal, String where) {
        var problem = Re2Patterns.problem(literal.text());
        problem.ifPresent(why -> problems.add(new SemanticProblem(why + " in " + where, literal.position())));
        return problem.isEmpty();
    }

    void ip(Literal literal) {
        if (!IpPatterns.isValid(literal.text())) {
            problems.add(new SemanticProblem("ip(\"" + literal.text() + "\") is not an IP address, a CIDR block such "
                    + "as 10.0.0.0/8, or a range such as 10.0.0.1-10.0.0.9", literal.position()));
        }
    }
}
