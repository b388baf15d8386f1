package io.github.dockertutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartClassListTest {
    @TempDir
    Path dir;

    @Test
    void theCopyHoldsTheListsWholeLinesAndReplacesAnEarlierOne() throws Exception {
        Path list = dir.resolve("dockertutor.jsa.42.classes");
        // the JVM is writing the third line as the copy is taken
        Files.writeString(list, "java/lang/Object id: 0\nio/github/dockertutor/app/Main\nio/github/docker");
        Files.writeString(dir.resolve("dockertutor.jsa.42.classes.start"), "an older copy\n");

        Path kept = StartClassList.keep(list);

        assertEquals(dir.resolve("dockertutor.jsa.42.classes.start"), kept);
        assertEquals("java/lang/Object id: 0\nio/github/dockertutor/app/Main\n", Files.readString(kept));
        assertFalse(Files.exists(dir.resolve("dockertutor.jsa.42.classes.start.part")), "no half of a copy is left");
    }
}
