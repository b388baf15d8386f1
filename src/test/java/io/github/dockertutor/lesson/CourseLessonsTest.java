package io.github.dockertutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The real course, as shipped: it lints clean and every lesson has both languages, step for step. */
class CourseLessonsTest {
    private static final Path LESSONS = Path.of("lessons");

    @Test
    void theCourseLintsClean() {
        StringWriter text = new StringWriter();
        int code = new LintCommand().run(LESSONS, Messages.of(Language.EN), new PrintWriter(text, true));
        assertEquals(LintCommand.OK, code, text.toString());
    }

    @Test
    void everyTranslationIsStampedWithItsEnglishAsItIsNow() {
        StringWriter text = new StringWriter();
        int code = new LintCommand().run(LESSONS, true, Messages.of(Language.EN), new PrintWriter(text, true));
        assertEquals(LintCommand.OK, code, "after updating a translation, run ./dockertutor lint --stamp lessons/NN-slug:\n" + text);
    }

    @Test
    void everyLessonHasBothLanguagesWithTheSameSteps() {
        LessonParity.assertParity(LESSONS);
    }

    @Test
    void theCourseFollowsTheSeedsPath() {
        Course course = LessonLoader.load(LESSONS);
        assertTrue(course.isSound(), course.problems().toString());
        assertEquals(14, course.lessons().size());
        for (Lesson lesson : course.lessons()) {
            for (Step step : lesson.steps()) {
                assertTrue(!step.solution().commands().isEmpty() || !step.solution().files().isEmpty(),
                        lesson.id() + "/" + step.id() + " has no solution");
                assertTrue(step.title().get(Language.ZH_TW) != null && !step.title().get(Language.ZH_TW).isBlank(),
                        lesson.id() + "/" + step.id() + " has no Chinese title");
            }
        }
    }
}
