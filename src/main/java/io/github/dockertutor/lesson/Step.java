package io.github.dockertutor.lesson;

import io.github.dockertutor.check.CheckSpec;
import java.util.List;

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
 */
public record Step(String id, LocalizedText title, LocalizedText body, boolean optional, CheckSpec check,
                   List<Hint> hints, Solution solution) {

    public Step {
        hints = List.copyOf(hints);
    }
}
