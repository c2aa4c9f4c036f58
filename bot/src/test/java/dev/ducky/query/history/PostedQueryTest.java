package dev.ducky.query.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ducky.query.QueryLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostedQueryTest {
    @Test
    void findsTheValidQueriesInCodeBlocksInTheirLanguage() {
        String message = "here's how I checked the checkout error share\n```promql\nsum(rate(http_requests_total{code=~\"5..\"}[5m]))\n```"
                + " and the logs ```{app=\"checkout\"} |= \"timeout\"``` then ```bash\nkubectl get pods\n```"
                + " and a typo ```sum(rate(x[5m])```";
        List<PostedQuery> found = PostedQuery.in(message);
        assertEquals(2, found.size(), found.toString());
        assertEquals(QueryLanguage.PROMQL, found.get(0).language());
        assertEquals("sum(rate(http_requests_total{code=~\"5..\"}[5m]))", found.get(0).query());
        assertEquals(QueryLanguage.LOGQL, found.get(1).language());
        assertEquals("here's how I checked the checkout error share and the logs then and a typo", found.get(0).prose());
    }

    @Test
    void aOneLineBlockIsReadWithOrWithoutItsTag() {
        assertEquals(List.of(new PostedQuery(QueryLanguage.PROMQL, "sum(rate(x_total[5m]))", "see")),
                PostedQuery.in("see ```sum(rate(x_total[5m]))```"));
        assertEquals(List.of(new PostedQuery(QueryLanguage.PROMQL, "up", "")), PostedQuery.in("```promql up```"));
        assertEquals(List.of(new PostedQuery(QueryLanguage.PROMQL, "up", "")), PostedQuery.in("```up```"));
    }

    @Test
    void aTaggedBlockIsOnlyReadInItsLanguage() {
        assertEquals(List.of(), PostedQuery.in("```logql\nsum(rate(x_total[5m]))\n```"));
        assertEquals(List.of(), PostedQuery.in("no code here: sum(rate(x_total[5m]))"));
    }
}
