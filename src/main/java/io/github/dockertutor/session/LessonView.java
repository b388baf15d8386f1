package io.github.dockertutor.session;

import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.PageMarkdown;
import io.github.dockertutor.render.MarkdownRenderer;
import io.github.dockertutor.render.RenderLabels;
import io.github.dockertutor.render.RenderOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.commonmark.node.Node;
import org.jline.utils.AttributedString;

/**
 * A lesson's text as the learner sees it: its title and intro, or one step's section
 * ({@link PageMarkdown}), rendered from Markdown to the terminal's width. A step's page taller than
 * the screen ends with the step's task again ({@link StepTask}), unless the task is still on the
 * screen at the end of the page, so what to type is in view when the prompt comes back.
 */
final class LessonView {
    /** Lines under the page that are not the page: the prompt, and the blank line before it. */
    private static final int BELOW_PAGE = 2;

    private final Messages messages;
    private final int width;
    private final boolean color;
    private final int height;

    LessonView(Messages messages, int width, boolean color, int height) {
        this.messages = messages;
        this.width = width;
        this.color = color;
        this.height = height;
    }

    List<AttributedString> intro(Lesson lesson) {
        return new ArrayList<>(renderer().render(PageMarkdown.intro(lesson, messages)));
    }

    List<AttributedString> step(Lesson lesson, int index) {
        MarkdownRenderer renderer = renderer();
        Node document = MarkdownRenderer.parser().parse(PageMarkdown.step(lesson, index, messages));
        List<AttributedString> page = new ArrayList<>(renderer.render(document));
        if (page.size() + BELOW_PAGE <= height) {
            return page;
        }
        List<Node> task = StepTask.blocks(document, lesson.steps().get(index).solution());
        if (task.isEmpty() || inView(task, page, renderer)) {
            return page;
        }
        page.add(AttributedString.EMPTY);
        page.addAll(renderer.render("---\n\n**" + messages.get("lesson.task") + "**"));
        for (Node block : task) {
            page.add(AttributedString.EMPTY);
            page.addAll(renderer.render(block));
        }
        return page;
    }

    /** Whether each block of the task is already among the page's last lines, the ones left on screen. */
    private boolean inView(List<Node> task, List<AttributedString> page, MarkdownRenderer renderer) {
        int shown = Math.max(0, height - BELOW_PAGE);
        List<AttributedString> tail = page.subList(Math.max(0, page.size() - shown), page.size());
        for (Node block : task) {
            if (Collections.indexOfSubList(tail, renderer.render(block)) < 0) {
                return false;
            }
        }
        return true;
    }

    private MarkdownRenderer renderer() {
        return new MarkdownRenderer(new RenderOptions(width, color, color, RenderLabels.from(messages)));
    }
}
