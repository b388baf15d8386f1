package io.github.dockertutor.dockercli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParsersTest {
    private static void assertFails(String key, List<Object> args, Executable parse) {
        ParseException e = assertThrows(ParseException.class, parse);
        assertEquals(key, e.key());
        assertEquals(args, e.args());
    }

    // --- image references ---

    @ParameterizedTest
    @CsvSource({
        "busybox, docker.io/library/busybox:latest, busybox:latest",
        "busybox:1.36, docker.io/library/busybox:1.36, busybox:1.36",
        "library/busybox, docker.io/library/busybox:latest, busybox:latest",
        "docker.io/busybox, docker.io/library/busybox:latest, busybox:latest",
        "index.docker.io/library/busybox:1, docker.io/library/busybox:1, busybox:1",
        "tensorflow/tensorflow, docker.io/tensorflow/tensorflow:latest, tensorflow/tensorflow:latest",
        "localhost:5000/library/busybox, localhost:5000/library/busybox:latest, localhost:5000/library/busybox:latest",
        "localhost/app:v2, localhost/app:v2, localhost/app:v2",
        "ghcr.io/owner/sub/app:1.0-rc_1, ghcr.io/owner/sub/app:1.0-rc_1, ghcr.io/owner/sub/app:1.0-rc_1",
        "my_org/my__app.x-y, docker.io/my_org/my__app.x-y:latest, my_org/my__app.x-y:latest",
        "a--b, docker.io/library/a--b:latest, a--b:latest",
        "[::1]:5000/app, [::1]:5000/app:latest, [::1]:5000/app:latest",
        "test_image_2, docker.io/library/test_image_2:latest, test_image_2:latest"})
    void normalizesLikeDocker(String typed, String full, String familiar) throws ParseException {
        ImageReference reference = ImageReference.parse(typed).normalize();
        assertEquals(full, reference.fullName());
        assertEquals(familiar, reference.familiarName());
    }

    @Test
    void digestsAreKeptAndNoTagIsAdded() throws ParseException {
        String digest = "sha256:" + "0123456789abcdef".repeat(4);
        ImageReference byDigest = ImageReference.parse("busybox@" + digest).normalize();
        assertEquals(Optional.empty(), byDigest.tag());
        assertEquals("busybox@" + digest, byDigest.familiarName());
        assertEquals("latest", byDigest.tagOrLatest());
        ImageReference both = ImageReference.parse("busybox:1@" + digest);
        assertEquals("docker.io/library/busybox:1@" + digest, both.fullName());
    }

    @Test
    void tagsUpTo128Characters() throws ParseException {
        assertEquals(128, ImageReference.parse("a:" + "t".repeat(128)).tag().orElseThrow().length());
        assertFails("parse.image.invalidFormat", List.of(), () -> ImageReference.parse("a:" + "t".repeat(129)));
        assertFails("parse.image.invalidFormat", List.of(), () -> ImageReference.parse("a:.tag"));
    }

    @Test
    void uppercaseRepositoryIsDockersLowercaseError() {
        assertFails("parse.image.uppercase", List.of("Busybox"), () -> ImageReference.parse("Busybox"));
        assertFails("parse.image.uppercase", List.of("me/MyApp"), () -> ImageReference.parse("me/MyApp:1"));
        assertFails("parse.image.uppercase", List.of("localhost:5000/App"),
                () -> ImageReference.parse("localhost:5000/App"));
    }

    @Test
    void uppercaseTagsAndRegistryHostsAreFine() throws ParseException {
        assertEquals(Optional.of("V1"), ImageReference.parse("busybox:V1").tag());
        // docker reads an uppercase first part as a registry host, not as a repository
        assertEquals("MyHost", ImageReference.parse("MyHost/app").domain());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-busybox", "busybox-", "a//b", "a/", "/a", "a b", "a:b:c", "a@sha256:xyz", "a__-b",
        "映像檔", "a:", "@sha256:0000", "a..b"})
    void malformedReferences(String typed) {
        ParseException e = assertThrows(ParseException.class, () -> ImageReference.parse(typed));
        assertTrue(e.key().startsWith("parse.image."), e.key());
    }

    @Test
    void otherReferenceErrors() {
        assertFails("parse.image.empty", List.of(), () -> ImageReference.parse(""));
        String hex = "a".repeat(64);
        assertFails("parse.image.hexName", List.of(hex), () -> ImageReference.parse(hex));
        assertFails("parse.image.nameTooLong", List.of(255), () -> ImageReference.parse("a/".repeat(128) + "a"));
        assertFails("parse.image.badDigest", List.of("sha256:" + "a".repeat(40)),
                () -> ImageReference.parse("a@sha256:" + "a".repeat(40)));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)   // a regular expression that backtracks without end would hang here
    void pathologicalReferencesAreRefused() {
        List<String> inputs = List.of("a.".repeat(500) + "!", "a-".repeat(500) + "!", "a/".repeat(500) + "!",
                "a.a-".repeat(250) + ":", "A".repeat(1000) + "/a", "a:" + "b.".repeat(500), "x".repeat(1025));
        for (String input : inputs) {
            assertThrows(ParseException.class, () -> ImageReference.parse(input));
        }
    }

    // --- ports ---

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "80|80/tcp",
        "1234:8888|1234:8888/tcp",
        "127.0.0.1:18080:80|127.0.0.1:18080:80/tcp",
        "127.0.0.1::80|127.0.0.1::80/tcp",
        "53:53/udp|53:53/udp",
        "8000-8010:8000-8010|8000-8010:8000-8010/tcp",
        "8000-8010:80|8000-8010:80/tcp",
        "[::1]:8080:80|[::1]:8080:80/tcp",
        "::1:8080:80|[::1]:8080:80/tcp",
        "65535:1/SCTP|65535:1/sctp"})
    void portMappings(String spec, String canonical) throws ParseException {
        assertEquals(canonical, PortMapping.parse(spec).toString());
    }

    @Test
    void portMappingParts() throws ParseException {
        PortMapping p = PortMapping.parse("0.0.0.0:8000-8001:9000-9001/udp");
        assertEquals(Optional.of("0.0.0.0"), p.hostIp());
        assertEquals(Optional.of(new PortMapping.PortRange(8000, 8001)), p.hostPorts());
        assertEquals(2, p.containerPorts().size());
        assertEquals("udp", p.protocol());
        assertFalse(PortMapping.parse("80").hostPorts().isPresent());
    }

    @Test
    void badPortsAreNamed() {
        assertFails("parse.port.container", List.of("70000"), () -> PortMapping.parse("8080:70000"));
        assertFails("parse.port.host", List.of("0"), () -> PortMapping.parse("0:80"));
        assertFails("parse.port.host", List.of("99999"), () -> PortMapping.parse("8000-99999:80"));
        assertFails("parse.port.container", List.of("http"), () -> PortMapping.parse("80:http"));
        assertFails("parse.port.container", List.of(""), () -> PortMapping.parse("80:"));
        assertFails("parse.port.container", List.of("８０"), () -> PortMapping.parse("８０"));
        assertFails("parse.port.backwardsRange", List.of("9000-8000"), () -> PortMapping.parse("9000-8000"));
        assertFails("parse.port.rangeMismatch", List.of(new PortMapping.PortRange(8000, 8002),
                new PortMapping.PortRange(80, 81)), () -> PortMapping.parse("8000-8002:80-81"));
        assertFails("parse.port.protocol", List.of("http"), () -> PortMapping.parse("80/http"));
        assertFails("parse.port.ip", List.of("300.1.1.1"), () -> PortMapping.parse("300.1.1.1:80:80"));
        assertFails("parse.port.ip", List.of("localhost"), () -> PortMapping.parse("localhost:80:80"));
        assertFails("parse.port.empty", List.of(), () -> PortMapping.parse(""));
        assertFails("parse.port.format", List.of("[::1"), () -> PortMapping.parse("[::1"));
    }

    // --- env, labels, names, volumes ---

    @Test
    void environmentVariables() throws ParseException {
        assertEquals(new EnvVar("A", Optional.of("b=c")), EnvVar.parse("A=b=c"));
        assertEquals(new EnvVar("A", Optional.of("")), EnvVar.parse("A="));
        assertEquals(new EnvVar("HOME", Optional.empty()), EnvVar.parse("HOME"));
        assertFails("parse.env.invalid", List.of("=x"), () -> EnvVar.parse("=x"));
        assertFails("parse.env.invalid", List.of(""), () -> EnvVar.parse(""));
        assertFails("parse.env.whitespace", List.of("MY VAR"), () -> EnvVar.parse("MY VAR=1"));
    }

    @Test
    void labels() throws ParseException {
        assertEquals(new Label("dockertutor.lesson", "03-pull"), Label.parse("dockertutor.lesson=03-pull"));
        // a label without a value is one with an empty value, as docker takes it
        assertEquals(new Label("x", ""), Label.parse("x"));
        assertFails("parse.label.emptyKey", List.of("=v"), () -> Label.parse("=v"));
        assertFails("parse.label.whitespace", List.of("a b"), () -> Label.parse("a b=c"));
    }

    @Test
    void containerNames() throws ParseException {
        assertEquals("web_1.a-b", ContainerName.validate("web_1.a-b"));
        assertEquals("web", ContainerName.validate("/web"));
        for (String bad : List.of("-web", ".web", "my web", "web!", "容器", "")) {
            assertFails("parse.name.invalid", List.of(bad), () -> ContainerName.validate(bad));
        }
    }

    @Test
    void volumes() throws ParseException {
        VolumeMapping bind = VolumeMapping.parse("/srv/www:/www:ro");
        assertEquals(new VolumeMapping(Optional.of("/srv/www"), "/www", true, VolumeMapping.Kind.BIND), bind);
        assertEquals(VolumeMapping.Kind.BIND, VolumeMapping.parse("./data:/data").kind());
        assertEquals(VolumeMapping.Kind.BIND, VolumeMapping.parse("~/data:/data:rw").kind());
        VolumeMapping windows = VolumeMapping.parse("E:\\repository\\docker:/app");
        assertEquals(Optional.of("E:\\repository\\docker"), windows.source());
        assertEquals(VolumeMapping.Kind.BIND, windows.kind());
        assertEquals(VolumeMapping.Kind.NAMED, VolumeMapping.parse("pgdata:/var/lib/postgresql/data").kind());
        VolumeMapping anonymous = VolumeMapping.parse("/cache");
        assertEquals(VolumeMapping.Kind.ANONYMOUS, anonymous.kind());
        assertEquals(Optional.empty(), anonymous.source());
    }

    @Test
    void badVolumes() {
        assertFails("parse.volume.mode", List.of("rx"), () -> VolumeMapping.parse("/a:/b:rx"));
        assertFails("parse.volume.relativeTarget", List.of("app"), () -> VolumeMapping.parse("/a:app"));
        assertFails("parse.volume.relativeTarget", List.of("data"), () -> VolumeMapping.parse("data"));
        assertFails("parse.volume.format", List.of("/a:/b:ro:x"), () -> VolumeMapping.parse("/a:/b:ro:x"));
        assertFails("parse.volume.format", List.of(":/b"), () -> VolumeMapping.parse(":/b"));
        assertFails("parse.volume.format", List.of(""), () -> VolumeMapping.parse(""));
        assertFails("parse.volume.name", List.of("a"), () -> VolumeMapping.parse("a:/b"));
        assertFails("parse.volume.name", List.of("my vol"), () -> VolumeMapping.parse("my vol:/b"));
    }

    @Test
    void ipAddresses() {
        for (String good : List.of("127.0.0.1", "0.0.0.0", "255.255.255.255")) {
            assertTrue(IpAddresses.isIpv4(good), good);
        }
        for (String bad : List.of("256.0.0.1", "1.2.3", "1.2.3.4.5", "a.b.c.d", "")) {
            assertFalse(IpAddresses.isIpv4(bad), bad);
        }
        for (String good : List.of("::", "::1", "1::", "fe80::1", "1:2:3:4:5:6:7:8", "::ffff:127.0.0.1")) {
            assertTrue(IpAddresses.isIpv6(good), good);
        }
        for (String bad : List.of(":", "1:2", "1::2::3", "1:2:3:4:5:6:7:8:9", "12345::", "g::1", "::1.2.3")) {
            assertFalse(IpAddresses.isIpv6(bad), bad);
        }
    }
}
