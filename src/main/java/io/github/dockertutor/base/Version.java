package io.github.dockertutor.base;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tutor's version, written into the jar by the build. */
public final class Version {
    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/dockertutor-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
