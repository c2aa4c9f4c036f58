package dev.ducky.knowledge.embedding;

/** The in-process embedding model could not be loaded or failed on its input. */
public final class EmbeddingModelException extends RuntimeException {
    public EmbeddingModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
