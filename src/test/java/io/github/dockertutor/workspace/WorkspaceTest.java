package io.github.dockertutor.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one rule for what is inside the learner's workspace, decided on real paths. */
class WorkspaceTest {
    @TempDir
    Path top;

    private Workspace workspace() throws IOException {
        Path root = Files.createDirectories(top.resolve("ws"));
        return new Workspace(root);
    }

    @Test
    void namesInsideResolveRelativeOrAbsolute() throws IOException {
        Workspace workspace = workspace();
        assertEquals(Optional.of(workspace.root().resolve("Dockerfile")), workspace.resolve("Dockerfile"));
        assertEquals(Optional.of(workspace.root().resolve("a/b.txt")), workspace.resolve("a/./b.txt"));
        assertEquals(Optional.of(workspace.root()), workspace.resolve("."));
        assertEquals(Optional.of(workspace.root().resolve("x")), workspace.resolve(workspace.root() + "/x"));
    }

    @Test
    void spellingsThatLeaveAreRefused() throws IOException {
        Workspace workspace = workspace();
        for (String name : new String[] {"..", "../ws2", "a/../../x", "/etc/passwd", "//etc/passwd", "/.", "",
                " ", "a\0b", top + "/ws/../outside"}) {
            assertTrue(workspace.resolve(name).isEmpty(), name);
        }
    }

    @Test
    void aLinkLeadingOutIsOutsideEvenWhenItDangles() throws IOException {
        Workspace workspace = workspace();
        Path outside = Files.createDirectories(top.resolve("outside"));
        Files.createSymbolicLink(workspace.root().resolve("out"), outside);
        Files.createSymbolicLink(workspace.root().resolve("dangling"), outside.resolve("not-yet.txt"));
        Files.createSymbolicLink(workspace.root().resolve("inner"), workspace.root().resolve("page.html"));
        assertTrue(workspace.resolve("out/secret").isEmpty());
        assertTrue(workspace.resolve("dangling").isEmpty(), "writing through it would create a file outside");
        assertFalse(workspace.contains(workspace.root().resolve("dangling")));
        assertTrue(workspace.resolve("inner").isPresent(), "a link to a file inside that is not there yet");
    }

    @Test
    void aLoopOfLinksIsOutside() throws IOException {
        Workspace workspace = workspace();
        Files.createSymbolicLink(workspace.root().resolve("a"), workspace.root().resolve("b"));
        Files.createSymbolicLink(workspace.root().resolve("b"), workspace.root().resolve("a"));
        assertTrue(workspace.resolve("a").isEmpty());
    }

    @Test
    void aWorkspaceReachedThroughALinkStillContainsItsFiles() throws IOException {
        Path real = workspace().root();
        Path link = Files.createSymbolicLink(top.resolve("link-to-ws"), real);
        Workspace viaLink = new Workspace(link);
        assertTrue(viaLink.resolve("Dockerfile").isPresent());
        assertTrue(viaLink.resolve(real + "/Dockerfile").isPresent());
    }

    @Test
    void lessonPathsMustBePortableAndRelative() {
        for (String good : new String[] {"Dockerfile", "site/index.html", "data\\\\scores.csv"}) {
            assertTrue(Workspace.isPortableRelative(good), good);
        }
        for (String bad : new String[] {"/etc/passwd", "\\\\server\\\\x", "C:\\\\x", "~/x", "../x", "a/../../x", "", "a\0"}) {
            assertFalse(Workspace.isPortableRelative(bad), bad);
        }
    }
}
