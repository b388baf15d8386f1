package io.github.dockertutor.dockercli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every flag the real docker CLI has for the commands the tutor runs, read from {@code docker-flags.txt}
 * (written by {@code scripts/docker-flag-reference} from docker's own {@code --help}). The tutor
 * runs some of them; knowing the rest lets it say "the tutor does not run --memory" instead of
 * "unknown flag", which would tell a learner that good docker is a typing mistake.
 */
final class DockerFlagReference {
    /** One flag as docker's help lists it. {@code type} is docker's type word, empty for a flag that takes no value. */
    record KnownFlag(String name, char shorthand, String type) {
        boolean takesValue() {
            return !type.isEmpty();
        }

        /** {@code -m, --memory bytes} or {@code --read-only}, as docker's help writes it. */
        String display() {
            String names = shorthand == 0 ? "--" + name : "-" + shorthand + ", --" + name;
            return type.isEmpty() ? names : names + " " + type;
        }
    }

    private static final String RESOURCE = "docker-flags.txt";
    private static final Map<String, List<KnownFlag>> FLAGS = load();

    private DockerFlagReference() {
    }

    /** The flags of a command as docker's reference names it ({@code container run}, {@code image ls}); empty if unknown. */
    static List<KnownFlag> flags(String command) {
        return FLAGS.getOrDefault(command, List.of());
    }

    /** The commands the reference covers. */
    static java.util.Set<String> commands() {
        return FLAGS.keySet();
    }

    static Optional<KnownFlag> longFlag(String command, String name) {
        return flags(command).stream().filter(flag -> flag.name().equals(name)).findFirst();
    }

    static Optional<KnownFlag> shortFlag(String command, char letter) {
        return flags(command).stream().filter(flag -> flag.shorthand() == letter).findFirst();
    }

    private static Map<String, List<KnownFlag>> load() {
        Map<String, List<KnownFlag>> flags = new LinkedHashMap<>();
        try (InputStream in = DockerFlagReference.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|", -1);
                char shorthand = fields[1].isEmpty() ? 0 : fields[1].charAt(0);
                flags.computeIfAbsent(fields[0], command -> new ArrayList<>())
                        .add(new KnownFlag(fields[2], shorthand, fields[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flags.replaceAll((command, list) -> List.copyOf(list));
        return java.util.Collections.unmodifiableMap(flags);
    }
}
