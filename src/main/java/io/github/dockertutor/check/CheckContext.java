package io.github.dockertutor.check;

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
 */
public record CheckContext(Engine engine, Path workspace, StepActivity activity, boolean explain) {

    /** A context that explains its failures. */
    public CheckContext(Engine engine, Path workspace, StepActivity activity) {
        this(engine, workspace, activity, true);
    }
}
