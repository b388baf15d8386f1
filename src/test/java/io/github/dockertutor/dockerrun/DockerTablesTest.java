package io.github.dockertutor.dockerrun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.ImageSummary;
import io.github.dockertutor.engine.PortMapping;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docker images and docker ps, compared with what the docker command prints for the same data. */
class DockerTablesTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final String BUSYBOX_ID = "sha256:47a4962691df0000000000000000000000000000000000000000000000000000";

    @Test
    void imagesLikeDocker() {
        List<ImageSummary> images = List.of(
                new ImageSummary(BUSYBOX_ID, List.of("busybox:latest"), NOW.getEpochSecond() - 90, 1_978_000, Map.of()),
                new ImageSummary("sha256:0123456789abcdef", List.of("localhost:5000/my-first-image:1.0", "web:latest"),
                        NOW.getEpochSecond() - 15 * 86400, 4_264_960, Map.of()),
                new ImageSummary("sha256:fedcba9876543210", List.of(), NOW.getEpochSecond() - 3 * 3600, 1_570_000_000,
                        Map.of()));
        assertEquals(List.of(
                "REPOSITORY                      TAG       IMAGE ID       CREATED              SIZE",
                "busybox                         latest    47a4962691df   About a minute ago   1.98MB",
                "localhost:5000/my-first-image   1.0       0123456789ab   2 weeks ago          4.26MB",
                "web                             latest    0123456789ab   2 weeks ago          4.26MB",
                "<none>                          <none>    fedcba987654   3 hours ago          1.57GB"),
                ImagesTable.lines(images, NOW));
        assertEquals(List.of("47a4962691df", "0123456789ab", "0123456789ab", "fedcba987654"), ImagesTable.quiet(images));
    }

    @Test
    void anEmptyListIsTheHeaderAlone() {
        assertEquals(List.of("REPOSITORY   TAG       IMAGE ID   CREATED   SIZE"), ImagesTable.lines(List.of(), NOW));
        assertEquals(List.of("CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES"),
                PsTable.lines(List.of(), NOW));
    }

    @Test
    void psLikeDocker() {
        List<ContainerSummary> containers = List.of(
                new ContainerSummary("fb479ad4454f0123456789", "dt-web", "busybox", "httpd -f -p 8888 -h /www",
                        NOW.getEpochSecond() - 5, "running", "Up 4 seconds",
                        List.of(new PortMapping("0.0.0.0", 1234, 8888, "tcp"), new PortMapping("::", 1234, 8888, "tcp")),
                        Map.of()),
                new ContainerSummary("53865a159c7b0123456789", "dt-build", "my-first-image:1.0",
                        "sh -c 'mkdir -p /src && cd /src && make'", NOW.getEpochSecond() - 2 * 86400, "exited",
                        "Exited (0) 2 days ago", List.of(), Map.of()));
        assertEquals(List.of(
                "CONTAINER ID   IMAGE                COMMAND                  CREATED         STATUS                  PORTS"
                        + " ".repeat(43 + 3 - 5) + "NAMES",
                "fb479ad4454f   busybox              \"httpd -f -p 8888 -h…\"   5 seconds ago   Up 4 seconds            "
                        + "0.0.0.0:1234->8888/tcp, [::]:1234->8888/tcp   dt-web",
                "53865a159c7b   my-first-image:1.0   \"sh -c 'mkdir -p /sr…\"   2 days ago      Exited (0) 2 days ago   "
                        + " ".repeat(43 + 3) + "dt-build"),
                PsTable.lines(containers, NOW));
        assertEquals(List.of("fb479ad4454f", "53865a159c7b"), PsTable.quiet(containers));
    }

    @Test
    void commandsAreCutAtTwentyColumnsAndQuotedLikeGo() {
        assertEquals("\"docker-entrypoint.s…\"", PsTable.command("docker-entrypoint.sh postgres"));
        assertEquals("\"sh\"", PsTable.command("sh"));
        assertEquals("\"\"", PsTable.command(""));
        assertEquals("\"echo \\\"hi\\\"\"", PsTable.command("echo \"hi\""));
        assertEquals("\"echo 你好世界你好世…\"", PsTable.command("echo 你好世界你好世界你好世界"));
    }

    @Test
    void portsLikeDockerDisplayablePorts() {
        assertEquals("0.0.0.0:1234->8888/tcp", PsTable.ports(List.of(new PortMapping("0.0.0.0", 1234, 8888, "tcp"))));
        // same host and container port: grouped into ranges, before the other mappings
        assertEquals("0.0.0.0:8000-8001->8000-8001/tcp, 0.0.0.0:9000->80/tcp", PsTable.ports(List.of(
                new PortMapping("0.0.0.0", 8001, 8001, "tcp"),
                new PortMapping("0.0.0.0", 9000, 80, "tcp"),
                new PortMapping("0.0.0.0", 8000, 8000, "tcp"))));
        // sorted by container port, as docker does: 53 before 80
        assertEquals("0.0.0.0:5353->53/udp, 127.0.0.1:18080->80/tcp", PsTable.ports(List.of(
                new PortMapping("0.0.0.0", 5353, 53, "udp"),
                new PortMapping("127.0.0.1", 18080, 80, "tcp"))));
        assertEquals("", PsTable.ports(List.of()));
    }

    @Test
    void repositoryAndTagSplitAfterTheLastSlash() {
        assertEquals(List.of("localhost:5000/web", "1.0"), List.of(ImagesTable.splitTag("localhost:5000/web:1.0")));
        assertEquals(List.of("localhost:5000/web", "<none>"), List.of(ImagesTable.splitTag("localhost:5000/web")));
    }
}
