package dev.ducky.knowledge.index;

/** Which searches answer a question. */
public enum SearchMode {
    /** BM25 and kNN, fused by rank: words the runbook uses and meaning in the responder's own words. */
    HYBRID,
    /** BM25 over section text, headings and names only: exact words, alert names, metric names. */
    KEYWORD,
    /** kNN over section embeddings only. */
    VECTOR
}
