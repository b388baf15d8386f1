package io.github.dockertutor.classroom;

import io.github.dockertutor.render.Columns;
import java.util.List;
import java.util.Locale;

/**
 * The median time of each step as an inline SVG bar chart: one horizontal bar a step, in course
 * order, each with its step's label on the left and its time written after it, so the chart reads
 * without colour and a screen reader gets the same through the titles.
 */
final class BarChart {
    static final int WIDTH = 900;
    static final int ROW = 24;
    static final int LABEL = 330;
    static final int TOP = 8;
    /** Room after the longest bar for its time. */
    static final int VALUE_ROOM = 110;
    /** Labels are cut to this many terminal columns (a CJK character two), as SVG text does not wrap. */
    static final int LABEL_COLUMNS = 44;

    private BarChart() {
    }

    static String svg(List<StepStat> steps, SummaryText text, String title, String description) {
        long longest = steps.stream().mapToLong(StepStat::medianMillis).max().orElse(0);
        int height = TOP * 2 + ROW * steps.size();
        int barRoom = WIDTH - LABEL - VALUE_ROOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
                        + " role=\"img\" aria-labelledby=\"chart-title chart-desc\">%n",
                WIDTH, height, WIDTH, height));
        svg.append("<title id=\"chart-title\">").append(Html.escape(title)).append("</title>\n");
        svg.append("<desc id=\"chart-desc\">").append(Html.escape(description)).append("</desc>\n");
        for (int i = 0; i < steps.size(); i++) {
            StepStat step = steps.get(i);
            int y = TOP + i * ROW;
            int bar = longest == 0 ? 0 : (int) Math.round((double) barRoom * step.medianMillis() / longest);
            String label = text.step(step);
            String value = step.reached() == 0 ? text.messages().get("class.chart.nobody") : text.time(step.medianMillis());
            svg.append(String.format(Locale.ROOT, "<g class=\"%s\">%n", i % 2 == 0 ? "row" : "row odd"));
            svg.append("<title>").append(Html.escape(label + ": " + value)).append("</title>\n");
            svg.append(String.format(Locale.ROOT, "<rect class=\"band\" x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\"/>%n",
                    y, WIDTH, ROW));
            svg.append(String.format(Locale.ROOT,
                    "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                    LABEL - 10, y + ROW / 2 + 5, Html.escape(cut(label, LABEL_COLUMNS))));
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"bar\" data-step=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"2\"/>%n",
                    Html.escape(step.key().lessonId() + "/" + step.key().stepId()), LABEL, y + 4, bar, ROW - 8));
            svg.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%d\" y=\"%d\">%s</text>%n",
                    LABEL + bar + 6, y + ROW / 2 + 5, Html.escape(value)));
            svg.append("</g>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** The label if it fits in the columns, else its start and "…". */
    static String cut(String label, int columns) {
        if (Columns.of(label) <= columns) {
            return label;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            int w = Columns.of(new String(Character.toChars(cp)));
            if (used + w > columns - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.toString().stripTrailing() + "…";
    }
}
