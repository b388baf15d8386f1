package io.github.dockertutor.lesson;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;

/**
 * A lesson's pages as Markdown, before rendering: the intro under a "Lesson N: title" heading, and
 * each step under its title and position. Text missing in the learner's language is the English
 * under a visible note, never silently. The shell renders these pages; the golden tests and the
 * render bench read the same ones.
 */
public final class PageMarkdown {
    private PageMarkdown() {
    }

    /** The lesson's first page: its heading and intro. */
    public static String intro(Lesson lesson, Messages messages) {
        Language language = messages.language();
        StringBuilder markdown = new StringBuilder();
        markdown.append("# ").append(messages.get("lesson.heading", lesson.number(), text(lesson.title(), language)))
                .append("\n\n");
        LocalizedText.Shown intro = lesson.intro().in(language);
        if (intro.fallback() && !intro.text().isBlank()) {
            markdown.append("> ").append(messages.get("lesson.untranslated")).append("\n\n");
        }
        return markdown.append(intro.text()).toString();
    }

    /** The page of the step at {@code index} (from 0). */
    public static String step(Lesson lesson, int index, Messages messages) {
        Language language = messages.language();
        Step step = lesson.steps().get(index);
        StringBuilder markdown = new StringBuilder();
        // the position in the parentheses of the language: ASCII ones in English, full-width in Chinese
        markdown.append("## ").append(messages.get(step.optional() ? "lesson.stepOptional" : "lesson.step",
                text(step.title(), language), index + 1, lesson.steps().size())).append("\n\n");
        LocalizedText.Shown body = step.body().in(language);
        if (body.fallback()) {
            markdown.append("> ").append(messages.get("lesson.untranslated")).append("\n\n");
        }
        return markdown.append(body.text()).toString();
    }

    private static String text(LocalizedText text, Language language) {
        LocalizedText.Shown shown = text.in(language);
        return shown.fallback() ? Messages.FALLBACK_MARKER + shown.text() : shown.text();
    }
}
