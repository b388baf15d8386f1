package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.InfoRegistryConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The registry mirrors an engine is set to pull Docker Hub images through ({@code registry-mirrors}
 * in daemon.json, as {@code docker info} lists them), and whether each one answers: a class
 * mirror that is down makes every pull slow or fail, and the learner cannot tell why.
 *
 * @param mirrors the mirrors in the engine's order, each with its answer
 * @param error   why the engine could not be asked, when it could not
 */
public record MirrorFacts(List<Mirror> mirrors, Optional<String> error) {

    /** One mirror and how it answered {@code GET /v2/}. */
    public record Mirror(String address, RegistryPing.Outcome answer) {
    }

    public MirrorFacts {
        mirrors = List.copyOf(mirrors);
    }

    /** Asks the engine for its mirrors, then pings each with a short timeout. */
    public static MirrorFacts gather(EngineEndpoint endpoint, Duration timeout) {
        List<String> addresses;
        try (DockerClient client = DockerClients.forPing(endpoint)) {
            addresses = mirrorsOf(client.infoCmd().exec());
        } catch (IOException | RuntimeException e) {
            return new MirrorFacts(List.of(), Optional.of(EngineProbe.describe(e)));
        }
        List<Mirror> mirrors = new ArrayList<>();
        for (String address : addresses) {
            mirrors.add(new Mirror(address, RegistryPing.ping(address, timeout)));
        }
        return new MirrorFacts(mirrors, Optional.empty());
    }

    /** RegistryConfig.Mirrors, else docker.io's own index config (older engines fill only that). */
    static List<String> mirrorsOf(Info info) {
        Set<String> found = new LinkedHashSet<>();
        InfoRegistryConfig config = info == null ? null : info.getRegistryConfig();
        if (config == null) {
            return List.of();
        }
        if (config.getMirrors() instanceof List<?> list) {
            list.forEach(item -> found.add(String.valueOf(item)));
        }
        if (found.isEmpty() && config.getIndexConfigs() != null && config.getIndexConfigs().get("docker.io") != null) {
            List<String> hub = config.getIndexConfigs().get("docker.io").getMirrors();
            if (hub != null) {
                found.addAll(hub);
            }
        }
        return List.copyOf(found);
    }
}
