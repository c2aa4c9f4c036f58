package dev.ducky.query.logql.syntax;

import dev.ducky.query.logql.ast.BinaryModifier;
import dev.ducky.query.logql.ast.Grouping;
import java.util.ArrayList;
import java.util.List;

/**
 * Label lists: {@code by (…)} / {@code without (…)} on aggregations, and the {@code bool}, {@code on (…)},
 * {@code ignoring (…)}, {@code group_left (…)}, {@code group_right (…)} modifiers of binary operators.
 */
final class GroupingParser {
    private final TokenCursor in;

    GroupingParser(TokenCursor in) {
        this.in = in;
    }

    BinaryModifier modifier() {
        boolean returnBool = in.atWord("bool");
        if (returnBool) {
            in.next();
        }
        if (!in.atWord("on") && !in.atWord("ignoring")) {
            return new BinaryModifier(returnBool, null, List.of(), null, List.of());
        }
        String matching = in.next().lowerText();
        List<String> matchingLabels = labelList(matching);
        String group = null;
        List<String> include = List.of();
        if (in.atWord("group_left") || in.atWord("group_right")) {
            group = in.next().lowerText();
            if (in.at(TokenKind.LEFT_PAREN)) {
                include = labelList(group); // a parenthesis here always lists labels, never starts the operand
            }
        }
        return new BinaryModifier(returnBool, matching, matchingLabels, group, include);
    }

    /** {@code (a, b)} after on/ignoring/group_left/group_right; a trailing comma is allowed here. */
    private List<String> labelList(String keyword) {
        in.expect(TokenKind.LEFT_PAREN, "after " + keyword + " (a list of labels, possibly empty)");
        List<String> labels = new ArrayList<>();
        while (!in.accept(TokenKind.RIGHT_PAREN)) {
            Token label = in.peek();
            if (!label.is(TokenKind.IDENTIFIER) || !label.text().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw in.error("expected a label name or `)` in " + keyword + "(…), found " + label.shown());
            }
            labels.add(in.next().text());
            if (!in.accept(TokenKind.COMMA)) {
                in.expect(TokenKind.RIGHT_PAREN, "to close " + keyword + "(…)");
                break;
            }
        }
        return labels;
    }

    Grouping groupingIfPresent() {
        if (!in.atWord("by") && !in.atWord("without")) {
            return null;
        }
        Token keyword = in.next();
        in.expect(TokenKind.LEFT_PAREN, "after " + keyword.lowerText() + " (a list of labels)");
        List<String> labels = new ArrayList<>();
        if (!in.accept(TokenKind.RIGHT_PAREN)) {
            do {
                labels.add(in.expectLabelName("in " + keyword.lowerText() + " (…)").text());
            } while (in.accept(TokenKind.COMMA));
            in.expect(TokenKind.RIGHT_PAREN, "to close " + keyword.lowerText() + " (…)");
        }
        return new Grouping(keyword.isWord("without"), labels, keyword.start());
    }
}
