package io.github.dockertutor.progress;

import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.render.Columns;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code progress} command's table: for each lesson its number, title, steps done out of its
 * steps, time spent and hints used, then a total. Columns are measured in terminal columns, so
 * the table lines up in Chinese as well as in English.
 */
public final class ProgressTable {
    private static final String GAP = "  ";
    private static final int MIN_TITLE = 8;

    private ProgressTable() {
    }

    /**
     * The table's lines, no wider than {@code maxWidth} where the titles can be shortened to fit.
     * Lessons are numbered by their place in {@code lessons}; {@code now} counts the running time
     * of the current step.
     */
    public static List<String> format(List<LessonRow> lessons, Progress progress, Messages messages, long now, int maxWidth) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {messages.get("progress.table.number"), messages.get("progress.table.lesson"),
                messages.get("progress.table.steps"), messages.get("progress.table.time"),
                messages.get("progress.table.hints")});
        int totalDone = 0;
        int totalSteps = 0;
        long totalTime = 0;
        int totalHints = 0;
        for (int i = 0; i < lessons.size(); i++) {
            LessonRow lesson = lessons.get(i);
            int done = 0;
            for (String stepId : lesson.stepIds()) {
                done += progress.isDone(lesson.id(), stepId) ? 1 : 0;
            }
            long time = 0;
            int hints = 0;
            for (String stepId : knownSteps(lesson, progress)) {
                time += progress.timeSpentMillis(lesson.id(), stepId, now);
                hints += progress.step(lesson.id(), stepId).map(StepProgress::hintsUsed).orElse(0);
            }
            cells.add(row(String.valueOf(i + 1), lesson.title(), done, lesson.stepIds().size(), time, hints, messages));
            totalDone += done;
            totalSteps += lesson.stepIds().size();
            totalTime += time;
            totalHints += hints;
        }
        String[] total = row("", messages.get("progress.table.total"), totalDone, totalSteps, totalTime, totalHints, messages);
        return layout(cells, total, maxWidth);
    }

    /** Steps the course lists plus steps only the progress remembers (e.g. removed from the course since). */
    private static Set<String> knownSteps(LessonRow lesson, Progress progress) {
        Set<String> ids = new LinkedHashSet<>(lesson.stepIds());
        LessonProgress recorded = progress.lessons().get(lesson.id());
        if (recorded != null) {
            ids.addAll(recorded.steps().keySet());
        }
        return ids;
    }

    private static String[] row(String number, String title, int done, int steps, long time, int hints, Messages messages) {
        return new String[] {number, title, done + "/" + steps, Durations.format(time, messages), String.valueOf(hints)};
    }

    private static List<String> layout(List<String[]> cells, String[] total, int maxWidth) {
        int[] widths = new int[total.length];
        List<String[]> all = new ArrayList<>(cells);
        all.add(total);
        for (String[] row : all) {
            // a title is data from a file: shown escaped, so it cannot move the cursor or reorder the line
            row[1] = Columns.printable(row[1]);
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], Columns.of(row[c]));
            }
        }
        int fixed = GAP.length() * (widths.length - 1);
        for (int c = 0; c < widths.length; c++) {
            fixed += c == 1 ? 0 : widths[c];
        }
        widths[1] = Math.max(Math.min(widths[1], maxWidth - fixed), Math.min(widths[1], MIN_TITLE));

        List<String> lines = new ArrayList<>();
        for (String[] row : cells) {
            lines.add(line(row, widths));
        }
        int fullWidth = fixed + widths[1];
        lines.add("-".repeat(fullWidth));
        lines.add(line(total, widths));
        lines.add(1, "-".repeat(fullWidth));
        return lines;
    }

    /** Number, steps, time and hints right-aligned; the title left-aligned and cut to fit. */
    private static String line(String[] row, int[] widths) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < row.length; c++) {
            if (c > 0) {
                out.append(GAP);
            }
            out.append(c == 1
                    ? Columns.padRight(Columns.ellipsize(row[c], widths[c]), widths[c])
                    : Columns.padLeft(row[c], widths[c]));
        }
        return out.toString();
    }

}
