package io.github.dockertutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.engine.EngineEndpoint.Source;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngineAdviceTest {
    private static ProbeResult result(String host, Source source, String detail, boolean explicit, ProbeStatus status) {
        EngineEndpoint endpoint = new EngineEndpoint(URI.create(host), source, detail, explicit, false, Optional.empty());
        return status == ProbeStatus.ANSWERED
                ? ProbeResult.answered(endpoint, new EngineInfo("Docker Engine", "27.1", "1.46", "linux", "amd64"))
                : ProbeResult.failed(endpoint, status, "");
    }

    private static LocateResult none(ProbeResult... tried) {
        return new LocateResult(List.of(tried), Optional.empty(), Optional.empty());
    }

    @Test
    void permissionDeniedOnLinuxSaysDockerGroupAndNeverChmod() {
        var advice = new EngineAdvice("Linux").adviseFor(none(
                result("unix:///var/run/docker.sock", Source.KNOWN_SOCKET, "Docker Engine", false,
                        ProbeStatus.PERMISSION_DENIED)));
        assertEquals("doctor.fix.permission.linux", advice.get(0).key());
        String english = Messages.of(Language.EN).get(advice.get(0).key(), advice.get(0).args().toArray());
        assertTrue(english.contains("usermod -aG docker"));
        assertTrue(english.contains("/var/run/docker.sock"));
        String chinese = Messages.of(Language.ZH_TW).get(advice.get(0).key(), advice.get(0).args().toArray());
        assertTrue(chinese.contains("docker 群組"));
    }

    @Test
    void permissionBeatsAStoppedEngineAndStoppedBeatsNothing() {
        var advice = new EngineAdvice("Linux").adviseFor(none(
                result("unix:///a.sock", Source.KNOWN_SOCKET, "Docker Engine", false, ProbeStatus.NOT_RUNNING),
                result("unix:///b.sock", Source.KNOWN_SOCKET, "Docker Engine", false, ProbeStatus.PERMISSION_DENIED)));
        assertEquals("doctor.fix.permission.linux", advice.get(0).key());
        var stopped = new EngineAdvice("Linux").adviseFor(none(
                result("unix:///a.sock", Source.KNOWN_SOCKET, "Docker Engine", false, ProbeStatus.MISSING),
                result("unix:///b.sock", Source.KNOWN_SOCKET, "Docker Engine", false, ProbeStatus.NOT_RUNNING)));
        assertEquals("doctor.fix.start.linux", stopped.get(0).key());
    }

    @Test
    void stoppedProductsGetTheirOwnStartCommand() {
        assertEquals("doctor.fix.start.colima", new EngineAdvice("Mac OS X").adviseFor(none(
                result("unix:///c.sock", Source.KNOWN_SOCKET, "Colima", false, ProbeStatus.NOT_RUNNING))).get(0).key());
        assertEquals("doctor.fix.start.desktop", new EngineAdvice("Mac OS X").adviseFor(none(
                result("unix:///d.sock", Source.KNOWN_SOCKET, "Docker Desktop (macOS)", false,
                        ProbeStatus.NOT_RUNNING))).get(0).key());
    }

    @Test
    void nothingAnywhereSaysInstallForTheOs() {
        for (String os : new String[] {"Linux", "Mac OS X", "Windows 10"}) {
            var advice = new EngineAdvice(os).adviseFor(none(
                    result("unix:///a.sock", Source.KNOWN_SOCKET, "Docker Engine", false, ProbeStatus.MISSING)));
            assertTrue(advice.get(0).key().startsWith("doctor.fix.install."), os);
        }
    }

    @Test
    void wrongDockerHostIsNamedAndAnotherAnsweringEngineIsPointedOut() {
        ProbeResult wrong = result("tcp://nowhere:2375", Source.DOCKER_HOST, "tcp://nowhere:2375", true,
                ProbeStatus.UNREACHABLE);
        ProbeResult other = result("unix:///var/run/docker.sock", Source.KNOWN_SOCKET, "Docker Engine", false,
                ProbeStatus.ANSWERED);
        var advice = new EngineAdvice("Linux").adviseFor(
                new LocateResult(List.of(wrong, other), Optional.of(wrong), Optional.empty()));
        assertEquals("doctor.fix.wrong.dockerHost", advice.get(0).key());
        assertEquals("doctor.fix.otherAnswers", advice.get(1).key());
        assertTrue(Messages.of(Language.EN).get(advice.get(0).key(), advice.get(0).args().toArray())
                .contains("unset DOCKER_HOST"));
        var windows = new EngineAdvice("Windows 11").adviseFor(
                new LocateResult(List.of(wrong), Optional.of(wrong), Optional.empty()));
        assertTrue(Messages.of(Language.EN).get(windows.get(0).key(), windows.get(0).args().toArray())
                .contains("Remove-Item Env:DOCKER_HOST"));
    }

    @Test
    void noAdviceWhenAnEngineAnswered() {
        ProbeResult ok = result("unix:///var/run/docker.sock", Source.KNOWN_SOCKET, "Docker Engine", false,
                ProbeStatus.ANSWERED);
        assertTrue(new EngineAdvice("Linux").adviseFor(
                new LocateResult(List.of(ok), Optional.empty(), Optional.of(ok))).isEmpty());
    }

    @Test
    void anAddressThatWorkedAMomentAgoIsAStoppedEngineNotAWrongSetting() {
        ProbeResult gone = result("unix:///tmp/dt/docker.sock", Source.DOCKER_HOST, "unix:///tmp/dt/docker.sock", true,
                ProbeStatus.MISSING);
        LocateResult result = new LocateResult(List.of(gone), Optional.of(gone), Optional.empty());
        assertEquals("doctor.fix.wrong.dockerHost", new EngineAdvice("Linux").adviseFor(result).get(0).key());
        assertEquals("doctor.fix.start.linux", new EngineAdvice("Linux").adviseAfterLoss(result).get(0).key());
        assertEquals("doctor.fix.start.mac", new EngineAdvice("Mac OS X").adviseAfterLoss(result).get(0).key());
        ProbeResult denied = result("unix:///tmp/dt/docker.sock", Source.DOCKER_HOST, "", true,
                ProbeStatus.PERMISSION_DENIED);
        assertEquals("doctor.fix.permission.linux", new EngineAdvice("Linux").adviseAfterLoss(
                new LocateResult(List.of(denied), Optional.of(denied), Optional.empty())).get(0).key());
    }

    @Test
    void aFrozenEngineIsToBeRestartedNotStarted() {
        ProbeResult frozen = result("unix:///tmp/dt/docker.sock", Source.DOCKER_HOST, "unix:///tmp/dt/docker.sock", true,
                ProbeStatus.NOT_ANSWERING);
        LocateResult explicit = new LocateResult(List.of(frozen), Optional.of(frozen), Optional.empty());
        assertEquals("doctor.fix.frozen.linux", new EngineAdvice("Linux").adviseFor(explicit).get(0).key());
        assertEquals("doctor.fix.frozen.linux", new EngineAdvice("Linux").adviseAfterLoss(explicit).get(0).key());
        assertEquals("doctor.fix.frozen.desktop", new EngineAdvice("Mac OS X").adviseAfterLoss(explicit).get(0).key());
        ProbeResult usual = result("unix:///var/run/docker.sock", Source.KNOWN_SOCKET, "Docker Engine", false,
                ProbeStatus.NOT_ANSWERING);
        assertEquals("doctor.fix.frozen.linux", new EngineAdvice("Linux").adviseFor(none(usual)).get(0).key());
        String english = Messages.of(Language.EN).get("doctor.fix.frozen.linux", "unix:///var/run/docker.sock");
        assertTrue(english.contains("systemctl restart docker"), english);
    }
}
