package io.github.dockertutor.dockercli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code --mount} value, docker's comma-separated {@code key=value} form (read as CSV, so a
 * field may be quoted): {@code type=bind,source=./site,target=/usr/share/nginx/html,readonly}.
 * The keys and their spellings are docker's own ({@code src}, {@code dst}, {@code ro}…); a key the
 * tutor does not apply is refused by name rather than dropped.
 *
 * @param type          bind, volume or tmpfs (volume when not given, as in docker)
 * @param source        the host path (bind) or volume name (volume); empty for an anonymous volume or tmpfs
 * @param target        the absolute path inside the container
 * @param readOnly      {@code readonly}/{@code ro}
 * @param volumeNoCopy  {@code volume-nocopy}: do not copy the image's files into a new volume
 * @param volumeOptions {@code volume-opt=K=V}, handed to the volume driver
 * @param volumeLabels  {@code volume-label=K=V}, set on a volume the mount creates
 * @param volumeDriver  {@code volume-driver}
 * @param tmpfsSize     {@code tmpfs-size} in bytes
 * @param tmpfsMode     {@code tmpfs-mode}, octal
 * @param propagation   {@code bind-propagation}
 */
public record MountSpec(String type, Optional<String> source, String target, boolean readOnly, boolean volumeNoCopy,
                        Map<String, String> volumeOptions, Map<String, String> volumeLabels,
                        Optional<String> volumeDriver, Optional<Long> tmpfsSize, Optional<Integer> tmpfsMode,
                        Optional<String> propagation) {
    public static final String BIND = "bind";
    public static final String VOLUME = "volume";
    public static final String TMPFS = "tmpfs";

    public MountSpec {
        volumeOptions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(volumeOptions));
        volumeLabels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(volumeLabels));
    }

    public static MountSpec parse(String text) throws ParseException {
        String type = VOLUME;
        String source = null;
        String target = null;
        boolean readOnly = false;
        boolean noCopy = false;
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        String driver = null;
        Long size = null;
        Integer mode = null;
        String propagation = null;
        for (String field : csv(text)) {
            int equals = field.indexOf('=');
            String key = (equals < 0 ? field : field.substring(0, equals)).toLowerCase(Locale.ROOT).trim();
            String value = equals < 0 ? null : field.substring(equals + 1);
            switch (key) {
                case "type" -> type = required(key, value, field).toLowerCase(Locale.ROOT);
                case "source", "src" -> source = required(key, value, field);
                case "target", "destination", "dst" -> target = required(key, value, field);
                case "readonly", "ro" -> readOnly = value == null || bool(value, field);
                case "volume-nocopy" -> noCopy = value == null || bool(value, field);
                case "volume-opt" -> put(options, required(key, value, field), field);
                case "volume-label" -> put(labels, required(key, value, field), field);
                case "volume-driver" -> driver = required(key, value, field);
                case "tmpfs-size" -> size = ByteSize.parse(required(key, value, field));
                case "tmpfs-mode" -> mode = octal(required(key, value, field), field);
                case "bind-propagation" -> propagation = required(key, value, field);
                // macOS-only tuning that docker accepts and the Linux engine ignores
                case "consistency" -> required(key, value, field);
                default -> throw ParseException.refusal("parse.mount.keyNotRun", key, text);
            }
        }
        if (!type.equals(BIND) && !type.equals(VOLUME) && !type.equals(TMPFS)) {
            throw ParseException.refusal("parse.mount.typeNotRun", type);
        }
        if (target == null || target.isEmpty()) {
            throw ParseException.of("parse.mount.noTarget");
        }
        if (type.equals(BIND) && (source == null || source.isEmpty())) {
            throw ParseException.of("parse.mount.noSource");
        }
        if (type.equals(TMPFS) && source != null) {
            throw ParseException.of("parse.mount.tmpfsSource");
        }
        return new MountSpec(type, Optional.ofNullable(source).filter(s -> !s.isEmpty()), target, readOnly, noCopy,
                options, labels, Optional.ofNullable(driver), Optional.ofNullable(size), Optional.ofNullable(mode),
                Optional.ofNullable(propagation));
    }

    /** The same mount with another source (a relative bind path resolved against the workspace). */
    public MountSpec withSource(String newSource) {
        return new MountSpec(type, Optional.of(newSource), target, readOnly, volumeNoCopy, volumeOptions, volumeLabels,
                volumeDriver, tmpfsSize, tmpfsMode, propagation);
    }

    /** Go's encoding/csv for one record, as docker reads --mount: commas split, double quotes group. */
    static List<String> csv(String text) throws ParseException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw ParseException.of("parse.mount.quote", text);
        }
        fields.add(field.toString());
        return fields;
    }

    private static String required(String key, String value, String field) throws ParseException {
        if (value == null) {
            throw ParseException.of("parse.mount.needsValue", key, field);
        }
        return value;
    }

    private static boolean bool(String value, String field) throws ParseException {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw ParseException.of("parse.mount.bool", field);
        };
    }

    private static void put(Map<String, String> map, String keyValue, String field) throws ParseException {
        int equals = keyValue.indexOf('=');
        if (equals <= 0) {
            throw ParseException.of("parse.mount.keyValue", field);
        }
        map.put(keyValue.substring(0, equals), keyValue.substring(equals + 1));
    }

    private static int octal(String value, String field) throws ParseException {
        try {
            return Integer.parseInt(value, 8);
        } catch (NumberFormatException e) {
            throw ParseException.of("parse.mount.mode", field);
        }
    }
}
