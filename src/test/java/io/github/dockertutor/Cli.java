package io.github.dockertutor;

import io.github.dockertutor.app.Main;
import io.github.dockertutor.base.Environment;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the dockertutor command line in-process on a made-up machine, as a learner or teacher would. */
public final class Cli {
    public record Run(int code, String out, String err) {
    }

    private Cli() {
    }

    /** {@code home} is the user's home, its {@code data} folder the tutor's; {@code stdin} is what is typed. */
    public static Run run(Path home, Path workingDir, Map<String, String> env, String stdin, String... args) {
        return run(home, workingDir, "Linux", env, stdin, args);
    }

    /** As {@link #run(Path, Path, Map, String, String...)} on another operating system ({@code os.name}: "Mac OS X"…). */
    public static Run run(Path home, Path workingDir, String osName, Map<String, String> env, String stdin,
            String... args) {
        Map<String, String> variables = new HashMap<>(env);
        variables.put("DOCKERTUTOR_HOME", home.resolve("data").toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(new Environment(variables, home, osName, workingDir),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
        return new Run(code, out.toString(), err.toString());
    }
}
