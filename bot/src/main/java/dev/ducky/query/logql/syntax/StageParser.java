package dev.ducky.query.logql.syntax;

import dev.ducky.query.logql.ast.LabelMatcher;
import dev.ducky.query.logql.ast.Literal;
import dev.ducky.query.logql.ast.ParserKind;
import dev.ducky.query.logql.ast.Stage;
import java.util.ArrayList;
import java.util.List;

/** The stages that follow a {@code |}: parsers, formatters, {@code drop}/{@code keep}, label filters. */
final class StageParser {
    private final TokenCursor in;
    private final PipelineParser pipeline;
    private final LabelFilterParser labelFilters;

    StageParser(TokenCursor in, PipelineParser pipeline) {
        this.in = in;
        this.pipeline = pipeline;
        this.labelFilters = new LabelFilterParser(in);
    }

    Stage stageAfterPipe(Token pipe) {
        Token word = in.peek();
        if (!word.is(TokenKind.IDENTIFIER)) {
            if (word.is(TokenKind.LEFT_PAREN)) {
                return new Stage.LabelFilter(labelFilters.predicate(), pipe.start());
            }
            throw in.error("expected a stage after `|` (a parser such as json or logfmt, a label filter, "
                    + "line_format, label_format, drop, keep…), found " + word.shown());
        }
        int at = pipe.start();
        return switch (word.lowerText()) {
            case "json" -> {
                in.next();
                yield new Stage.Parser(ParserKind.JSON, null, List.of(), extractions(), at);
            }
            case "logfmt" -> {
                in.next();
                List<String> flags = flags();
                yield new Stage.Parser(ParserKind.LOGFMT, null, flags, extractions(), at);
            }
            case "regexp" -> new Stage.Parser(ParserKind.REGEXP,
                    expression("regexp", "a regular expression with named groups"), List.of(), List.of(), at);
            case "pattern" -> new Stage.Parser(ParserKind.PATTERN,
                    expression("pattern", "a pattern such as \"<ip> - <_>\""), List.of(), List.of(), at);
            case "unpack" -> withoutArguments(new Stage.Parser(ParserKind.UNPACK, null, List.of(), List.of(), at));
            case "line_format" -> new Stage.LineFormat(expression("line_format", "a template"), at);
            case "label_format" -> labelFormat(at);
            case "decolorize" -> withoutArguments(new Stage.Decolorize(at));
            case "drop", "keep" -> selection(at);
            default -> {
                if (Keywords.isReserved(word)) {
                    throw in.error("`" + word.text() + "` cannot start a pipeline stage");
                }
                yield new Stage.LabelFilter(labelFilters.predicate(), at);
            }
        };
    }

    /** Consumes the keyword, then the stage's quoted argument. */
    private Literal expression(String keyword, String what) {
        in.next();
        return LabelFilterParser.literal(in.expect(TokenKind.STRING, "after " + keyword + " (" + what + ")"));
    }

    private List<String> flags() {
        List<String> flags = new ArrayList<>();
        while (in.at(TokenKind.PARSER_FLAG)) {
            flags.add(in.next().text());
        }
        return flags;
    }

    /** {@code a, b="path"} after json or logfmt; optional, so {@code | json or …} may also be a set operation. */
    private List<Stage.Parser.Extraction> extractions() {
        Token first = in.peek();
        if (!Keywords.isLabelName(first)
                || Keywords.SET_OPERATORS.contains(first.lowerText()) && in.readsAsKeyword()) {
            return List.of();
        }
        List<Stage.Parser.Extraction> extractions = new ArrayList<>();
        do {
            Token label = in.expectLabelName("to extract");
            Literal path = in.accept(TokenKind.EQ)
                    ? LabelFilterParser.literal(in.expect(TokenKind.STRING, "as the path of `" + label.text() + "`"))
                    : null;
            extractions.add(new Stage.Parser.Extraction(label.text(), path));
        } while (in.accept(TokenKind.COMMA));
        return extractions;
    }

    private Stage labelFormat(int at) {
        in.next();
        List<Stage.LabelFormat.Rename> renames = new ArrayList<>();
        do {
            Token target = in.expectLabelName("to set in label_format (dst=src or dst=\"template\")");
            in.expect(TokenKind.EQ, "after `" + target.text() + "` in label_format");
            if (in.at(TokenKind.STRING)) {
                renames.add(new Stage.LabelFormat.Rename(target.text(), null,
                        LabelFilterParser.literal(in.next()), target.start()));
            } else {
                Token source = in.expectLabelName("or a quoted template after `" + target.text() + "=`");
                renames.add(new Stage.LabelFormat.Rename(target.text(), source.text(), null, target.start()));
            }
        } while (in.accept(TokenKind.COMMA));
        return new Stage.LabelFormat(renames, at);
    }

    private Stage selection(int at) {
        boolean keep = in.next().isWord("keep");
        List<Stage.LabelSelection.Selected> labels = new ArrayList<>();
        do {
            Token name = in.peek();
            boolean conditional = switch (in.peek(1).kind()) {
                case EQ, NEQ, RE, NRE -> true;
                default -> false;
            };
            LabelMatcher condition = conditional ? pipeline.matcher("to " + (keep ? "keep" : "drop")) : null;
            if (!conditional) {
                in.expectLabelName("to " + (keep ? "keep" : "drop"));
            }
            labels.add(new Stage.LabelSelection.Selected(name.text(), condition));
        } while (in.accept(TokenKind.COMMA));
        return new Stage.LabelSelection(keep, labels, at);
    }

    private Stage withoutArguments(Stage stage) {
        in.next();
        return stage;
    }
}
