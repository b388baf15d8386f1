package io.github.dockertutor.dockerrun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dockertutor.check.DockerfileParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files would carry Windows line endings into an image: the Dockerfile and the #! scripts it copies. */
class LineEndingsTest {
    @TempDir
    Path context;

    @Test
    void findsCrlfScriptsCopiedByFileFolderAndGlobButNotDataOrOtherStages() throws Exception {
        Path dockerfile = context.resolve("Dockerfile");
        Files.writeString(dockerfile, "FROM busybox AS base\nCOPY start.sh /start.sh\nCOPY bin/ /bin/\n"
                + "ADD [\"tools/*.sh\", \"/tools/\"]\nCOPY data.csv /data.csv\nCOPY lf.sh /lf.sh\n"
                + "COPY --from=base /etc/passwd /x\nCOPY --chown=1:1 owned.sh /o.sh\n");
        Files.writeString(context.resolve("start.sh"), "#!/bin/sh\r\necho hi\r\n");
        Files.createDirectories(context.resolve("bin"));
        Files.writeString(context.resolve("bin/run"), "#!/bin/sh\r\nexit 0\r\n");
        Files.createDirectories(context.resolve("tools"));
        Files.writeString(context.resolve("tools/a.sh"), "#!/bin/sh\r\n");
        Files.writeString(context.resolve("tools/b.txt"), "#!/bin/sh\r\n");
        Files.writeString(context.resolve("data.csv"), "a,b\r\n1,2\r\n");
        Files.writeString(context.resolve("lf.sh"), "#!/bin/sh\necho fine\n");
        Files.writeString(context.resolve("owned.sh"), "#!/bin/sh\r\n");
        assertEquals(List.of(context.resolve("start.sh"), context.resolve("bin/run"), context.resolve("tools/a.sh"),
                context.resolve("owned.sh")), LineEndings.crlfFiles(context, dockerfile));
    }

    @Test
    void aCrlfDockerfileIsFoundAsTheCheckPackageReadsIt() throws Exception {
        Path dockerfile = context.resolve("Dockerfile");
        Files.writeString(dockerfile, "FROM busybox\r\nCMD [\"true\"]\r\n");
        assertEquals(true, DockerfileParser.parse(Files.readString(dockerfile)).crlf());
        assertEquals(List.of(dockerfile), LineEndings.crlfFiles(context, dockerfile));
    }

    @Test
    void sourcesLeaveOutFlagsTheDestinationAndUrls() {
        var parsed = DockerfileParser.parse("FROM x\nADD --chown=1:1 https://example.org/a.tgz b.sh c.sh /dst/\n");
        assertEquals(List.of("b.sh", "c.sh"), LineEndings.sources(parsed.instructions().get(1)));
    }
}
