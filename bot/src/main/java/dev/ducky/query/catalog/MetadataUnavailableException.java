package dev.ducky.query.catalog;

/** A Prometheus or Loki metadata endpoint could not be read; Ducky carries on with what else it knows. */
public final class MetadataUnavailableException extends RuntimeException {
    public MetadataUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
