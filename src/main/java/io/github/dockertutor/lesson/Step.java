package io.github.dockertutor.lesson;

import io.github.dockertutor.check.CheckSpec;
import java.util.List;
import java.util.Map;

/**
 * One step of a lesson: prose to read, then a check on the engine's real state.
 *
 * @param id       lowercase slug, unique within the lesson; the {@code {#id}} of its section in
 *                 en.md and zh-TW.md, and the key progress is saved under
 * @param title    the section's heading in each language, without the {@code {#id}}
 * @param body     the section's Markdown in each language, without its heading, trimmed of blank
 *                 lines at both ends
 * @param optional whether {@code next} may skip the step without its check passing (default false)
 * @param check    what must be true of the engine or workspace for the step to pass
 * @param hints    hints in the order {@code hint} shows them; at least one
 * @param solution what {@code solution} shows and applies
 * @param wrong    what a learner may do instead that must not pass the check (the course test
 *                 applies each); none for a quiz
 * @param revisit  where to send the learner when the check fails because of an earlier step, by
 *                 cause ({@code dockerfile}, {@code build}, {@code run}): {@code LESSON-ID/STEP-ID}, or
 *                 {@code STEP-ID} in this lesson
 * @param feedback for a quiz, why each wrong letter is wrong, said when the learner picks it
 */
public record Step(String id, LocalizedText title, LocalizedText body, boolean optional, CheckSpec check,
                   List<Hint> hints, Solution solution, List<Solution> wrong, Map<String, String> revisit,
                   Map<String, LocalizedText> feedback) {

    public Step {
        hints = List.copyOf(hints);
        wrong = List.copyOf(wrong);
        revisit = Map.copyOf(revisit);
        feedback = Map.copyOf(feedback);
    }
}
