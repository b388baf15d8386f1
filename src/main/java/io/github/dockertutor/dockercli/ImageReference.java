package io.github.dockertutor.dockercli;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image reference in docker's grammar (distribution/reference): {@code [HOST[:PORT]/]PATH[:TAG][@DIGEST]},
 * already split the way docker splits it: the registry defaults to {@code docker.io} and a one-part
 * Docker Hub name gains {@code library/}.
 *
 * @param domain the registry host, {@code docker.io} unless one was typed
 * @param path   the repository path inside the registry, such as {@code library/busybox}
 * @param tag    the tag if one was typed ({@link #normalize()} fills in {@code latest})
 * @param digest the {@code sha256:…} digest if one was typed
 */
public record ImageReference(String domain, String path, Optional<String> tag, Optional<String> digest) {
    public static final String DEFAULT_DOMAIN = "docker.io";
    public static final String DEFAULT_TAG = "latest";

    private static final int NAME_MAX_LENGTH = 255;
    // far above any valid reference (255 + tag + digest): keeps the regular expression away from huge inputs
    private static final int INPUT_MAX_LENGTH = 1024;

    private static final String ALPHA_NUMERIC = "[a-z0-9]+";
    private static final String SEPARATOR = "(?:[._]|__|-+)";
    private static final String PATH_COMPONENT = ALPHA_NUMERIC + "(?:" + SEPARATOR + ALPHA_NUMERIC + ")*";
    private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final String HOST = "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*|\\[[a-fA-F0-9:]+\\])";
    private static final String DOMAIN = HOST + "(?::[0-9]+)?";
    private static final String NAME = "(?:" + DOMAIN + "/)?" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";
    private static final String TAG = "[\\w][\\w.-]{0,127}";
    private static final String DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
    private static final Pattern REFERENCE = Pattern.compile("(" + NAME + ")(?::(" + TAG + "))?(?:@(" + DIGEST + "))?");
    private static final Pattern HEX_ID = Pattern.compile("[a-f0-9]{64}");
    private static final Pattern SHA256 = Pattern.compile("sha256:[a-f0-9]{64}");

    public ImageReference {
        tag = tag == null ? Optional.empty() : tag;
        digest = digest == null ? Optional.empty() : digest;
    }

    /** Parses a reference as the learner typed it; errors carry docker's wording as message keys. */
    public static ImageReference parse(String text) throws ParseException {
        if (text.isEmpty()) {
            throw ParseException.of("parse.image.empty");
        }
        if (text.length() > INPUT_MAX_LENGTH) {
            throw ParseException.of("parse.image.invalidFormat");
        }
        if (HEX_ID.matcher(text).matches()) {
            throw ParseException.of("parse.image.hexName", text);
        }
        Matcher matcher = REFERENCE.matcher(text);
        if (!matcher.matches()) {
            Matcher lowercase = REFERENCE.matcher(text.toLowerCase(Locale.ROOT));
            if (lowercase.matches()) {
                throw ParseException.of("parse.image.uppercase", text.substring(0, Math.min(lowercase.end(1), text.length())));
            }
            throw ParseException.of("parse.image.invalidFormat");
        }
        String name = matcher.group(1);
        if (name.length() > NAME_MAX_LENGTH) {
            throw ParseException.of("parse.image.nameTooLong", NAME_MAX_LENGTH);
        }
        String digest = matcher.group(3);
        if (digest != null && digest.startsWith("sha256:") && !SHA256.matcher(digest).matches()) {
            throw ParseException.of("parse.image.badDigest", digest);
        }
        return split(name, matcher.group(2), digest);
    }

    /** docker's splitDockerDomain: the first part is a registry only if it looks like a host. */
    private static ImageReference split(String name, String tag, String digest) throws ParseException {
        int slash = name.indexOf('/');
        String domain;
        String path;
        String first = slash < 0 ? "" : name.substring(0, slash);
        boolean looksLikeHost = first.contains(".") || first.contains(":") || first.equals("localhost")
                || !first.toLowerCase(Locale.ROOT).equals(first);
        if (slash < 0 || !looksLikeHost) {
            domain = DEFAULT_DOMAIN;
            path = name;
        } else {
            domain = first.equals("index.docker.io") ? DEFAULT_DOMAIN : first;
            path = name.substring(slash + 1);
        }
        if (!path.toLowerCase(Locale.ROOT).equals(path)) {
            throw ParseException.of("parse.image.uppercase", name);
        }
        if (domain.equals(DEFAULT_DOMAIN) && path.indexOf('/') < 0) {
            path = "library/" + path;
        }
        return new ImageReference(domain, path, Optional.ofNullable(tag), Optional.ofNullable(digest));
    }

    /**
     * Reads a reference from data rather than from the learner's typing (the engine's tags, a
     * lesson's {@code ref:}, a Dockerfile's {@code FROM}), by the same rules: empty where docker
     * would refuse it. Not normalized: {@code tag()} says whether a tag was written.
     */
    public static Optional<ImageReference> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text.strip()));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /** As {@link #read}, with {@code latest} filled in: the form in which two references compare equal. */
    public static Optional<ImageReference> normalized(String text) {
        return read(text).map(ImageReference::normalize);
    }

    /** Whether two texts name the same image once {@code latest} is filled in; false when either is no reference. */
    public static boolean same(String a, String b) {
        Optional<ImageReference> left = normalized(a);
        return left.isPresent() && left.equals(normalized(b));
    }

    /** The same repository (registry and path), whatever the tag or digest. */
    public boolean sameRepository(ImageReference other) {
        return domain.equals(other.domain) && path.equals(other.path);
    }

    /** The same reference with {@code latest} filled in when it names neither a tag nor a digest, as docker does. */
    public ImageReference normalize() {
        if (tag.isPresent() || digest.isPresent()) {
            return this;
        }
        return new ImageReference(domain, path, Optional.of(DEFAULT_TAG), digest);
    }

    /** The tag, or {@code latest}: pulls always name one, or the engine pulls every tag. */
    public String tagOrLatest() {
        return tag.orElse(DEFAULT_TAG);
    }

    /** Registry and path without tag or digest: {@code docker.io/library/busybox}. */
    public String repository() {
        return domain + "/" + path;
    }

    /** The short repository as docker prints it: {@code busybox}, {@code me/app}, {@code localhost:5000/app}. */
    public String familiarRepository() {
        if (!domain.equals(DEFAULT_DOMAIN)) {
            return repository();
        }
        if (path.startsWith("library/") && path.indexOf('/', "library/".length()) < 0) {
            return path.substring("library/".length());
        }
        return path;
    }

    /** The full name: {@code docker.io/library/busybox:latest} (after {@link #normalize()}). */
    public String fullName() {
        return repository() + suffix();
    }

    /** The familiar name docker shows: {@code busybox:latest} (after {@link #normalize()}). */
    public String familiarName() {
        return familiarRepository() + suffix();
    }

    private String suffix() {
        return tag.map(t -> ":" + t).orElse("") + digest.map(d -> "@" + d).orElse("");
    }

    @Override
    public String toString() {
        return familiarName();
    }
}
