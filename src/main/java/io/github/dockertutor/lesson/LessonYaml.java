package io.github.dockertutor.lesson;

import io.github.dockertutor.check.CheckSpec;
import java.util.List;

/**
 * What lesson.yaml said, as far as it could be read, with the lines the cross-file checks need.
 * Fields are null where the file had a problem there (already reported).
 *
 * @param id     {@code id:}
 * @param idLine its line
 * @param title  {@code title:} in both languages
 * @param images     {@code images:}
 * @param imageLines the line of each of {@code images}, in the same order
 * @param steps      every step whose id could be read, in file order
 */
record LessonYaml(String id, int idLine, LocalizedText title, List<String> images, List<Integer> imageLines,
                  List<StepYaml> steps) {

    /**
     * One step of lesson.yaml.
     *
     * @param id       {@code id:}
     * @param line     the line the step starts on
     * @param optional {@code optional:} (default false)
     * @param check    the check, or null when it had a problem
     * @param hints    the hints that could be read
     * @param solution the solution, or null when it was missing or had a problem
     * @param lines    where the solution's commands and files are written, for problems about them
     * @param wrong    attempts that must not pass the check
     * @param revisit  the step to go back to for each cause of a failure ({@code dockerfile: 06-write/copy})
     * @param feedback for a quiz, why each wrong letter is wrong
     */
    record StepYaml(String id, int line, boolean optional, CheckSpec check, List<Hint> hints, Solution solution,
                    SolutionLines lines, List<Solution> wrong, java.util.Map<String, String> revisit,
                    java.util.Map<String, LocalizedText> feedback) {
    }

    /**
     * The lines of a solution's parts.
     *
     * @param commands the line of each command, in order
     * @param files    the line of each file's path
     */
    record SolutionLines(List<Integer> commands, java.util.Map<String, Integer> files) {
        static final SolutionLines NONE = new SolutionLines(List.of(), java.util.Map.of());

        int command(int index) {
            return index < commands.size() ? commands.get(index) : 0;
        }

        int file(String path) {
            return files.getOrDefault(path, 0);
        }
    }
}
