package io.github.dockertutor.pack;

/**
 * The paths a course pack may hold: manifest.json, images.tar and files under lessons/, always
 * relative, with no {@code ..}, no backslash and nothing a file system could read as a root or a
 * device, so no entry can point outside wherever the pack is unpacked.
 */
final class EntryPaths {
    /** Far above any course's images (TensorFlow and all); a bigger size is damage, not data. */
    static final long MAX_ENTRY_BYTES = 1L << 40;

    private EntryPaths() {
    }

    static void check(String path) {
        boolean known = path.equals(PackManifest.NAME) || path.equals(PackManifest.IMAGES)
                || path.startsWith(PackManifest.LESSONS) && path.length() > PackManifest.LESSONS.length();
        if (!known || path.startsWith("/") || path.contains("\\") || path.contains(":") || path.indexOf('\0') >= 0
                || path.endsWith("/") || path.length() > 255) {
            throw new PackException("pack.verify.badPath", printable(path));
        }
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new PackException("pack.verify.badPath", printable(path));
            }
        }
    }

    /** At most 200 characters of a path the pack names; {@link PackException#message} escapes what it shows. */
    private static String printable(String path) {
        StringBuilder text = new StringBuilder();
        path.codePoints().limit(200).forEach(text::appendCodePoint);
        return text.toString();
    }
}
