package io.github.dockertutor.classroom;

import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.render.Columns;
import io.github.dockertutor.render.LineWrapper;
import io.github.dockertutor.tui.ColumnTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The class summary in the terminal: who is where, then the slowest steps and the steps that
 * needed most hints. Columns are measured in terminal columns, so Chinese names and titles line
 * up; numbers are right-aligned; the last column (a step's title) is cut to the width.
 */
public final class SummaryTable {
    /** How many steps the two step lists show. */
    public static final int TOP = 5;

    private SummaryTable() {
    }

    public static List<String> lines(ClassSummary summary, Messages messages, int width) {
        SummaryText text = new SummaryText(messages);
        List<String> lines = new ArrayList<>();
        heading(lines, messages.get("class.learners.heading"), width);
        List<String[]> learners = new ArrayList<>();
        learners.add(new String[] {messages.get("class.col.learner"), messages.get("class.col.done"),
                messages.get("class.col.time"), messages.get("class.col.hints"), messages.get("class.col.now")});
        for (LearnerRow row : summary.learners()) {
            learners.add(new String[] {text.learner(row), text.done(row), text.time(row.timeMillis()),
                    String.valueOf(row.hints()), text.place(row)});
        }
        lines.addAll(table(learners, new boolean[] {false, true, true, true, false}, width));

        lines.add("");
        heading(lines, messages.get("class.slowest.heading"), width);
        lines.addAll(stepTable(summary.slowest(TOP), text, width));
        lines.add("");
        heading(lines, messages.get("class.hints.heading"), width);
        List<StepStat> hinted = summary.mostHints(TOP);
        if (hinted.isEmpty()) {
            lines.add(messages.get("class.hints.none"));
        } else {
            lines.addAll(stepTable(hinted, text, width));
        }
        return lines;
    }

    private static List<String> stepTable(List<StepStat> steps, SummaryText text, int width) {
        Messages messages = text.messages();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {messages.get("class.col.median"), messages.get("class.col.finished"),
                messages.get("class.col.hints"), messages.get("class.col.solutions"), messages.get("class.col.here"),
                messages.get("class.col.step")});
        for (StepStat step : steps) {
            rows.add(new String[] {text.time(step.medianMillis()), text.reached(step), String.valueOf(step.hints()),
                    String.valueOf(step.solutions()), String.valueOf(step.hereNow()), text.step(step)});
        }
        return table(rows, new boolean[] {true, true, true, true, true, false}, width);
    }

    private static void heading(List<String> lines, String heading, int width) {
        lines.addAll(LineWrapper.wrap(heading, width));
    }

    /** Lays out the rows with ColumnTable, after right-aligning the columns marked {@code right}, header too. */
    static List<String> table(List<String[]> rows, boolean[] right, int width) {
        for (int c = 0; c < right.length; c++) {
            if (!right[c]) {
                continue;
            }
            int widest = 0;
            for (String[] row : rows) {
                widest = Math.max(widest, Columns.of(row[c]));
            }
            for (String[] row : rows) {
                row[c] = " ".repeat(widest - Columns.of(row[c])) + row[c];
            }
        }
        ColumnTable table = ColumnTable.withGap(2).fitTo(width);
        rows.forEach(table::row);
        return table.lines();
    }

}
