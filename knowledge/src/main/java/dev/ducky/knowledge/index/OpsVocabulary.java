package dev.ducky.knowledge.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The words runbooks use for what responders say in their own: "the agent on a node" is the kubelet, "every
 * machine" a DaemonSet. A question is searched with these words added, by keyword and by embedding, so a runbook
 * that never says "machine" is still found for one. Ducky ships a Kubernetes and Prometheus vocabulary
 * ({@code ops-vocabulary.txt}); a team adds its own words in a file of the same format, Lucene's synonym format:
 * {@code a, b => c, d} adds c and d to a question that says a or b; {@code a, b} makes a and b stand for each other.
 * Thread-safe.
 */
public final class OpsVocabulary {
    private static final String BUNDLED_RESOURCE = "ops-vocabulary.txt";
    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    /** Adds no words. */
    public static final OpsVocabulary NONE = new OpsVocabulary(null);
    private static final OpsVocabulary BUNDLED = bundledWith(List.of());

    private final Analyzer words = new WordsAnalyzer(null);
    private final Analyzer expansions;

    private OpsVocabulary(SynonymMap synonyms) {
        this.expansions = synonyms == null ? null : new WordsAnalyzer(synonyms);
    }

    /** The vocabulary Ducky ships. */
    public static OpsVocabulary bundled() {
        return BUNDLED;
    }

    /**
     * The shipped vocabulary and a team's own words from {@code file}.
     *
     * @throws IllegalArgumentException naming the file and line when the file cannot be read or parsed
     */
    public static OpsVocabulary bundledWith(Path file) {
        return bundledWith(List.of(file));
    }

    private static OpsVocabulary bundledWith(List<Path> teamFiles) {
        try (Analyzer entries = new WordsAnalyzer(null)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, entries);
            try (InputStream in = OpsVocabulary.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                parse(parser, new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED_RESOURCE);
            }
            for (Path file : teamFiles) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    parse(parser, in, file.toString());
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot read the vocabulary " + file + ": " + e.getMessage(), e);
                }
            }
            return new OpsVocabulary(parser.build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the vocabulary", e);
        }
    }

    private static void parse(SolrSynonymParser parser, Reader in, String name) throws IOException {
        try {
            parser.parse(in);
        } catch (ParseException e) {
            // Lucene names the line only in its message: "Invalid synonym rule at line 2".
            Matcher line = LINE.matcher(String.valueOf(e.getMessage()));
            String where = line.find() ? name + ":" + line.group(1) : name;
            String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new IllegalArgumentException(where + ": not a vocabulary line (" + why + ")", e);
        }
    }

    /** The words this vocabulary adds to {@code question}, in order, none the question has already. */
    public List<String> addedWords(String question) {
        if (expansions == null) {
            return List.of();
        }
        Set<String> added = new LinkedHashSet<>();
        forEachToken(expansions, question, (term, type) -> {
            if (SynonymGraphFilter.TYPE_SYNONYM.equals(type)) {
                added.add(term);
            }
        });
        forEachToken(words, question, (term, type) -> added.remove(term));
        return List.copyOf(added);
    }

    /** {@code question}, followed by the words the vocabulary adds to it, if any: what is searched. */
    public String expand(String question) {
        List<String> added = addedWords(question);
        return added.isEmpty() ? question : question + "\n(" + String.join(" ", added) + ")";
    }

    private interface TokenConsumer {
        void accept(String term, String type);
    }

    private static void forEachToken(Analyzer analyzer, String text, TokenConsumer consumer) {
        try (TokenStream tokens = analyzer.tokenStream("", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            TypeAttribute type = tokens.addAttribute(TypeAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                consumer.accept(term.toString(), type.type());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
        }
    }

    /**
     * Words as the vocabulary is written and matched: the ops analyzer's tokenizer, lowercased, nothing dropped or
     * stemmed (the added words are searched through the full analysis afterwards, and embedded as written).
     */
    private static final class WordsAnalyzer extends Analyzer {
        private final SynonymMap synonyms;

        WordsAnalyzer(SynonymMap synonyms) {
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            return new TokenStreamComponents(tokenizer,
                    synonyms == null ? stream : new SynonymGraphFilter(stream, synonyms, true));
        }
    }
}
