package io.github.dockertutor.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lint of lesson.yaml {@code images:}: every entry is an image reference, and every image a
 * solution pulls, runs, creates or builds FROM is listed, so a course pack holds everything a
 * classroom needs offline. Images the course builds itself ({@code docker build -t NAME} in any
 * lesson) come from no registry and are not listed.
 */
final class ImageDeclarations {
    private ImageDeclarations() {
    }

    /** The names every solution of these lessons builds, normalized. */
    static Set<String> builtByCourse(List<LessonYaml> lessons) {
        Set<String> built = new HashSet<>();
        for (LessonYaml lesson : lessons) {
            for (LessonYaml.StepYaml step : lesson.steps()) {
                if (step.solution() != null) {
                    built.addAll(SolutionImages.built(step.solution().commands()));
                }
            }
        }
        return built;
    }

    /** The problems of one lesson.yaml's images; {@code built} are the names the course builds. */
    static List<LintProblem> check(Path yamlFile, LessonYaml lesson, Set<String> built) {
        List<LintProblem> problems = new ArrayList<>();
        FileProblems sink = new FileProblems(yamlFile, problems);
        Set<String> declared = new HashSet<>();
        for (int i = 0; i < lesson.images().size(); i++) {
            String image = lesson.images().get(i);
            Optional<String> name = SolutionImages.normalized(image);
            if (name.isEmpty()) {
                sink.add(lesson.imageLines().get(i), "lint.images.invalid", image);
            } else if (built.contains(name.get())) {
                sink.add(lesson.imageLines().get(i), "lint.images.built", image);
            } else {
                declared.add(name.get());
            }
        }
        Set<String> reported = new HashSet<>();
        for (LessonYaml.StepYaml step : lesson.steps()) {
            if (step.solution() == null) {
                continue;
            }
            for (SolutionImages.Use use : SolutionImages.uses(step.solution().commands(), step.solution().files())) {
                if (declared.contains(use.reference()) || built.contains(use.reference())
                        || !reported.add(use.reference())) {
                    continue; // one problem per image is enough: the fix is one line of images:
                }
                if (use.file() == null) {
                    sink.add(step.lines().command(use.command()), "lint.images.undeclared", use.shown(), step.id());
                } else {
                    sink.add(step.lines().file(use.file()), "lint.images.undeclaredFrom", use.shown(), step.id(),
                            use.file());
                }
            }
        }
        return problems;
    }
}
