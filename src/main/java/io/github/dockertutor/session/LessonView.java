package io.github.dockertutor.session;

import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.PageMarkdown;
import io.github.dockertutor.render.MarkdownRenderer;
import io.github.dockertutor.render.RenderLabels;
import io.github.dockertutor.render.RenderOptions;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;

/**
 * A lesson's text as the learner sees it: its title and intro, or one step's section
 * ({@link PageMarkdown}), rendered from Markdown to the terminal's width.
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
        return render(PageMarkdown.intro(lesson, messages));
    }

    List<AttributedString> step(Lesson lesson, int index) {
        return render(PageMarkdown.step(lesson, index, messages));
    }

    private List<AttributedString> render(String markdown) {
        RenderOptions options = new RenderOptions(width, color, color, RenderLabels.from(messages));
        return new ArrayList<>(new MarkdownRenderer(options).render(markdown));
    }
}
