package io.github.dockertutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The parity helper passes on the fixture course and names each language gap in the broken cases. */
class LessonParityTest {

    @Test
    void theFixtureCourseHasTheSameStepsInBothLanguages() {
        // 04-broken-typo fails lint for a check field, not for its languages
        LessonParity.assertParity(Fixtures.path("course"));
    }

    @Test
    void namesEachLanguageGap() {
        List<String> mismatches = LessonParity.mismatches(Fixtures.path("broken"));
        assertEquals(true, mismatches.contains(
                "14-missing-section: zh-TW.md has steps [pull-busybox] but lesson.yaml [pull-busybox, list-images]"),
                mismatches.toString());
        assertEquals(true, mismatches.contains("25-missing-zh-md: zh-TW.md is missing or unreadable"));
        assertEquals(true, mismatches.contains("19-hint-translation: hint 1 of list-images has no zh-TW"));
        assertEquals(true, mismatches.contains(
                "31-section-order: en.md has steps [list-images, pull-busybox] but lesson.yaml [pull-busybox, list-images]"));
        assertThrows(AssertionFailedError.class, () -> LessonParity.assertParity(Fixtures.path("broken")));
        LessonParity.assertLoaderAgrees(Fixtures.path("broken"));
    }
}
