package io.github.dockertutor.lesson;

import java.util.List;

/**
 * One language's .md file of a lesson, split where the renderer and the shell need it: the intro,
 * then one section per step. Line numbers are kept for the linter's messages.
 *
 * @param title    the text of a leading {@code # Title} line (without its attributes), or null when the file has none
 * @param titleLine  the 1-based line of that title, 0 when there is none
 * @param introStamp a translation's {@code src=} stamp on the title line, for the intro; null when none
 * @param intro    the Markdown before the first step section, without the title line, trimmed of
 *                 blank lines at both ends
 * @param sections the step sections in file order
 */
record Prose(String title, int titleLine, String introStamp, String intro, List<Section> sections) {

    /**
     * One {@code ## Title {#step-id}} section.
     *
     * @param stepId the id between {@code {#} and {@code }}
     * @param title  the heading text without the {@code {#…}} part
     * @param body   the Markdown up to the next step heading, trimmed of blank lines at both ends
     * @param line   the 1-based line of the heading
     * @param stamp  a translation's {@code src=} stamp (see {@link TranslationStamp}), or null when none
     */
    record Section(String stepId, String title, String body, int line, String stamp) {
    }

    Prose {
        sections = List.copyOf(sections);
    }
}
