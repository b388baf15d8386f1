package io.github.dockertutor.shell;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.LocalizedText;
import io.github.dockertutor.lesson.Step;
import io.github.dockertutor.render.MarkdownRenderer;
import io.github.dockertutor.render.RenderLabels;
import io.github.dockertutor.render.RenderOptions;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;

/**
 * A lesson's text as the learner sees it: its title and intro, or one step's section, rendered
 * from Markdown to the terminal's width. Text missing in Chinese is shown in English under a
 * visible note, never silently.
 */
final class LessonView {
    private final Messages messages;
    private final int width;
    private final boolean color;

    LessonView(Messages messages, int width, boolean color) {
        this.messages = messages;
        this.width = width;
        this.color = color;
    }

    List<AttributedString> intro(Lesson lesson) {
        Language language = messages.language();
        StringBuilder markdown = new StringBuilder();
        markdown.append("# ").append(messages.get("lesson.heading", lesson.number(), text(lesson.title(), language)))
                .append("\n\n");
        LocalizedText.Shown intro = lesson.intro().in(language);
        if (intro.fallback() && !intro.text().isBlank()) {
            markdown.append("> ").append(messages.get("lesson.untranslated")).append("\n\n");
        }
        markdown.append(intro.text());
        return render(markdown.toString());
    }

    List<AttributedString> step(Lesson lesson, int index) {
        Language language = messages.language();
        Step step = lesson.steps().get(index);
        StringBuilder markdown = new StringBuilder();
        String title = text(step.title(), language);
        String position = messages.get(step.optional() ? "lesson.stepOptional" : "lesson.step", index + 1,
                lesson.steps().size());
        markdown.append("## ").append(title).append("  (").append(position).append(")\n\n");
        LocalizedText.Shown body = step.body().in(language);
        if (body.fallback()) {
            markdown.append("> ").append(messages.get("lesson.untranslated")).append("\n\n");
        }
        markdown.append(body.text());
        return render(markdown.toString());
    }

    private List<AttributedString> render(String markdown) {
        RenderOptions options = new RenderOptions(width, color, color, RenderLabels.from(messages));
        return new ArrayList<>(new MarkdownRenderer(options).render(markdown));
    }

    private static String text(LocalizedText text, Language language) {
        LocalizedText.Shown shown = text.in(language);
        return shown.fallback() ? Messages.FALLBACK_MARKER + shown.text() : shown.text();
    }
}
