package io.github.dockertutor.progress;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the tutor remembers about one lesson: its steps by id, and when it was last reset. */
public final class LessonProgress {
    /** The steps the learner reached, by step id, in the order first reached. */
    private final Map<String, StepProgress> steps = new LinkedHashMap<>();
    /**
     * When the learner last reset this lesson (epoch millis), or 0. Kept so that a merge with
     * another tutor's older save does not bring back the steps the reset forgot.
     */
    private long resetAt;
    /** Fields a newer dockertutor wrote that this one does not know; written back unchanged. */
    ObjectNode unknown = JsonNodeFactory.instance.objectNode();

    LessonProgress() {
    }

    /** A read-only view of the steps by id. */
    public Map<String, StepProgress> steps() {
        return Collections.unmodifiableMap(steps);
    }

    public long resetAt() {
        return resetAt;
    }

    /** The sum of the time spent on every step of the lesson. */
    public long timeSpentMillis() {
        long total = 0;
        for (StepProgress step : steps.values()) {
            total += step.timeSpentMillis();
        }
        return total;
    }

    /** The sum of the hints used over every step of the lesson. */
    public int hintsUsed() {
        int total = 0;
        for (StepProgress step : steps.values()) {
            total += step.hintsUsed();
        }
        return total;
    }

    Map<String, StepProgress> mutableSteps() {
        return steps;
    }

    StepProgress step(String stepId) {
        return steps.computeIfAbsent(stepId, id -> new StepProgress());
    }

    void reset(long now) {
        steps.clear();
        resetAt = Math.max(resetAt, now);
    }

    void resetAt(long value) {
        resetAt = value;
    }

    /** Folds in another tutor's save of this lesson; steps from before the latest reset are dropped. */
    void absorb(LessonProgress other) {
        resetAt = Math.max(resetAt, other.resetAt);
        for (Map.Entry<String, StepProgress> entry : other.steps.entrySet()) {
            StepProgress mine = steps.get(entry.getKey());
            if (mine == null) {
                steps.put(entry.getKey(), entry.getValue().copy());
            } else {
                mine.absorb(entry.getValue());
            }
        }
        steps.values().removeIf(step -> step.lastActivity() < resetAt);
        UnknownFields.addMissing(unknown, other.unknown);
    }

    LessonProgress copy() {
        LessonProgress copy = new LessonProgress();
        copy.resetAt = resetAt;
        steps.forEach((id, step) -> copy.steps.put(id, step.copy()));
        copy.unknown = unknown.deepCopy();
        return copy;
    }
}
