package io.github.dockertutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.InfoRegistryConfig;
import com.sun.net.httpserver.HttpServer;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MirrorFactsTest {

    @Test
    void readsTheMirrorsFromRegistryConfigOrElseFromDockerHubsIndex() {
        Info modern = new Info().withRegistryConfig(new InfoRegistryConfig()
                .withMirrors(List.of("http://10.0.0.5:5000/", "https://mirror.gcr.io/")));
        assertEquals(List.of("http://10.0.0.5:5000/", "https://mirror.gcr.io/"), MirrorFacts.mirrorsOf(modern));
        Info indexOnly = new Info().withRegistryConfig(new InfoRegistryConfig().withIndexConfigs(Map.of("docker.io",
                new InfoRegistryConfig.IndexConfig().withMirrors(List.of("http://10.0.0.6:5000/")))));
        assertEquals(List.of("http://10.0.0.6:5000/"), MirrorFacts.mirrorsOf(indexOnly));
        assertEquals(List.of(), MirrorFacts.mirrorsOf(new Info()));
    }

    @Test
    void aRegistryAnswersAndAClosedPortDoesNot() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v2/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        try {
            RegistryPing.Outcome up = RegistryPing.ping("http://127.0.0.1:" + server.getAddress().getPort() + "/",
                    Duration.ofSeconds(2));
            assertTrue(up.answers(), up.detail());
            assertEquals("HTTP 200", up.detail());
            RegistryPing.Outcome down = RegistryPing.ping("127.0.0.1:" + closed, Duration.ofSeconds(2));
            assertFalse(down.answers());
            assertEquals("connection refused", down.detail());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void doctorNamesEachMirrorAndWhetherItAnswersInBothLanguages() {
        MirrorFacts facts = new MirrorFacts(List.of(
                new MirrorFacts.Mirror("http://10.0.0.5:5000/", new RegistryPing.Outcome(true, "HTTP 200")),
                new MirrorFacts.Mirror("http://10.0.0.9:5000/", new RegistryPing.Outcome(false, "ConnectException"))),
                Optional.empty());
        String en = print(Language.EN, facts);
        assertTrue(en.contains("[ok] http://10.0.0.5:5000/ answers (HTTP 200)"), en);
        assertTrue(en.contains("[!!] http://10.0.0.9:5000/ does not answer (ConnectException)"), en);
        String zh = print(Language.ZH_TW, facts);
        assertTrue(zh.contains("http://10.0.0.9:5000/ 沒有回應"), zh);
        assertTrue(print(Language.EN, new MirrorFacts(List.of(), Optional.empty())).contains("none"));
    }

    private static String print(Language language, MirrorFacts facts) {
        StringWriter out = new StringWriter();
        new DoctorReport(Messages.of(language), new EngineAdvice("Linux")).printMirrors(facts, new PrintWriter(out, true));
        return out.toString();
    }
}
