package io.github.dockertutor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.lesson.CheckKind;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.LessonLoader;
import io.github.dockertutor.lesson.Step;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every check the shipped course writes can be built, and the course uses every kind. */
class CourseChecksTest {

    @Test
    void everyCheckInTheCourseHasACheck() {
        Course course = LessonLoader.load(Path.of("lessons"));
        Set<CheckKind> used = EnumSet.noneOf(CheckKind.class);
        int steps = 0;
        for (Lesson lesson : course.lessons()) {
            for (Step step : lesson.steps()) {
                assertNotNull(Checks.of(step.check()), lesson.id() + "/" + step.id());
                used.add(step.check().kind());
                steps++;
            }
        }
        assertTrue(steps > 20, "steps: " + steps);
        assertEquals(EnumSet.allOf(CheckKind.class), used);
    }
}
