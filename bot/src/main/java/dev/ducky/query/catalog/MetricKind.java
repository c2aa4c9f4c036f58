package dev.ducky.query.catalog;

import java.util.Locale;

/** The four Prometheus metric types, and UNKNOWN for a name seen in a query but never described. */
public enum MetricKind {
    COUNTER, GAUGE, HISTOGRAM, SUMMARY, UNKNOWN;

    /** Reads a type as Prometheus's metadata API and catalog files write it; anything else is UNKNOWN. */
    public static MetricKind parse(String type) {
        if (type == null) {
            return UNKNOWN;
        }
        return switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "counter" -> COUNTER;
            case "gauge" -> GAUGE;
            case "histogram", "gaugehistogram" -> HISTOGRAM;
            case "summary" -> SUMMARY;
            default -> UNKNOWN;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
