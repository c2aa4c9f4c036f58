package dev.ducky.query.catalog;

/** A catalog file that cannot be read, with where in it the problem is. */
public final class CatalogFormatException extends RuntimeException {
    public CatalogFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
