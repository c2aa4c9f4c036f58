package dev.ducky.query.link;

/** A link catalog file that cannot be read, with where in it the problem is. */
public final class LinkCatalogException extends RuntimeException {
    public LinkCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
