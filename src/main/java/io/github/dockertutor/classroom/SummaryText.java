package io.github.dockertutor.classroom;

import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.progress.Durations;

/** The words of the summary shared by the terminal table and the page, so both say the same. */
final class SummaryText {
    private final Messages messages;

    SummaryText(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    /** The chosen name, or for an anonymous report its file's name without the part every report shares. */
    String learner(LearnerRow row) {
        return row.name().orElseGet(() -> messages.get("class.anonymous",
                row.fileName().replaceFirst("^dockertutor-report-", "").replaceFirst("\\.json$", "")));
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
