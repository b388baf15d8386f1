package io.github.dockertutor.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether each step's {@code revisit:} names a step that exists and does not come after it in the
 * course: a learner is only ever sent back, to a step they have seen (or to do this one again).
 */
final class RevisitTargets {
    private RevisitTargets() {
    }

    /** The problems of every lesson's revisit targets; {@code folders} and {@code yamls} in course order. */
    static List<LintProblem> check(List<Path> folders, List<LessonYaml> yamls) {
        List<String> seen = new ArrayList<>();
        List<LintProblem> problems = new ArrayList<>();
        for (int i = 0; i < yamls.size(); i++) {
            LessonYaml yaml = yamls.get(i);
            if (yaml == null || yaml.id() == null) {
                continue;
            }
            for (LessonYaml.StepYaml step : yaml.steps()) {
                // a step may send the learner back to itself: "run it again, this way"
                seen.add(yaml.id() + "/" + step.id());
                for (String target : step.revisit().values()) {
                    String full = target.contains("/") ? target : yaml.id() + "/" + target;
                    if (!seen.contains(full)) {
                        problems.add(new LintProblem(folders.get(i).resolve(LessonReader.YAML), step.line(),
                                "lint.revisit.unknown", target, step.id()));
                    }
                }
            }
        }
        return problems;
    }
}
