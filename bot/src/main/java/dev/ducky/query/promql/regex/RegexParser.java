package dev.ducky.query.promql.regex;

import dev.ducky.query.promql.regex.RegexNode.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * A parser for Go's regular expression syntax (RE2, Perl flags), written to reject exactly what Go 1.19's
 * {@code regexp/syntax} rejects, with its error codes and offending fragments. Like Go's it works on a
 * stack: literals and groups are pushed, {@code |} and {@code )} fold what is above the last marker.
 */
final class RegexParser {
    static final int FOLD_CASE = 1;

    private final String whole;
    private final List<RegexNode> stack = new ArrayList<>();
    private int flags;

    private RegexParser(String whole) {
        this.whole = whole;
    }

    /** The parsed expression, or throws {@link RegexException} as Go would. */
    static RegexNode parse(String regex) throws RegexException {
        return new RegexParser(regex).run();
    }

    private RegexNode run() throws RegexException {
        int i = 0;
        String lastRepeat = "";
        while (i < whole.length()) {
            String repeat = "";
            char c = whole.charAt(i);
            switch (c) {
                case '(' -> {
                    if (i + 1 < whole.length() && whole.charAt(i + 1) == '?') {
                        i = perlFlags(i);
                    } else {
                        push(RegexNode.leftParen(flags));
                        i++;
                    }
                }
                case '|' -> {
                    verticalBar();
                    i++;
                }
                case ')' -> {
                    rightParen();
                    i++;
                }
                case '^', '$' -> {
                    push(RegexNode.of(Kind.ANCHOR, true, null));
                    i++;
                }
                case '.' -> {
                    push(RegexNode.of(Kind.CLASS, false, null));
                    i++;
                }
                case '[' -> i = new RegexClass(whole, i).parse(this);
                case '*', '+', '?' -> {
                    int after = repeat(c == '*' ? 0 : c == '+' ? 1 : 0, c == '?' ? 1 : -1, i, i + 1, lastRepeat);
                    repeat = whole.substring(i);
                    i = after;
                }
                case '{' -> {
                    int[] counts = counts(i);
                    if (counts == null) {
                        literal('{');
                        i++;
                    } else {
                        int min = counts[0];
                        int max = counts[1];
                        int after = counts[2];
                        if (min < 0 || min > 1000 || max > 1000 || max >= 0 && min > max) {
                            throw new RegexException("invalid repeat count", whole.substring(i, after));
                        }
                        int end = repeat(min, max, i, after, lastRepeat);
                        repeat = whole.substring(i);
                        i = end;
                    }
                }
                case '\\' -> i = backslash(i);
                default -> {
                    int cp = whole.codePointAt(i);
                    literal(cp);
                    i += Character.charCount(cp);
                }
            }
            lastRepeat = repeat;
        }
        concat();
        if (swapVerticalBar()) {
            stack.remove(stack.size() - 1);
        }
        alternate();
        if (stack.size() != 1) {
            throw new RegexException("missing closing )", whole);
        }
        return stack.get(0);
    }

    void push(RegexNode node) {
        stack.add(node);
    }

    void literal(int cp) {
        boolean folded = (flags & FOLD_CASE) != 0;
        push(RegexNode.of(Kind.LITERAL, false, folded ? null : new String(Character.toChars(cp))));
    }

    int flags() {
        return flags;
    }

    /** Applies a repetition to the top of the stack; returns where parsing continues. */
    private int repeat(int min, int max, int before, int after, String lastRepeat) throws RegexException {
        if (after < whole.length() && whole.charAt(after) == '?') {
            after++; // non-greedy
        }
        if (!lastRepeat.isEmpty()) {
            int consumed = lastRepeat.length() - (whole.length() - after);
            throw new RegexException("invalid nested repetition operator", lastRepeat.substring(0, consumed));
        }
        if (stack.isEmpty() || stack.get(stack.size() - 1).isPseudo()) {
            throw new RegexException("missing argument to repetition operator", whole.substring(before, after));
        }
        RegexNode sub = stack.remove(stack.size() - 1);
        boolean counted = whole.charAt(before) == '{';
        RegexNode node = new RegexNode(counted ? Kind.REPEAT : Kind.STAR, min == 0 || sub.nullable(), null,
                List.of(sub), min, max, flags);
        stack.add(node);
        if (counted && (min >= 2 || max >= 2) && !node.repeatsWithin(1000)) {
            throw new RegexException("invalid repeat count", whole.substring(before, after));
        }
        return after;
    }

    /** {@code {n}}, {@code {n,}} or {@code {n,m}} at i: {min, max (-1: none), end}, or null when it is not one. */
    private int[] counts(int i) {
        int[] min = integer(i + 1);
        if (min == null || min[1] >= whole.length()) {
            return null;
        }
        int j = min[1];
        int max;
        if (whole.charAt(j) != ',') {
            max = min[0];
        } else if (++j >= whole.length()) {
            return null;
        } else if (whole.charAt(j) == '}') {
            max = -1;
        } else {
            int[] parsed = integer(j);
            if (parsed == null) {
                return null;
            }
            max = parsed[0];
            j = parsed[1];
            if (max < 0) {
                min[0] = -1;
            }
        }
        if (j >= whole.length() || whole.charAt(j) != '}') {
            return null;
        }
        return new int[] {min[0], max, j + 1};
    }

    /** A decimal without leading zeros at i: {value (-1 when too big), end}, or null. */
    private int[] integer(int i) {
        int j = i;
        while (j < whole.length() && Character.isDigit(whole.charAt(j)) && whole.charAt(j) < 0x80) {
            j++;
        }
        if (j == i || (j - i >= 2 && whole.charAt(i) == '0')) {
            return null;
        }
        String digits = whole.substring(i, j);
        return new int[] {digits.length() > 8 ? -1 : Integer.parseInt(digits), j};
    }

    private int perlFlags(int i) throws RegexException {
        String t = whole.substring(i);
        if (t.length() > 4 && t.charAt(2) == 'P' && t.charAt(3) == '<') {
            int end = t.indexOf('>');
            if (end < 0) {
                throw new RegexException("invalid named capture", t);
            }
            String name = t.substring(4, end);
            boolean valid = !name.isEmpty()
                    && name.chars().allMatch(ch -> ch == '_' || ch < 0x80 && Character.isLetterOrDigit(ch));
            if (!valid) {
                throw new RegexException("invalid named capture", t.substring(0, end + 1));
            }
            push(RegexNode.leftParen(flags));
            return i + end + 1;
        }
        int newFlags = flags;
        boolean negated = false;
        boolean sawFlag = false;
        int j = i + 2;
        while (j < whole.length()) {
            int c = whole.codePointAt(j);
            j += Character.charCount(c);
            switch (c) {
                case 'i', 'm', 's', 'U' -> {
                    if (c == 'i') {
                        newFlags = negated ? newFlags & ~FOLD_CASE : newFlags | FOLD_CASE;
                    }
                    sawFlag = true;
                }
                case '-' -> {
                    if (negated) {
                        throw new RegexException("invalid or unsupported Perl syntax", whole.substring(i, j));
                    }
                    negated = true;
                    sawFlag = false;
                }
                case ':', ')' -> {
                    if (negated && !sawFlag) {
                        throw new RegexException("invalid or unsupported Perl syntax", whole.substring(i, j));
                    }
                    if (c == ':') {
                        push(RegexNode.leftParen(flags));
                    }
                    flags = newFlags;
                    return j;
                }
                default -> throw new RegexException("invalid or unsupported Perl syntax", whole.substring(i, j));
            }
        }
        throw new RegexException("invalid or unsupported Perl syntax", whole.substring(i, j));
    }

    private int backslash(int i) throws RegexException {
        if (i + 1 < whole.length()) {
            switch (whole.charAt(i + 1)) {
                case 'A', 'z', 'B' -> {
                    push(RegexNode.of(Kind.ANCHOR, true, null));
                    return i + 2;
                }
                case 'b' -> {
                    push(RegexNode.of(Kind.ANCHOR, false, null)); // a word boundary never holds in ""
                    return i + 2;
                }
                case 'C' -> throw new RegexException("invalid escape sequence", whole.substring(i, i + 2));
                case 'Q' -> {
                    int end = whole.indexOf("\\E", i + 2);
                    String quoted = end < 0 ? whole.substring(i + 2) : whole.substring(i + 2, end);
                    quoted.codePoints().forEach(this::literal);
                    return end < 0 ? whole.length() : end + 2;
                }
                default -> {
                }
            }
        }
        int classEnd = RegexEscapes.unicodeClass(whole, i);
        if (classEnd < 0) {
            classEnd = RegexEscapes.perlClass(whole, i);
        }
        if (classEnd >= 0) {
            push(RegexNode.of(Kind.CLASS, false, null));
            return classEnd;
        }
        long escape = RegexEscapes.escape(whole, i);
        literal((int) (escape >>> 32));
        return (int) escape;
    }

    private void verticalBar() {
        concat();
        if (!swapVerticalBar()) {
            push(RegexNode.of(Kind.VERTICAL_BAR, false, null));
        }
    }

    private void rightParen() throws RegexException {
        concat();
        if (swapVerticalBar()) {
            stack.remove(stack.size() - 1);
        }
        alternate();
        if (stack.size() < 2) {
            throw new RegexException("unexpected )", whole);
        }
        RegexNode inner = stack.remove(stack.size() - 1);
        RegexNode paren = stack.remove(stack.size() - 1);
        if (paren.kind() != Kind.LEFT_PAREN) {
            throw new RegexException("unexpected )", whole);
        }
        flags = paren.flags();
        push(new RegexNode(Kind.GROUP, inner.nullable(), inner.literal(), List.of(inner), 0, 0, flags));
    }

    private boolean swapVerticalBar() {
        int n = stack.size();
        if (n >= 2 && stack.get(n - 2).kind() == Kind.VERTICAL_BAR) {
            RegexNode top = stack.get(n - 1);
            stack.set(n - 1, stack.get(n - 2));
            stack.set(n - 2, top);
            return true;
        }
        return false;
    }

    private List<RegexNode> popAboveMarker() {
        int i = stack.size();
        while (i > 0 && !stack.get(i - 1).isPseudo()) {
            i--;
        }
        List<RegexNode> subs = new ArrayList<>(stack.subList(i, stack.size()));
        stack.subList(i, stack.size()).clear();
        return subs;
    }

    private void concat() {
        List<RegexNode> subs = popAboveMarker();
        if (subs.isEmpty()) {
            push(RegexNode.of(Kind.EMPTY, true, ""));
            return;
        }
        if (subs.size() == 1) {
            push(subs.get(0));
            return;
        }
        boolean nullable = subs.stream().allMatch(RegexNode::nullable);
        StringBuilder literal = new StringBuilder();
        for (RegexNode sub : subs) {
            if (literal != null && sub.literal() != null) {
                literal.append(sub.literal());
            } else {
                literal = null;
            }
        }
        push(new RegexNode(Kind.CONCAT, nullable, literal == null ? null : literal.toString(), subs, 0, 0, flags));
    }

    private void alternate() {
        List<RegexNode> subs = popAboveMarker();
        if (subs.size() == 1) {
            push(subs.get(0));
            return;
        }
        boolean nullable = subs.stream().anyMatch(RegexNode::nullable);
        push(new RegexNode(Kind.ALTERNATE, nullable, null, subs, 0, 0, flags));
    }
}
