package io.github.dockertutor.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

/**
 * Reads the description of a terminal type that JLine carries in its jar (xterm-256color, screen,
 * rxvt…) into the same capabilities JLine's own reader gives, with plain string scanning. JLine's
 * reader compiles a regular expression for every line of the description and another for every
 * line of its table of names; run once at start, before anything is compiled, that took 47 ms of
 * the time to the first prompt, and this reading takes 2 ms (bench/README). A terminal type JLine does not carry (its
 * description comes from the machine's infocmp) is left to JLine.
 */
final class TerminalCapabilities {
    private static final String BUILT_IN = "/org/jline/utils/";

    private TerminalCapabilities() {
    }

    /**
     * Fills the three tables as {@link InfoCmp#parseInfoCmp} would from the description JLine
     * carries for this type; whether it carries one.
     */
    static boolean readBuiltIn(String type, Set<Capability> bools, Map<Capability, Integer> ints,
            Map<Capability, String> strings) {
        if (type == null || type.isEmpty() || type.indexOf('/') >= 0 || type.indexOf('.') >= 0) {
            return false;
        }
        Optional<String> description = resource(type + ".caps");
        if (description.isEmpty()) {
            return false;
        }
        read(description.get(), names(), bools, ints, strings);
        return true;
    }

    /** The same reading as JLine's: the first line names the type; then "name", "name#number" and "name=text", each ended by a comma. */
    static void read(String description, Map<String, Capability> names, Set<Capability> bools,
            Map<Capability, Integer> ints, Map<Capability, String> strings) {
        String[] lines = description.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int start = 0;
            int comma;
            while ((comma = line.indexOf(',', start)) >= 0) {
                int from = start;
                while (from < comma && isSpace(line.charAt(from))) {
                    from++;
                }
                if (from < comma) {
                    add(line.substring(from, comma), names, bools, ints, strings);
                }
                start = comma + 1;
            }
        }
    }

    private static void add(String capability, Map<String, Capability> names, Set<Capability> bools,
            Map<Capability, Integer> ints, Map<Capability, String> strings) {
        int hash = capability.indexOf('#');
        int equals = capability.indexOf('=');
        if (hash >= 0) {
            Capability known = names.get(capability.substring(0, hash));
            if (known != null) {
                ints.put(known, number(capability.substring(hash + 1)));
            }
        } else if (equals >= 0) {
            Capability known = names.get(capability.substring(0, equals));
            if (known != null) {
                strings.put(known, capability.substring(equals + 1));
            }
        } else {
            Capability known = names.get(capability);
            if (known != null) {
                bools.add(known);
            }
        }
    }

    /** A number as terminfo writes it, read as JLine reads it: 0x… hexadecimal, 0… octal. */
    private static int number(String value) {
        if (value.equals("0")) {
            return 0;
        }
        if (value.startsWith("0x")) {
            return Integer.parseInt(value.substring(2), 16);
        }
        if (value.startsWith("0")) {
            return Integer.parseInt(value.substring(1), 8);
        }
        return Integer.parseInt(value);
    }

    /** Every capability by its long and its short name, from the table JLine carries. */
    static Map<String, Capability> names() {
        String table = resource("capabilities.txt")
                .orElseThrow(() -> new IllegalStateException("JLine's capabilities.txt is missing"));
        Map<String, Capability> names = new HashMap<>(1024);
        for (String raw : table.split("\n")) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int first = line.indexOf(", ");
            if (first < 0) {
                continue;
            }
            int second = line.indexOf(", ", first + 2);
            String name = line.substring(0, first);
            String shortName = line.substring(first + 2, second < 0 ? line.length() : second);
            Capability capability = Capability.valueOf(name);
            names.put(name, capability);
            names.put(shortName, capability);
        }
        return names;
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = InfoCmp.class.getResourceAsStream(BUILT_IN + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code \s} matches in JLine's expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
