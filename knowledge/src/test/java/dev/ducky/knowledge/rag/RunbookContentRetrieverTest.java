package dev.ducky.knowledge.rag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.knowledge.index.IndexListener;
import dev.ducky.knowledge.index.RunbookIndexer;
import dev.ducky.knowledge.index.RunbookSearcher;
import dev.ducky.knowledge.index.SectionFilter;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.query.Query;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunbookContentRetrieverTest {
    @TempDir
    Path temp;

    @Test
    void contentsAreSectionsWithTheirCitation() throws Exception {
        new RunbookIndexer(temp).index(List.of(corpus()), IndexListener.NONE);
        try (RunbookSearcher searcher = RunbookSearcher.open(temp)) {
            List<Content> contents = new RunbookContentRetriever(searcher, 2, SectionFilter.NONE)
                    .retrieve(Query.from("consumers are falling behind"));

            assertEquals(2, contents.size());
            Content best = contents.get(0);
            assertEquals("kafka/consumer-lag.md#meaning",
                    best.textSegment().metadata().getString(RunbookContentRetriever.CITATION));
            assertTrue(best.textSegment().text().startsWith("Kafka consumer lag › Meaning\n"),
                    best.textSegment().text());
            assertEquals("MEANING", best.textSegment().metadata().getString(RunbookContentRetriever.ROLE));
            assertTrue((Double) best.metadata().get(ContentMetadata.SCORE) > 0);
        }
    }

    private static Path corpus() throws URISyntaxException {
        return Path.of(RunbookContentRetrieverTest.class.getResource("/runbooks/corpus").toURI());
    }
}
