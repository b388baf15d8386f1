package io.github.dockertutor.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.LessonLoader;
import io.github.dockertutor.lesson.PageMarkdown;

/**
 * The pages of a real lesson as Markdown, as the tutor's lesson view gets them from
 * {@link PageMarkdown}; the course is read through {@link LessonLoader}. Used by the golden tests
 * and the render bench.
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
        pages.add(new Page("intro", PageMarkdown.intro(lesson, messages)));
        for (int i = 0; i < lesson.steps().size(); i++) {
            pages.add(new Page(lesson.steps().get(i).id(), PageMarkdown.step(lesson, i, messages)));
        }
        return pages;
    }

    /** Render options as the tutor uses them for this language. */
    public static RenderOptions options(Language language, int width, boolean color) {
        return new RenderOptions(width, color, color, RenderLabels.from(Messages.of(language)));
    }
}
