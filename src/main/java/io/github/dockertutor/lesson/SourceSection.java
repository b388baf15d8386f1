package io.github.dockertutor.lesson;

import io.github.dockertutor.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One translated part of a lesson paired with its English: the intro (under the {@code # Title}
 * line) or a step section. What the checker compares and the stamper writes, found the same way.
 *
 * @param stepId       the step's id, or null for the intro
 * @param line         the 1-based line of the translation's heading that holds the stamp (0: the
 *                     translation has an intro but no title line to hold it)
 * @param written      the stamp the translation carries, or null
 * @param englishLine  the line of the English heading (0 for an intro without a title line)
 * @param englishStamp the stamp of the English text as it is now
 */
record SourceSection(String stepId, int line, String written, int englishLine, String englishStamp) {

    Optional<String> stamp() {
        return Optional.ofNullable(written);
    }

    /** How messages name it: {@code {#step-id}}, or the introduction in the reader's language. */
    Object label() {
        return stepId == null ? Message.of("lint.stamp.intro") : "{#" + stepId + "}";
    }

    /**
     * The parts both files have: the intro when the English has one, and each step section of the
     * translation that the English has too (a missing or extra one is lint's problem, not a stamp's).
     */
    static List<SourceSection> pairs(Prose english, Prose translation) {
        List<SourceSection> pairs = new ArrayList<>();
        if (!english.intro().isEmpty() && !translation.intro().isEmpty()) {
            pairs.add(new SourceSection(null, translation.titleLine(), translation.introStamp(), english.titleLine(),
                    TranslationStamp.of(english.intro())));
        }
        for (Prose.Section section : translation.sections()) {
            english.sections().stream().filter(source -> source.stepId().equals(section.stepId())).findFirst()
                    .ifPresent(source -> pairs.add(new SourceSection(section.stepId(), section.line(), section.stamp(),
                            source.line(), TranslationStamp.ofSection(source.title(), source.body()))));
        }
        return pairs;
    }
}
