package io.github.dockertutor.dockercli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.render.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerHelpTest {
    private static String help(String line, Language language, int width) throws ParseException {
        HelpRequest request = (HelpRequest) DockerCommandParser.parseLine(line);
        return DockerHelp.render(request, Messages.of(language), width);
    }

    /** Every help the tutor can show: docker's, each group's and each command's. */
    private static List<String> everyHelpLine() {
        List<String> lines = new ArrayList<>(List.of("docker --help"));
        for (String name : DockerCommandCatalog.commands().keySet()) {
            lines.add("docker " + name + " --help");
        }
        for (String group : DockerCommandCatalog.groups()) {
            lines.add("docker " + group + " --help");
            for (String name : DockerCommandCatalog.group(group).keySet()) {
                lines.add("docker " + group + " " + name + " --help");
            }
        }
        return lines;
    }

    @Test
    void runHelpListsEveryFlagFromTheSpecAligned() throws ParseException {
        String text = help("docker run --help", Language.EN, 200);
        List<String> lines = text.lines().toList();
        assertEquals("Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]", lines.get(0));
        assertEquals("Create and run a new container from an image", lines.get(2));
        assertEquals("Options:", lines.get(4));
        int notRun = lines.indexOf(Messages.of(Language.EN).get("docker.help.notRun"));
        List<String> rows = lines.subList(5, notRun - 1);
        assertEquals(ContainerCommandSpecs.RUN.flags().size(), rows.size(), text);
        assertTrue(rows.stream().anyMatch(row -> row.matches("  -p, --publish list +Publish a container's port\\(s\\) to the host")),
                text);
        // docker's type word, not the tutor's
        assertTrue(rows.stream().anyMatch(row -> row.startsWith("  -m, --memory bytes ")), text);
        int column = rows.get(0).indexOf("Run container");
        for (String row : rows) {
            assertFalse(Character.isWhitespace(row.charAt(column)), row);
            assertTrue(Character.isWhitespace(row.charAt(column - 1)), row);
        }
    }

    @Test
    void flagsDockerHasAndTheTutorDoesNotRunAreListedApartByName() throws ParseException {
        String text = help("docker run --help", Language.EN, 80);
        String notRun = text.substring(text.indexOf(Messages.of(Language.EN).get("docker.help.notRun").substring(0, 30)));
        assertTrue(notRun.contains("--memory-swappiness"), notRun);
        assertTrue(notRun.contains("--userns"), notRun);
        assertFalse(notRun.contains("--publish,"), "a flag the tutor runs is not listed as not run: " + notRun);
        assertEquals(ContainerCommandSpecs.RUN.flagsNotRun().size(), notRun.split("--", -1).length - 1, notRun);
    }

    @Test
    void helpIsInTheLearnersLanguageAndNamesTheCommandAsTyped() throws ParseException {
        String text = help("docker container run --help", Language.ZH_TW, 200);
        assertTrue(text.startsWith("用法：  docker container run [OPTIONS] IMAGE"), text);
        assertTrue(text.contains("選項："), text);
        assertTrue(text.lines().anyMatch(line -> line.matches("  -p, --publish list +把容器的連接埠公開到主機上")), text);
        assertTrue(text.contains("教學程式不會執行"), text);
    }

    @Test
    void everyHelpFitsFortyColumnsInBothLanguages() throws ParseException {
        for (Language language : Language.values()) {
            for (String line : everyHelpLine()) {
                for (String row : help(line, language, 40).split("\n")) {
                    assertTrue(Columns.of(row) <= 40, line + " (" + language + "), " + Columns.of(row) + " columns: " + row);
                }
            }
        }
    }

    @Test
    void atFortyColumnsDescriptionsGoUnderTheirFlag() throws ParseException {
        List<String> lines = help("docker run --help", Language.ZH_TW, 40).lines().toList();
        int publish = lines.indexOf("  -p, --publish list");
        assertTrue(publish > 0, String.join("\n", lines));
        assertEquals("      把容器的連接埠公開到主機上", lines.get(publish + 1));
    }

    @Test
    void groupHelpListsEachCommandOnceUnderItsMainName() throws ParseException {
        String text = help("docker image", Language.EN, 80);
        assertTrue(text.contains("\n  ls "), text);
        assertFalse(text.contains("\n  list "), text);
        assertFalse(text.contains("\n  remove "), text);
        assertTrue(text.endsWith("Run 'docker image COMMAND --help' for more information on a command."), text);
        assertTrue(help("docker network", Language.EN, 80).contains("\n  connect "));
    }

    @Test
    void topLevelHelpListsGroupsAndCommands() throws ParseException {
        String text = help("docker", Language.EN, 80);
        assertTrue(text.startsWith("Usage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers"), text);
        assertTrue(text.contains("Management Commands:\n  container   Manage containers\n  image       Manage images"), text);
        List<CommandSpec> listed = new ArrayList<>();
        for (Map.Entry<String, CommandSpec> entry : DockerCommandCatalog.commands().entrySet()) {
            if (listed.contains(entry.getValue())) {
                // an alias (remove) is listed under its main name (rm), as in docker's help
                assertFalse(text.contains("\n  " + entry.getKey() + " "), entry.getKey());
                continue;
            }
            listed.add(entry.getValue());
            assertTrue(text.contains("\n  " + entry.getKey() + " "), entry.getKey());
        }
    }

    @Test
    void aCommandWithoutFlagsHasNoOptionsHeading() throws ParseException {
        assertEquals("Usage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\n"
                + "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE", help("docker tag --help", Language.EN, 80));
    }

    @Test
    void theCatalogListsEachCommandOnceUnderItsReference() {
        List<CommandSpec> specs = DockerCommandCatalog.specs();
        java.util.Set<String> references = new java.util.HashSet<>();
        for (CommandSpec spec : specs) {
            assertTrue(references.add(spec.reference()), spec.reference() + " twice");
        }
        // ps, container ls and container list are one command; every group command is among them
        for (String group : DockerCommandCatalog.groups()) {
            for (CommandSpec spec : DockerCommandCatalog.group(group).values()) {
                assertTrue(specs.contains(spec), group + " " + spec.name());
            }
        }
        DockerCommandCatalog.commands().values().forEach(spec -> assertTrue(
                specs.contains(spec), spec.name()));
    }
}
