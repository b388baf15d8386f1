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
 */
public record CheckContext(Engine engine, Path workspace, StepActivity activity) {
}
