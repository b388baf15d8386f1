package io.github.dockertutor.dockerrun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dockertutor.tui.PlainScreen;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectViewTest {
    @Test
    void likeDockerInspectFourSpacesInAnArray() throws Exception {
        var node = new ObjectMapper().readTree(
                "{\"Id\":\"sha256:47a4\",\"RepoTags\":[\"busybox:latest\"],\"Labels\":null,\"Env\":[],"
                        + "\"Volumes\":{},\"Size\":1978000,\"Config\":{\"Cmd\":[\"sh\"]}}");
        assertEquals("""
                [
                    {
                        "Id": "sha256:47a4",
                        "RepoTags": [
                            "busybox:latest"
                        ],
                        "Labels": null,
                        "Env": [],
                        "Volumes": {},
                        "Size": 1978000,
                        "Config": {
                            "Cmd": [
                                "sh"
                            ]
                        }
                    }
                ]""", InspectView.format(List.of(node)));
    }

    /** Stands in for a docker-java model: fields the engine did not send are null. */
    public record Port(String hostIp, Integer hostPort) {
    }

    @Test
    void objectsLeaveOutWhatTheEngineDidNotSay() {
        StringWriter out = new StringWriter();
        new InspectView(new PlainScreen(new PrintWriter(out), 80)).show(new Port("0.0.0.0", null));
        assertEquals("[\n    {\n        \"hostIp\": \"0.0.0.0\"\n    }\n]\n", out.toString().replace("\r\n", "\n"));
    }

    @Test
    void nothingIsAnEmptyArray() {
        assertEquals("[]", InspectView.format(List.of()));
    }
}
