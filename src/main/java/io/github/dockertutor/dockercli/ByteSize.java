package io.github.dockertutor.dockercli;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size as docker reads {@code -m 512m}, {@code --shm-size 1g}, {@code tmpfs-size=64m}: a number
 * (decimals allowed), then an optional unit b, k, m, g, t or p, optionally followed by b,
 * in any case; the units are powers of 1024 (go-units' RAMInBytes).
 */
public final class ByteSize {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgtp]?)(?:i?b)?",
            Pattern.CASE_INSENSITIVE);

    private ByteSize() {
    }

    public static long parse(String text) throws ParseException {
        Matcher matcher = SIZE.matcher(text.trim());
        if (!matcher.matches()) {
            throw ParseException.of("parse.value.size", text);
        }
        String unit = matcher.group(2).toLowerCase(Locale.ROOT);
        int power = unit.isEmpty() ? 0 : "kmgtp".indexOf(unit) + 1;
        BigDecimal bytes = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
        try {
            return bytes.longValueExact();
        } catch (ArithmeticException e) {
            // a fraction of a byte is dropped, as Go's int64 conversion drops it
            return bytes.longValue();
        }
    }

    /** For a flag's value parser. */
    static Object value(String text) throws ParseException {
        return parse(text);
    }
}
