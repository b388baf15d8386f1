package io.github.dockertutor.dockercli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the tutor expands in a docker line as a shell would, and what it refuses because only a shell could. */
class ExpansionsTest {
    private static List<ShellWord> words(String line) throws ParseException {
        return CommandLineTokenizer.words(line);
    }

    private static ParseException refused(String line) {
        return assertThrows(ParseException.class, () -> CommandLineTokenizer.words(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$(pwd)", "${PWD}", "$PWD", "%cd%", "%CD%", "$($pwd)", "${pwd}", "$pwd", "`pwd`", "$( pwd )"})
    void everyShellsCurrentFolderIsTheWorkspace(String spelling) throws ParseException {
        List<ShellWord> unquoted = words("docker run -v " + spelling + ":/app busybox");
        assertEquals(List.of(new ShellWord.WorkingDirectory(false), new ShellWord.Text(":/app", false)),
                unquoted.get(3).parts());
        List<ShellWord> quoted = words("docker run -v \"" + spelling + ":/app\" busybox");
        assertEquals(List.of(new ShellWord.WorkingDirectory(true), new ShellWord.Text(":/app", true)),
                quoted.get(3).parts());
    }

    @Test
    void aDockerSubstitutionIsKeptForTheTutorToRun() throws ParseException {
        List<ShellWord> line = words("docker rm $(docker ps -a -q -f status=exited)");
        assertEquals(List.of(new ShellWord.Substitution("docker ps -a -q -f status=exited", false)), line.get(2).parts());
        List<ShellWord> quoted = words("docker inspect \"$(docker ps -lq)\"");
        assertEquals(List.of(new ShellWord.Substitution("docker ps -lq", true)), quoted.get(2).parts());
        // the inner line keeps its own quotes and parentheses for its own reading
        List<ShellWord> inner = words("docker stop $(docker ps --format '{{.Names}}' --filter \"name=(a)\")");
        assertEquals(new ShellWord.Substitution("docker ps --format '{{.Names}}' --filter \"name=(a)\"", false),
                inner.get(2).parts().get(0));
        assertEquals(new ShellWord.Substitution("docker ps -q", false), words("docker stop `docker ps -q`").get(2)
                .parts().get(0));
    }

    @Test
    void singleQuotesAndEscapesKeepTheDollarAsText() throws ParseException {
        assertEquals("$(pwd)", words("docker run busybox echo '$(pwd)'").get(4).literal().orElseThrow());
        assertEquals("$HOME", words("docker run busybox echo \\$HOME").get(4).literal().orElseThrow());
        assertEquals("a$", words("docker run busybox echo a$").get(4).literal().orElseThrow());
        assertEquals("$1", words("docker run busybox echo $1").get(4).literal().orElseThrow());
        assertEquals("100%", words("docker run busybox echo 100%").get(4).literal().orElseThrow());
    }

    @Test
    void otherSubstitutionsAndVariablesWouldNeedAShellAndAreRefusedSayingSo() {
        ParseException cat = refused("docker volume create -o \"password=$(cat secret.txt)\"");
        assertEquals("parse.line.substitution", cat.key());
        assertTrue(cat.isRefusal());
        assertEquals("$(cat secret.txt)", cat.args().get(0));
        ParseException variable = refused("docker inspect $INSTANCE_ID");
        assertEquals("parse.line.variable", variable.key());
        assertEquals(List.of("$INSTANCE_ID", 16), variable.args());
        assertEquals("parse.line.variable", refused("docker run -p \"${HOST_PORT}:80\" nginx").key());
        assertEquals("parse.line.unclosedSubstitution", refused("docker rm $(docker ps -q").key());
    }

    @Test
    void aTutorialsPlaceholderIsNamedAsOne() {
        ParseException placeholder = refused("docker exec -it <mysql-container-id> mysql -p");
        assertEquals("parse.line.placeholder", placeholder.key());
        assertEquals(List.of("<mysql-container-id>", 17), placeholder.args());
        assertTrue(placeholder.isRefusal());
        // a real redirection stays shell syntax
        assertEquals("parse.line.shellSyntax", refused("docker load < busybox.tar").key());
    }

    @Test
    void theShellsOwnCommandsAreReadWithoutExpansions() throws ParseException {
        assertEquals(List.of("cat", "$PWD/Dockerfile"), CommandLineTokenizer.tokenize("cat $PWD/Dockerfile"));
        assertEquals("parse.line.shellSyntax",
                assertThrows(ParseException.class, () -> CommandLineTokenizer.tokenize("echo $(pwd)")).key());
    }
}
