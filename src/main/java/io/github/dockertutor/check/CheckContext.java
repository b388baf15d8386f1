package io.github.dockertutor.check;

import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.Engine;
import java.nio.file.Path;

/**
 * Everything a check may look at: the engine's real state, the learner's workspace, and what the
 * learner did in this step.
 *
 * @param engine    the learner's engine (its calls fail with ENGINE_GONE when none answers)
 * @param workspace the learner's workspace folder
 * @param activity  the current step's activity
 * @param explain   whether a failure should be explained, looking further where that costs more
 *                  (inside a container, in its log): yes when the learner asks ({@code check}), no
 *                  for the quiet check after every command and engine event
 * @param nowMillis the tutor's clock now, the clock the activity's times are on
 */
public record CheckContext(Engine engine, Path workspace, StepActivity activity, boolean explain, long nowMillis) {
    /** A container made a little before the lesson's start still counts: the two clocks are read apart. */
    private static final long CLOCK_SLACK_MILLIS = 2000;

    public CheckContext(Engine engine, Path workspace, StepActivity activity, boolean explain) {
        this(engine, workspace, activity, explain, System.currentTimeMillis());
    }

    /** A context that explains its failures. */
    public CheckContext(Engine engine, Path workspace, StepActivity activity) {
        this(engine, workspace, activity, true);
    }

    /**
     * Which containers were created since this lesson started. A creation time is on the engine's
     * clock and the lesson's start on this machine's; they differ by minutes where the engine runs
     * in a VM whose clock fell behind while the laptop slept, so the engine's time is read once and
     * every creation time moved onto the machine's clock before they are compared.
     */
    public java.util.function.Predicate<ContainerSummary> createdThisLesson() {
        long engineAhead = engine.engineTime().toEpochMilli() - nowMillis;
        long since = activity.lessonStartedMillis() - CLOCK_SLACK_MILLIS;
        return container -> container.created() * 1000 - engineAhead >= since;
    }
}
