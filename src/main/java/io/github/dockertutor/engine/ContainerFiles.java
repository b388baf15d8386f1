package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads a file inside a container as {@code docker cp} does (the engine's archive API), which works
 * on a stopped container too and runs nothing inside it: a check that looks must not start a
 * process the learner would see in {@code docker events} or {@code docker top}.
 */
final class ContainerFiles {
    private ContainerFiles() {
    }

    static Optional<byte[]> read(DockerClient client, String container, String path, int maxBytes) throws IOException {
        try (InputStream archive = client.copyArchiveFromContainerCmd(container, path).exec();
                TarArchiveInputStream tar = new TarArchiveInputStream(archive)) {
            TarArchiveEntry entry = tar.getNextEntry();
            if (entry == null || !entry.isFile()) {
                return Optional.empty();
            }
            return Optional.of(tar.readNBytes(maxBytes));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
