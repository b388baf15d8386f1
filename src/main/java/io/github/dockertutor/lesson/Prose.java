package io.github.dockertutor.lesson;

import java.util.List;

/**
 * One language's .md file of a lesson, split where the renderer and the shell need it: the intro,
 * then one section per step. Line numbers are kept for the linter's messages.
 *
 * @param title    the text of a leading {@code # Title} line, or null when the file has none
 * @param intro    the Markdown before the first step section, without the title line, trimmed of
 *                 blank lines at both ends
 * @param sections the step sections in file order
 */
record Prose(String title, String intro, List<Section> sections) {

    /**
     * One {@code ## Title {#step-id}} section.
     *
     * @param stepId the id between {@code {#} and {@code }}
     * @param title  the heading text without the {@code {#…}} part
     * @param body   the Markdown up to the next step heading, trimmed of blank lines at both ends
     * @param line   the 1-based line of the heading
     */
    record Section(String stepId, String title, String body, int line) {
    }

    Prose {
        sections = List.copyOf(sections);
    }
}
