package io.github.dockertutor.classroom;

import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.progress.Durations;
import io.github.dockertutor.render.Columns;

/** The words of the summary shared by the terminal table and the page, so both say the same. */
final class SummaryText {
    /** Room for a learner's name: a name as long as the tutor lets one be typed, in Chinese, takes more. */
    static final int NAME_COLUMNS = 40;
    private final Messages messages;

    SummaryText(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    /**
     * The chosen name, or for an anonymous report its file's name without the part every report
     * shares; cut to {@link #NAME_COLUMNS}, since a report is a file anyone may have written and
     * one very long name would widen every row of the class's table.
     */
    String learner(LearnerRow row) {
        String name = row.name().orElseGet(() -> messages.get("class.anonymous",
                row.fileName().replaceFirst("^dockertutor-report-", "").replaceFirst("\\.json$", "")));
        return Columns.ellipsize(Columns.printable(name), NAME_COLUMNS);
    }

    String place(LearnerRow row) {
        if (row.finishedAll()) {
            return messages.get("class.place.finished");
        }
        return row.place().map(this::step).orElseGet(() -> messages.get("class.place.notStarted"));
    }

    String step(StepStat step) {
        return messages.get("class.step", step.number(), step.title());
    }

    String done(LearnerRow row) {
        return messages.get("class.done", row.done(), row.total());
    }

    String time(long millis) {
        return Durations.format(millis, messages);
    }

    String reached(StepStat step) {
        return messages.get("class.done", step.finished(), step.reached());
    }
}
