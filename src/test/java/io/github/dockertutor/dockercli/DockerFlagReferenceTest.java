package io.github.dockertutor.dockercli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The catalog knows every flag of the docker CLI for the commands it runs, from docker's own help
 * (docker-flags.txt), and says which it runs: a flag it lists is docker's (or one of docker's
 * hidden spellings), and a flag of docker's it does not run is refused as such, never as a typo.
 */
class DockerFlagReferenceTest {
    /** Spellings docker accepts but hides from its help, which the tutor accepts as well. */
    private static final Set<String> HIDDEN = Set.of("volume create --name");

    private static List<CommandSpec> allSpecs() {
        List<CommandSpec> specs = new ArrayList<>(DockerCommandCatalog.commands().values());
        for (String group : DockerCommandCatalog.groups()) {
            specs.addAll(DockerCommandCatalog.group(group).values());
        }
        return specs.stream().distinct().toList();
    }

    @Test
    void everySpecNamesACommandOfTheReference() {
        for (CommandSpec spec : allSpecs()) {
            assertFalse(DockerFlagReference.flags(spec.reference()).isEmpty() && !spec.flags().isEmpty(),
                    spec.reference() + " is not in docker-flags.txt");
        }
    }

    @Test
    void everyFlagTheTutorRunsIsDockersOwnWithDockersShorthand() {
        List<String> invented = new ArrayList<>();
        for (CommandSpec spec : allSpecs()) {
            for (FlagSpec flag : spec.flags()) {
                var known = DockerFlagReference.longFlag(spec.reference(), flag.name());
                if (known.isEmpty()) {
                    if (!HIDDEN.contains(spec.reference() + " --" + flag.name())) {
                        invented.add(spec.reference() + " --" + flag.name());
                    }
                } else if (known.get().shorthand() != flag.shorthand()) {
                    invented.add(spec.reference() + " --" + flag.name() + " with -" + flag.shorthand());
                } else if (known.get().takesValue() != flag.takesValue()) {
                    invented.add(spec.reference() + " --" + flag.name() + " value or not");
                }
            }
        }
        assertEquals(List.of(), invented);
    }

    @Test
    void aFlagDockerHasAndTheTutorDoesNotRunIsRefusedHonestly() {
        for (CommandSpec spec : allSpecs()) {
            for (String notRun : spec.flagsNotRun()) {
                String name = notRun.contains(", ") ? notRun.substring(notRun.indexOf(", ") + 2) : notRun;
                name = name.split(" ")[0];
                String line = "docker " + spec.reference() + " " + name + (notRun.split(" ").length > 1
                        && !notRun.endsWith(name) ? " x" : "") + " a b c";
                try {
                    DockerCommandParser.parseLine(line);
                } catch (ParseException e) {
                    assertTrue(e.isRefusal(), line + ": " + e.getMessage());
                    assertEquals("parse.flag.notRunHere", e.key(), line);
                    continue;
                }
                throw new AssertionError(line + " was not refused");
            }
        }
    }

    @Test
    void flagsNoDockerHasAreStillTypingMistakes() {
        ParseException unknown = org.junit.jupiter.api.Assertions.assertThrows(ParseException.class,
                () -> DockerCommandParser.parseLine("docker run --memroy 5m busybox"));
        assertEquals("parse.flag.unknown", unknown.key());
        assertFalse(unknown.isRefusal());
        ParseException shorthand = org.junit.jupiter.api.Assertions.assertThrows(ParseException.class,
                () -> DockerCommandParser.parseLine("docker run -z busybox"));
        assertEquals("parse.flag.unknownShorthand", shorthand.key());
        ParseException known = org.junit.jupiter.api.Assertions.assertThrows(ParseException.class,
                () -> DockerCommandParser.parseLine("docker run -a stdout busybox"));
        assertEquals(List.of("-a (--attach)", "docker run"), known.args());
    }

    /** The reference is the installed docker's, when one is installed: scripts/docker-flag-reference keeps it so. */
    @Test
    void theReferenceHoldsEveryFlagOfTheInstalledDockerCli() throws IOException, InterruptedException {
        Set<String> installed = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        for (String command : List.of("container run", "container ls", "image ls", "network create", "volume ls")) {
            List<String> args = new ArrayList<>(List.of("docker"));
            args.addAll(List.of(command.split(" ")));
            args.add("--help");
            Process process;
            try {
                process = new ProcessBuilder(args).redirectErrorStream(true).start();
            } catch (IOException e) {
                Assumptions.abort("no docker CLI here to compare with");
                return;
            }
            String help = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            for (String line : help.lines().toList()) {
                var matcher = java.util.regex.Pattern.compile("^(?:      |  -\\w, )--([a-z][a-z0-9-]*)").matcher(line);
                if (matcher.find() && !matcher.group(1).equals("help")) {
                    installed.add(command + " --" + matcher.group(1));
                    if (DockerFlagReference.longFlag(command, matcher.group(1)).isEmpty()) {
                        missing.add(command + " --" + matcher.group(1));
                    }
                }
            }
        }
        assertTrue(installed.size() > 50, installed.toString());
        assertEquals(Set.of(), missing, "run scripts/docker-flag-reference to bring docker-flags.txt up to date");
    }
}
