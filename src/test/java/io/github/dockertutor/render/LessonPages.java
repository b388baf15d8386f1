package io.github.dockertutor.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.LessonLoader;
import io.github.dockertutor.lesson.LocalizedText;
import io.github.dockertutor.lesson.Step;

/**
 * The pages of a real lesson as Markdown, the way the tutor's lesson view puts them together: the
 * intro under a "Lesson N: title" heading, then each step under its title and position. The view
 * itself is package-private in {@code shell}, so this mirrors its few lines; the prose is the
 * lesson's own, read through {@link LessonLoader}. Used by the golden tests and the render bench.
 */
public final class LessonPages {
    /** The course folder of this checkout, relative to the project root where Maven runs tests. */
    public static final Path COURSE = Path.of("lessons");

    /** One page: a name for reports ({@code intro} or the step id) and its Markdown. */
    public record Page(String name, String markdown) {
    }

    private LessonPages() {
    }

    /** The course of this checkout; fails when any lesson has a problem, since all must render. */
    public static Course course() {
        Course course = LessonLoader.load(COURSE);
        if (!course.isSound() || course.lessons().isEmpty()) {
            throw new IllegalStateException("the course in " + COURSE.toAbsolutePath() + " does not load: "
                    + course.problems());
        }
        return course;
    }

    /** The lesson whose id starts with this two-digit number, such as {@code "02"}. */
    public static Lesson lesson(Course course, String number) {
        return course.lessons().stream().filter(l -> l.id().startsWith(number + "-")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lesson " + number + " in the course"));
    }

    /** The intro page and one page per step, in the lesson's order. */
    public static List<Page> pages(Lesson lesson, Language language) {
        Messages messages = Messages.of(language);
        List<Page> pages = new ArrayList<>();
        StringBuilder intro = new StringBuilder();
        intro.append("# ").append(messages.get("lesson.heading", lesson.number(), text(lesson.title(), language)))
                .append("\n\n");
        LocalizedText.Shown introText = lesson.intro().in(language);
        if (introText.fallback() && !introText.text().isBlank()) {
            intro.append("> ").append(messages.get("lesson.untranslated")).append("\n\n");
        }
        intro.append(introText.text());
        pages.add(new Page("intro", intro.toString()));
        for (int i = 0; i < lesson.steps().size(); i++) {
            Step step = lesson.steps().get(i);
            StringBuilder page = new StringBuilder();
            String position = messages.get(step.optional() ? "lesson.stepOptional" : "lesson.step", i + 1,
                    lesson.steps().size());
            page.append("## ").append(text(step.title(), language)).append("  (").append(position).append(")\n\n");
            LocalizedText.Shown body = step.body().in(language);
            if (body.fallback()) {
                page.append("> ").append(messages.get("lesson.untranslated")).append("\n\n");
            }
            page.append(body.text());
            pages.add(new Page(step.id(), page.toString()));
        }
        return pages;
    }

    /** Render options as the tutor uses them for this language. */
    public static RenderOptions options(Language language, int width, boolean color) {
        return new RenderOptions(width, color, color, RenderLabels.from(Messages.of(language)));
    }

    private static String text(LocalizedText text, Language language) {
        LocalizedText.Shown shown = text.in(language);
        return shown.fallback() ? Messages.FALLBACK_MARKER + shown.text() : shown.text();
    }
}
