package io.github.dockertutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.InternalServerErrorException;
import com.github.dockerjava.api.exception.NotFoundException;
import io.github.dockertutor.engine.EngineException.Fault;
import org.junit.jupiter.api.Test;

/** The engine's own words for the faults the tutor explains, as engines and Docker Hub send them. */
class EngineErrorsTest {
    @Test
    void dockerHubsPullLimitIsTooManyRequests() {
        String hub = "toomanyrequests: You have reached your pull rate limit. You may increase the limit by"
                + " authenticating and upgrading: https://www.docker.com/increase-rate-limit";
        EngineException error = EngineErrors.translate(new DockerClientException("Could not pull image: " + hub));
        assertEquals(Fault.TOO_MANY_REQUESTS, error.fault());
        assertEquals("engine.error.tooManyRequests", error.key());
    }

    @Test
    void bothWordingsOfATakenPortArePortInUse() {
        String iptables = "{\"message\":\"driver failed programming external connectivity on endpoint web"
                + " (3be70ab2): Bind for 0.0.0.0:8080 failed: port is already allocated\"}";
        String proxy = "{\"message\":\"driver failed programming external connectivity on endpoint web (3be7):"
                + " Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use\"}";
        assertEquals(Fault.PORT_IN_USE, EngineErrors.translate(new InternalServerErrorException(iptables)).fault());
        assertEquals(Fault.PORT_IN_USE, EngineErrors.translate(new InternalServerErrorException(proxy)).fault());
    }

    @Test
    void aNameInUseIsNameInUse() {
        String conflict = "{\"message\":\"Conflict. The container name \\\"/web\\\" is already in use by container"
                + " \\\"ab3f\\\". You have to remove (or rename) that container to be able to reuse that name.\"}";
        assertEquals(Fault.NAME_IN_USE, EngineErrors.translate(new ConflictException(conflict)).fault());
    }

    @Test
    void anExecFormatErrorIsAWrongPlatform() {
        String runc = "{\"message\":\"failed to create shim task: OCI runtime create failed: runc create failed:"
                + " unable to start container process: exec: \\\"/hello\\\": exec format error: unknown\"}";
        EngineException error = EngineErrors.translate(new InternalServerErrorException(runc));
        assertEquals(Fault.WRONG_PLATFORM, error.fault());
        assertEquals("engine.error.wrongPlatform", error.key());
    }

    @Test
    void aContainerNamedLikeAnImageIsStillAContainerNotFound() {
        // docker rm my-first-image: the engine's words name a container, though the name says image
        String missing = "{\"message\":\"No such container: my-first-image\"}";
        EngineException error = EngineErrors.translate(new NotFoundException(missing));
        assertEquals(Fault.NOT_FOUND, error.fault());
        assertEquals("engine.error.notFound", error.key());
        assertEquals(Fault.IMAGE_NOT_FOUND,
                EngineErrors.translate(new NotFoundException("{\"message\":\"No such image: busybox:1\"}")).fault());
    }
}
