package io.github.dockertutor.dockercli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The values of run's host flags, checked as docker's CLI checks them. */
class RunValuesTest {
    private static RunCommand run(String line) throws ParseException {
        return (RunCommand) DockerCommandParser.parseLine(line);
    }

    private static ParseException error(String line) {
        return assertThrows(ParseException.class, () -> DockerCommandParser.parseLine(line));
    }

    @Test
    void sizesAreDockersPowersOf1024() throws ParseException {
        assertEquals(512L * 1024 * 1024, ByteSize.parse("512m"));
        assertEquals(300L * 1024 * 1024, ByteSize.parse("300M"));
        assertEquals(1536L * 1024 * 1024, ByteSize.parse("1.5g"));
        assertEquals(64L * 1024 * 1024, ByteSize.parse("64mb"));
        assertEquals(1000, ByteSize.parse("1000"));
        assertEquals("parse.value.size", assertThrows(ParseException.class, () -> ByteSize.parse("lots")).key());
        assertEquals(Optional.of(512L * 1024 * 1024), run("docker run --memory=\"512m\" busybox").container().host().memory());
    }

    @Test
    void cpusAreBillionthsAndTooFineIsRefused() throws ParseException {
        assertEquals(Optional.of(500_000_000L), run("docker run --cpus=\"0.5\" busybox").container().host().nanoCpus());
        assertEquals(Optional.of(2_000_000_000L), run("docker run --cpus 2 busybox").container().host().nanoCpus());
        assertEquals("parse.flag.invalidArgument", error("docker run --cpus 0.0000000001 busybox").key());
        assertEquals("parse.flag.invalidArgument", error("docker run --cpus half busybox").key());
    }

    @Test
    void restartPolicies() throws ParseException {
        assertEquals(new RestartPolicy("always", 0), RestartPolicy.parse("always"));
        assertEquals(new RestartPolicy("on-failure", 3), RestartPolicy.parse("on-failure:3"));
        assertEquals(new RestartPolicy("no", 0), RestartPolicy.parse(""));
        assertEquals("parse.restart.retries", assertThrows(ParseException.class,
                () -> RestartPolicy.parse("always:3")).key());
        assertEquals("parse.restart.unknown", assertThrows(ParseException.class,
                () -> RestartPolicy.parse("sometimes")).key());
    }

    @Test
    void mountsReadDockersKeysAndRefuseOnesTheTutorDoesNotRun() throws ParseException {
        MountSpec bind = MountSpec.parse("type=bind,src=./site,target=/usr/share/nginx/html,readonly");
        assertEquals(MountSpec.BIND, bind.type());
        assertEquals(Optional.of("./site"), bind.source());
        assertEquals("/usr/share/nginx/html", bind.target());
        assertTrue(bind.readOnly());
        MountSpec volume = MountSpec.parse("source=nginx-vol,destination=/usr/share/nginx/html");
        assertEquals(MountSpec.VOLUME, volume.type());
        MountSpec tmpfs = MountSpec.parse("type=tmpfs,dst=/run,tmpfs-size=64m,tmpfs-mode=1770");
        assertEquals(Optional.of(64L * 1024 * 1024), tmpfs.tmpfsSize());
        assertEquals(Optional.of(01770), tmpfs.tmpfsMode());
        // quoted as CSV, a field may hold a comma
        assertEquals(Optional.of("/a,b"), MountSpec.parse("type=bind,\"src=/a,b\",dst=/x").source());
        ParseException notRun = assertThrows(ParseException.class,
                () -> MountSpec.parse("type=volume,src=v,dst=/d,volume-subpath=x"));
        assertTrue(notRun.isRefusal());
        assertEquals("parse.mount.keyNotRun", notRun.key());
        assertEquals("parse.mount.noTarget", assertThrows(ParseException.class,
                () -> MountSpec.parse("type=bind,src=/a")).key());
        assertTrue(assertThrows(ParseException.class, () -> MountSpec.parse("type=npipe,src=a,dst=/b")).isRefusal());
    }

    @Test
    void networkingValues() throws ParseException {
        HostOptions host = run("docker run --add-host db:10.0.0.5 --add-host=web=10.0.0.6 --link es:search "
                + "--network-alias mysql --dns 8.8.8.8 --expose 8000-8001/udp -h myweb busybox").container().host();
        assertEquals(List.of("db:10.0.0.5", "web:10.0.0.6"), host.extraHosts());
        assertEquals(List.of("es:search"), host.links());
        assertEquals(List.of("mysql"), host.networkAliases());
        assertEquals(List.of("8.8.8.8"), host.dns());
        assertEquals("8000-8001/udp", host.expose().get(0).toString());
        assertEquals(Optional.of("myweb"), host.hostname());
        assertEquals("parse.flag.invalidArgument", error("docker run --add-host db busybox").key());
        assertEquals("parse.flag.invalidArgument", error("docker run --ip 300.1.1.1 busybox").key());
    }

    @Test
    void capabilitiesDevicesAndSignals() throws ParseException {
        HostOptions host = run("docker run --cap-add SYS_ADMIN --cap-add cap_net_admin --cap-drop ALL "
                + "--device /dev/fuse --stop-signal sigterm --gpus all busybox").container().host();
        assertEquals(List.of("SYS_ADMIN", "NET_ADMIN"), host.capAdd());
        assertEquals(List.of("ALL"), host.capDrop());
        assertEquals(List.of("/dev/fuse"), host.devices());
        assertEquals(Optional.of("SIGTERM"), host.stopSignal());
        assertEquals(Optional.of("all"), host.gpus());
        assertTrue(error("docker run --gpus \"capabilities=compute\" busybox").isRefusal());
    }

    @Test
    void filtersFormatsAndTimes() throws ParseException {
        assertEquals(new ListFilter("status", "exited"), ListFilter.parse("status=exited"));
        assertEquals(new ListFilter("label", "a=b"), ListFilter.parse("label=a=b"));
        assertEquals(Map.of("label", List.of("a", "b")), ListFilter.asMap(List.of(new ListFilter("label", "a"),
                new ListFilter("label", "b"))));
        assertEquals("parse.filter.format", assertThrows(ParseException.class, () -> ListFilter.parse("dangling")).key());
        assertEquals(OutputFormat.Kind.TABLE_TEMPLATE, OutputFormat.parse("table {{.ID}}\\t{{.Names}}").kind());
        assertEquals(OutputFormat.Kind.JSON, OutputFormat.parse("json").kind());
        assertEquals(OutputFormat.TABLE, OutputFormat.parse("table"));
        assertEquals(OutputFormat.Kind.TEMPLATE, OutputFormat.parse("{{.Names}}").kind());
        assertTrue(assertThrows(ParseException.class, () -> OutputFormat.parse("{{html .Names}}")).isRefusal());
        Instant now = Instant.parse("2024-05-01T12:00:00Z");
        assertEquals(now.minus(Duration.ofMinutes(42)), DockerTime.parse("42m").at(now));
        assertEquals(now.minus(Duration.ofMinutes(90)), DockerTime.parse("1h30m").at(now));
        assertEquals(Instant.parse("2013-01-02T13:23:37Z"), DockerTime.parse("2013-01-02T13:23:37Z").at(now));
        assertEquals(Instant.parse("2024-01-02T00:00:00Z"), DockerTime.parse("2024-01-02").at(now));
        assertEquals(Instant.ofEpochSecond(1700000000), DockerTime.parse("1700000000").at(now));
        assertEquals("parse.value.time", assertThrows(ParseException.class, () -> DockerTime.parse("soon")).key());
    }
}
