package io.github.dockertutor.render;

import com.github.dockerjava.api.DockerClient;
import io.github.dockertutor.shell.TutorShell;
import org.jline.reader.LineReader;

/** Breaks every package rule on purpose, so ArchitectureTest can show its rules fail. Never used. */
public final class ForbiddenImportFixture {
    DockerClient client;
    LineReader reader;
    TutorShell shell;
}
