package io.github.dockertutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.LessonLoader;
import java.nio.file.Path;
import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class LessonViewTest {
    private static final Course COURSE = LessonLoader.load(Path.of("lessons"));

    private static Lesson lesson(String number) {
        return COURSE.lessons().stream().filter(l -> l.id().startsWith(number + "-")).findFirst().orElseThrow();
    }

    private static List<String> page(String lesson, int step, Language language, int height) {
        return new LessonView(Messages.of(language), 40, false, height).step(lesson(lesson), step).stream()
                .map(AttributedString::toString).toList();
    }

    @Test
    void aPageTallerThanTheScreenEndsWithItsTaskAgain() {
        List<String> tall = page("05", 0, Language.ZH_TW, 30);
        List<String> whole = page("05", 0, Language.ZH_TW, 10_000);
        assertTrue(tall.size() > whole.size(), "the task is added after the page");
        List<String> recap = tall.subList(whole.size(), tall.size());
        assertEquals(whole, tall.subList(0, whole.size()));
        assertTrue(recap.contains("這一步要做的事："), String.join("\n", recap));
        assertTrue(recap.contains("  docker run -d --name web-1234 -p \\"), String.join("\n", recap));
        assertEquals("  8888 -h /www\"", recap.get(recap.size() - 2), "the command is the last thing on screen");
        assertTrue(recap.stream().anyMatch(line -> line.startsWith("啟動一個 busybox 容器")),
                "with the sentence that asks for it");
    }

    @Test
    void aPageThatFitsOrWhoseTaskIsStillOnScreenIsShownAsItIs() {
        assertEquals(page("05", 3, Language.EN, 10_000), page("05", 3, Language.EN, 50),
                "the command to remove web-1234 is among the last lines");
        List<String> quiz = page("05", 1, Language.EN, 10);
        assertEquals(page("05", 1, Language.EN, 10_000), quiz, "a quiz asks its question at the end");
    }

    @Test
    void aTaskWrittenIntoAFileIsTheFilesLinesAndTheEditThatOpensIt() {
        List<String> tall = page("06", 4, Language.EN, 20);
        List<String> whole = page("06", 4, Language.EN, 10_000);
        List<String> recap = tall.subList(whole.size(), tall.size());
        assertTrue(recap.contains("  EXPOSE 8080"), String.join("\n", recap));
        assertTrue(recap.contains("Your task in this step:"), String.join("\n", recap));
    }
}
