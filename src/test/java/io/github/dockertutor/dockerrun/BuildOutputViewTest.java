package io.github.dockertutor.dockerrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.engine.BuildResult;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.tui.LiveArea;
import io.github.dockertutor.tui.PlainScreen;
import io.github.dockertutor.tui.Screen;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class BuildOutputViewTest {
    private static final BuildResult RESULT = new BuildResult(
            "sha256:9f8e7d6c5b4a00000000000000000000000000000000000000000000000000", List.of("my-first-image:latest"), 3, 2);

    /** A colored screen that keeps the styled lines. */
    private static final class StyledScreen implements Screen {
        final List<AttributedString> lines = new ArrayList<>();

        @Override
        public int width() {
            return 80;
        }

        @Override
        public boolean color() {
            return true;
        }

        @Override
        public boolean live() {
            return true;
        }

        @Override
        public void println(String text) {
            lines.add(new AttributedString(text));
        }

        @Override
        public void println(AttributedString text) {
            lines.add(text);
        }

        @Override
        public void flush() {
        }

        @Override
        public LiveArea liveArea() {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void linesPassThroughAndTheSummaryCountsTheCache() {
        StringWriter out = new StringWriter();
        BuildOutputView view = new BuildOutputView(new PlainScreen(new PrintWriter(out), 80), Messages.of(Language.EN));
        for (String line : List.of("Step 1/3 : FROM busybox", " ---> 47a4962691df", "Step 2/3 : COPY . /app",
                " ---> Using cache", "Successfully built 9f8e7d6c5b4a")) {
            view.accept(line);
        }
        view.finish(RESULT);
        List<String> lines = out.toString().lines().toList();
        assertEquals("Step 1/3 : FROM busybox", lines.get(0));
        // the summary is wrapped to the screen's 80 columns
        assertEquals(List.of("Built image 9f8e7d6c5b4a (my-first-image:latest); steps that came from the build",
                "cache: 2 of 3."), lines.subList(5, lines.size()));
    }

    @Test
    void stepLinesStandOutInColorAndOthersDoNot() {
        StyledScreen screen = new StyledScreen();
        BuildOutputView view = new BuildOutputView(screen, Messages.of(Language.EN));
        view.accept("Step 2/5 : RUN echo hi");
        view.accept("hi");
        assertTrue(screen.lines.get(0).styleAt(0).equals(AttributedStyle.BOLD.foreground(AttributedStyle.CYAN)));
        assertEquals(AttributedStyle.DEFAULT, screen.lines.get(1).styleAt(0));
    }

    @Test
    void escapeSequencesInAStepsOutputCannotMoveTheCursor() {
        StringWriter out = new StringWriter();
        BuildOutputView view = new BuildOutputView(new PlainScreen(new PrintWriter(out), 80), Messages.of(Language.EN));
        view.accept("\u001b[2J\u001b[Hgotcha");
        assertFalse(out.toString().contains("\u001b"), out.toString());
    }

    @Test
    void anUntaggedImageSaysSoInChinese() {
        StringWriter out = new StringWriter();
        BuildOutputView view = new BuildOutputView(new PlainScreen(new PrintWriter(out), 80), Messages.of(Language.ZH_TW));
        view.finish(new BuildResult("sha256:9f8e7d6c5b4a0000", List.of(), 4, 0));
        assertEquals("已建置映像檔 9f8e7d6c5b4a（沒有名稱）；4 個步驟中有 0 個來自建置快取。", out.toString().strip());
    }
}
