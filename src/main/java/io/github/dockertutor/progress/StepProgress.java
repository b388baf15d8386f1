package io.github.dockertutor.progress;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the tutor remembers about one step of one lesson. Times are epoch milliseconds; 0 means
 * "not recorded", since no learner worked on a step in January 1970. Changed only through
 * {@link Progress}, which keeps the time accounting consistent.
 */
public final class StepProgress {
    /** started, done or skipped; a step the learner never reached has no StepProgress at all. */
    private StepState state = StepState.STARTED;
    /** When the step was first shown, or 0. */
    private long startedAt;
    /** When it was last passed or skipped, or 0 while it is still open. */
    private long finishedAt;
    /** Time the step was current with the tutor open, summed over every session. */
    private long timeSpentMillis;
    /** How many hints the learner asked for (each {@code hint} counts, even a repeated one). */
    private int hintsUsed;
    /** Whether the learner looked at (or applied) the solution. */
    private boolean solutionUsed;
    /**
     * Facts the check engine noted when the step began, e.g. {@code imageId} of the image before a
     * rebuild, so a later check can tell "rebuilt and kept the same id" from "never rebuilt".
     */
    private final Map<String, String> baseline = new LinkedHashMap<>();
    /** Fields a newer dockertutor wrote that this one does not know; written back unchanged. */
    ObjectNode unknown = JsonNodeFactory.instance.objectNode();

    StepProgress() {
    }

    public StepState state() {
        return state;
    }

    public long startedAt() {
        return startedAt;
    }

    public long finishedAt() {
        return finishedAt;
    }

    public long timeSpentMillis() {
        return timeSpentMillis;
    }

    public int hintsUsed() {
        return hintsUsed;
    }

    public boolean solutionUsed() {
        return solutionUsed;
    }

    /** A read-only view of the step's baseline facts. */
    public Map<String, String> baseline() {
        return Collections.unmodifiableMap(baseline);
    }

    public boolean isDone() {
        return state == StepState.DONE;
    }

    /** Done or skipped: the learner has moved past it. */
    public boolean isFinished() {
        return state != StepState.STARTED;
    }

    void state(StepState value) {
        state = value;
    }

    void startedAt(long value) {
        startedAt = value;
    }

    void finishedAt(long value) {
        finishedAt = value;
    }

    void timeSpentMillis(long value) {
        timeSpentMillis = value;
    }

    void addTime(long millis) {
        if (millis > 0) {
            timeSpentMillis += millis;
        }
    }

    void hintsUsed(int value) {
        hintsUsed = value;
    }

    void solutionUsed(boolean value) {
        solutionUsed = value;
    }

    Map<String, String> mutableBaseline() {
        return baseline;
    }

    /** The latest moment anything happened to this step, to compare with a lesson reset. */
    long lastActivity() {
        return Math.max(startedAt, finishedAt);
    }

    /**
     * Folds in what another tutor saved for the same step: the stronger state, the earlier start,
     * the later finish, the larger counts, and either's use of the solution. The baseline stays
     * this tutor's unless it has none, since it belongs to the step attempt this tutor is checking.
     */
    void absorb(StepProgress other) {
        state = StepState.stronger(state, other.state);
        startedAt = earliestRecorded(startedAt, other.startedAt);
        finishedAt = Math.max(finishedAt, other.finishedAt);
        timeSpentMillis = Math.max(timeSpentMillis, other.timeSpentMillis);
        hintsUsed = Math.max(hintsUsed, other.hintsUsed);
        solutionUsed = solutionUsed || other.solutionUsed;
        if (baseline.isEmpty()) {
            baseline.putAll(other.baseline);
        }
        UnknownFields.addMissing(unknown, other.unknown);
    }

    StepProgress copy() {
        StepProgress copy = new StepProgress();
        copy.state = state;
        copy.startedAt = startedAt;
        copy.finishedAt = finishedAt;
        copy.timeSpentMillis = timeSpentMillis;
        copy.hintsUsed = hintsUsed;
        copy.solutionUsed = solutionUsed;
        copy.baseline.putAll(baseline);
        copy.unknown = unknown.deepCopy();
        return copy;
    }

    private static long earliestRecorded(long a, long b) {
        if (a == 0) {
            return b;
        }
        return b == 0 ? a : Math.min(a, b);
    }
}
