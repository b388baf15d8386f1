package io.github.dockertutor.dockercli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerHelpTest {
    private static String help(String line, Language language) throws ParseException {
        HelpRequest request = (HelpRequest) DockerCommandParser.parseLine(line);
        return DockerHelp.render(request, Messages.of(language));
    }

    @Test
    void runHelpListsEveryFlagFromTheSpecAligned() throws ParseException {
        String text = help("docker run --help", Language.EN);
        List<String> lines = text.lines().toList();
        assertEquals("Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]", lines.get(0));
        assertEquals("Create and run a new container from an image", lines.get(2));
        assertEquals("Options:", lines.get(4));
        List<String> rows = lines.subList(5, lines.size());
        assertEquals(ContainerCommandSpecs.RUN.flags().size(), rows.size());
        assertTrue(rows.contains("  -p, --publish list        Publish a container's port(s) to the host"), text);
        assertTrue(rows.contains("      --rm                  Automatically remove the container when it exits"), text);
        int column = rows.get(0).indexOf("Run container");
        for (String row : rows) {
            assertFalse(Character.isWhitespace(row.charAt(column)), row);
            assertTrue(Character.isWhitespace(row.charAt(column - 1)), row);
        }
    }

    @Test
    void helpIsInTheLearnersLanguageAndNamesTheCommandAsTyped() throws ParseException {
        String text = help("docker container run --help", Language.ZH_TW);
        assertTrue(text.startsWith("用法：  docker container run [OPTIONS] IMAGE"), text);
        assertTrue(text.contains("選項："), text);
        assertTrue(text.contains("  -p, --publish list        把容器的連接埠公開到主機上"), text);
    }

    @Test
    void groupHelpListsEachCommandOnceUnderItsMainName() throws ParseException {
        String text = help("docker image", Language.EN);
        assertTrue(text.contains("\n  ls "), text);
        assertFalse(text.contains("\n  list "), text);
        assertFalse(text.contains("\n  remove "), text);
        assertTrue(text.endsWith("Run 'docker image COMMAND --help' for more information on a command."), text);
    }

    @Test
    void topLevelHelpListsGroupsAndCommands() throws ParseException {
        String text = help("docker", Language.EN);
        assertTrue(text.startsWith("Usage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers"), text);
        assertTrue(text.contains("Management Commands:\n  container   Manage containers\n  image       Manage images"), text);
        for (String name : DockerCommandCatalog.commands().keySet()) {
            assertTrue(text.contains("\n  " + name + " "), name);
        }
    }

    @Test
    void aCommandWithoutFlagsHasNoOptionsHeading() throws ParseException {
        String text = help("docker tag --help", Language.EN);
        assertEquals("Usage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\n"
                + "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE", text);
    }
}
