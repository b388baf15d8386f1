package io.github.dockertutor.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One lesson, read from its folder: lesson.yaml for what is written once, en.md and zh-TW.md for
 * the prose. The loader only builds a lesson the linter found nothing wrong with.
 *
 * @param id     the folder name: two digits, a dash, a lowercase slug ({@code 03-pull-an-image});
 *               stable, progress is saved under it
 * @param number the two leading digits of the id, as a number (3 for {@code 03-pull-an-image})
 * @param title  lesson.yaml {@code title:}, in both languages
 * @param images lesson.yaml {@code images:}: every image a solution pulls, runs or builds FROM, in
 *               the order written; empty when none
 * @param intro  the Markdown before the first step section, without a leading {@code # title}
 *               line; empty text when the file has no intro
 * @param steps  the steps in lesson.yaml order (the sections in the .md files follow it); never
 *               empty
 * @param folder the folder the lesson came from, on disk or inside the jar
 */
public record Lesson(String id, int number, LocalizedText title, List<String> images, LocalizedText intro,
                     List<Step> steps, Path folder) {

    public Lesson {
        images = List.copyOf(images);
        steps = List.copyOf(steps);
    }

    /** The step with this id, if the lesson has it. */
    public Optional<Step> step(String stepId) {
        return steps.stream().filter(step -> step.id().equals(stepId)).findFirst();
    }
}
