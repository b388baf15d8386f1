package io.github.dockertutor.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The templates tutorials pass to docker's --format, run as Go would run them. */
class GoTemplateTest {
    private static final Map<String, Object> CONTAINER = container();

    private static Map<String, Object> container() {
        Map<String, Object> bridge = new LinkedHashMap<>();
        bridge.put("IPAddress", "172.17.0.2");
        Map<String, Object> ports = new LinkedHashMap<>();
        ports.put("80/tcp", List.of(Map.of("HostIp", "0.0.0.0", "HostPort", "8080")));
        ports.put("443/tcp", null);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("IPAddress", "172.17.0.2");
        settings.put("Networks", Map.of("bridge", bridge));
        settings.put("Ports", ports);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("Name", "/web");
        data.put("State", Map.of("Status", "running", "Running", true, "ExitCode", 0));
        data.put("NetworkSettings", settings);
        data.put("Config", Map.of("Env", List.of("A=1", "B=2")));
        return data;
    }

    private static String run(String template, Object data) throws TemplateException {
        return GoTemplate.parse(template).execute(data);
    }

    @Test
    void fieldsAndRangesOfTheCorpus() throws TemplateException {
        assertEquals("172.17.0.2", run("{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", CONTAINER));
        assertEquals("172.17.0.2", run("{{ .NetworkSettings.IPAddress }}", CONTAINER));
        assertEquals("running", run("{{.State.Status}}", CONTAINER));
        assertEquals("true 0", run("{{.State.Running}} {{.State.ExitCode}}", CONTAINER));
        assertEquals("A=1,B=2", run("{{join .Config.Env \",\"}}", CONTAINER));
        assertEquals("<no value>", run("{{.Nothing}}", CONTAINER));
    }

    @Test
    void variablesIndexAndParenthesesAsTheDockerReferenceUsesThem() throws TemplateException {
        // docker inspect's own example; Go ranges a map in key order
        assertEquals(" 80/tcp -> 8080 ", run("{{range $p, $conf := .NetworkSettings.Ports}}{{if $conf}} {{$p}} -> "
                + "{{(index $conf 0).HostPort}} {{end}}{{end}}", CONTAINER));
        assertThrows(TemplateException.class, () -> run("{{range $p, $conf := .NetworkSettings.Ports}} {{$p}} -> "
                + "{{(index $conf 0).HostPort}} {{end}}", CONTAINER), "index of a nil entry fails, as in Go");
    }

    @Test
    void jsonIfElseWithAndTrimMarkers() throws TemplateException {
        assertEquals("{\"Status\":\"running\"}", run("{{json .State}}", Map.of("State", Map.of("Status", "running"))));
        assertEquals("up", run("{{if .State.Running}}up{{else}}down{{end}}", CONTAINER));
        assertEquals("down", run("{{if not .State.Running}}up{{else if .Name}}down{{end}}", CONTAINER));
        assertEquals("running", run("{{with .State}}{{.Status}}{{end}}", CONTAINER));
        assertEquals("a,b", run("a,  {{- \"b\" -}}  ", Map.of()));
        assertEquals("WEB", run("{{.Name | upper | printf \"%.3s\"}}", Map.of("Name", "website")));
    }

    @Test
    void methodsTakeArguments() throws TemplateException {
        Map<String, Object> row = Map.of("Label", (TemplateMethod) args -> "v-" + args.get(0));
        assertEquals("v-com.example", run("{{.Label \"com.example\"}}", row));
    }

    @Test
    void whatGoRefusesIsASyntaxErrorAndWhatTheTutorDoesNotRunIsSaidByName() {
        assertEquals(TemplateException.Kind.SYNTAX, assertThrows(TemplateException.class,
                () -> GoTemplate.parse("{{.Name")).kind());
        assertEquals(TemplateException.Kind.SYNTAX, assertThrows(TemplateException.class,
                () -> GoTemplate.parse("{{nosuch .Name}}")).kind());
        TemplateException notRun = assertThrows(TemplateException.class, () -> GoTemplate.parse("{{define \"x\"}}{{end}}"));
        assertEquals(TemplateException.Kind.UNSUPPORTED, notRun.kind());
        assertEquals(TemplateException.Kind.UNSUPPORTED, assertThrows(TemplateException.class,
                () -> GoTemplate.parse("{{html .Name}}")).kind());
    }
}
