package dev.ducky.evals.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small bar charts drawn as inline SVG, so the report needs no script and no network to be read. */
final class SvgCharts {
    private static final int WIDTH = 640;
    private static final int LABEL = 230;
    private static final int ROW = 22;
    private static final Map<String, String> STAGE_COLOURS = Map.of("explain", "#4e79a7", "demonstrate", "#f28e2b",
            "guide", "#59a14f", "enhance", "#b07aa1");

    /** One bar: its label, its value, and the group (EDGE stage) that colours it. */
    record Bar(String label, double value, String group) {
    }

    private SvgCharts() {
    }

    static String bars(String title, List<Bar> bars, String unit) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        int height = ROW * bars.size() + 30;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
                WIDTH, height, escape(title)));
        svg.append("<title>").append(escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 10 + i * ROW;
            double length = max == 0 ? 0 : (WIDTH - LABEL - 60) * bar.value() / max;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"12\">%s</text>",
                    LABEL - 6, y + 14, escape(bar.label())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                    LABEL, y + 3, length, ROW - 6, STAGE_COLOURS.getOrDefault(bar.group(), "#888")));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%s%s</text>",
                    LABEL + length + 4, y + 14, number(bar.value()), escape(unit)));
        }
        return svg.append("</svg>").toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
