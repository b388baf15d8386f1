package io.github.dockertutor.dockercli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One {@code -v} value: {@code SOURCE:TARGET[:ro|rw]}, or a bare {@code TARGET} for an anonymous volume.
 * A source that looks like a path (absolute, {@code ./…}, {@code ~/…}, {@code C:\…}) is a bind mount,
 * resolved later against the workspace; anything else names a volume.
 *
 * @param source   the host path or volume name; empty for an anonymous volume
 * @param target   the absolute path inside the container
 * @param readOnly {@code :ro} was given
 * @param kind     how the source is to be read
 */
public record VolumeMapping(Optional<String> source, String target, boolean readOnly, Kind kind) {
    /** What the source names. */
    public enum Kind { BIND, NAMED, ANONYMOUS }

    private static final Pattern VOLUME_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("[a-zA-Z]:[\\\\/].*");

    public static VolumeMapping parse(String spec) throws ParseException {
        List<String> parts = split(spec);
        if (parts.size() > 3 || parts.stream().anyMatch(String::isEmpty)) {
            throw ParseException.of("parse.volume.format", spec);
        }
        if (parts.size() == 1) {
            return new VolumeMapping(Optional.empty(), target(parts.get(0)), false, Kind.ANONYMOUS);
        }
        boolean readOnly = false;
        if (parts.size() == 3) {
            String mode = parts.get(2);
            if (!mode.equals("ro") && !mode.equals("rw")) {
                throw ParseException.of("parse.volume.mode", mode);
            }
            readOnly = mode.equals("ro");
        }
        String source = parts.get(0);
        Kind kind = looksLikePath(source) ? Kind.BIND : Kind.NAMED;
        if (kind == Kind.NAMED && !VOLUME_NAME.matcher(source).matches()) {
            throw ParseException.of("parse.volume.name", source);
        }
        return new VolumeMapping(Optional.of(source), target(parts.get(1)), readOnly, kind);
    }

    /** Splits on colons, keeping a Windows drive letter ({@code C:\data}) with its path. */
    private static List<String> split(String spec) {
        List<String> parts = new ArrayList<>();
        String rest = spec;
        int colon = rest.indexOf(':', 2);
        // a drive letter only when a target follows: a lone "C:/x" is no use in a Linux container, "a:/b" names a volume
        if (WINDOWS_DRIVE.matcher(rest).matches() && colon > 0) {
            parts.add(rest.substring(0, colon));
            rest = rest.substring(colon + 1);
        }
        for (String part : rest.split(":", -1)) {
            parts.add(part);
        }
        return parts;
    }

    private static boolean looksLikePath(String source) {
        return source.startsWith("/") || source.startsWith(".") || source.startsWith("~")
                || source.contains("/") || source.contains("\\") || WINDOWS_DRIVE.matcher(source).matches();
    }

    private static String target(String target) throws ParseException {
        if (!target.startsWith("/")) {
            throw ParseException.of("parse.volume.relativeTarget", target);
        }
        return target;
    }

    @Override
    public String toString() {
        return source.map(s -> s + ":").orElse("") + target + (readOnly ? ":ro" : "");
    }
}
