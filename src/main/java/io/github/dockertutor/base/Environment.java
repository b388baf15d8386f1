package io.github.dockertutor.base;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the tutor reads from the machine it runs on, gathered in one place so tests can hand in a
 * made-up machine instead of the real one.
 *
 * @param variables  the process environment
 * @param home       the user's home folder
 * @param osName     {@code os.name}: Linux, Mac OS X, Windows 11…
 * @param workingDir the folder the tutor was started in
 */
public record Environment(Map<String, String> variables, Path home, String osName, Path workingDir) {

    public static Environment current() {
        return new Environment(System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty("os.name"), Path.of("").toAbsolutePath());
    }

    public String get(String name) {
        return variables.get(name);
    }

    public boolean isWindows() {
        return osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }

    /**
     * Where progress, history, preferences and the log live: {@code %APPDATA%\dockertutor} on
     * Windows, else {@code $XDG_DATA_HOME/dockertutor}, else {@code ~/.local/share/dockertutor}.
     * {@code DOCKERTUTOR_HOME} overrides all, so tests and classrooms can keep learners apart.
     */
    public Path dataDirectory() {
        String override = variables.get("DOCKERTUTOR_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        if (isWindows()) {
            String appData = variables.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "dockertutor")
                    : home.resolve("AppData").resolve("Roaming").resolve("dockertutor");
        }
        String xdg = variables.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("dockertutor");
    }

    /** The log file that doctor names and where unexpected errors go in full. */
    public Path logFile() {
        return dataDirectory().resolve("dockertutor.log");
    }
}
