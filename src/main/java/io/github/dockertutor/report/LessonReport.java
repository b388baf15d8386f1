package io.github.dockertutor.report;

import java.util.List;

/**
 * One lesson of a learner's report.
 *
 * @param id    the lesson's id, e.g. {@code 03-pull-an-image}
 * @param title its English title
 * @param steps its steps in course order
 */
public record LessonReport(String id, String title, List<StepReport> steps) {

    public LessonReport {
        steps = List.copyOf(steps);
    }

    /** The number in front of the id (3 for {@code 03-pull-an-image}), or 0 when it has none. */
    public int number() {
        int end = 0;
        while (end < id.length() && end < 4 && Character.isDigit(id.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(id.substring(0, end));
    }
}
