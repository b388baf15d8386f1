package io.github.dockertutor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.LessonLoader;
import io.github.dockertutor.lesson.Step;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The shipped course loads whole and uses every kind of check there is. */
class CourseChecksTest {

    @Test
    void theCourseLoadsWithoutProblemsAndUsesEveryKind() {
        Course course = LessonLoader.load(Path.of("lessons"));
        assertEquals(java.util.List.of(), course.problems());
        Set<String> used = new TreeSet<>();
        int steps = 0;
        for (Lesson lesson : course.lessons()) {
            for (Step step : lesson.steps()) {
                used.add(step.check().kind().name());
                steps++;
            }
        }
        assertTrue(steps > 20, "steps: " + steps);
        Set<String> all = new TreeSet<>();
        Checks.KINDS.forEach(kind -> all.add(kind.name()));
        assertEquals(all, used);
        assertEquals(Checks.KINDS.size(), new LinkedHashSet<>(Checks.KINDS.stream().map(CheckKind::name).toList()).size(),
                "two kinds share a name");
    }
}
