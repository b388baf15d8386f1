package io.github.dockertutor.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.AuthResponse;
import com.github.dockerjava.api.model.PushResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Image commands that answer in docker's own lines: rmi, history, load, push, login. */
final class ImageTools {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ImageTools() {
    }

    /** The engine answers [{"Untagged": …}, {"Deleted": …}]; docker prints each as a line. */
    static List<String> remove(DockerClient client, String image, boolean force, boolean noPrune) throws IOException {
        JsonNode answer = RawApi.delete(client, "/images/" + RawApi.segment(image),
                RawApi.query("force", Boolean.toString(force), "noprune", Boolean.toString(noPrune)));
        List<String> lines = new ArrayList<>();
        for (JsonNode item : answer) {
            if (item.hasNonNull("Untagged")) {
                lines.add("Untagged: " + item.get("Untagged").asText());
            }
            if (item.hasNonNull("Deleted")) {
                lines.add("Deleted: " + item.get("Deleted").asText());
            }
        }
        return lines;
    }

    static String history(DockerClient client, String image) throws IOException {
        return RawApi.get(client, "/images/" + RawApi.segment(image) + "/history", Map.of()).toString();
    }

    static String diskUsage(DockerClient client) throws IOException {
        return RawApi.get(client, "/system/df", Map.of()).toString();
    }

    /** Streams the tar to the engine and collects its lines ("Loaded image: …"); an error in the stream is thrown. */
    static List<String> load(DockerClient client, InputStream tar) throws IOException {
        List<String> lines = new ArrayList<>();
        try (DockerHttpClient.Response response = RawApi.stream(client, "POST", "/images/load",
                RawApi.query("quiet", "1"), tar)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(response.getBody(), StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = JSON.readTree(line);
                if (item.hasNonNull("error") || item.has("errorDetail")) {
                    String message = item.path("errorDetail").path("message").asText(item.path("error").asText());
                    throw EngineErrors.translate(new DockerClientException(message));
                }
                for (String text : item.path("stream").asText("").split("\n")) {
                    if (!text.isBlank()) {
                        lines.add(text.strip());
                    }
                }
            }
        }
        return lines;
    }

    /**
     * docker push's lines in a pipe: the repository, each layer once per state it reaches
     * (Preparing, Waiting, Pushed, Layer already exists), then the tag's digest and size.
     */
    static void push(DockerClient client, String repository, String tag, Optional<String> auth, Consumer<String> lines,
            Cancellation cancellation) throws InterruptedException {
        String[] streamError = {null};
        Set<String> seen = new LinkedHashSet<>();
        ResultCallback.Adapter<PushResponseItem> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(PushResponseItem item) {
                ResponseItem.ErrorDetail error = item.getErrorDetail();
                if (error != null || item.getError() != null) {
                    streamError[0] = error != null && error.getMessage() != null ? error.getMessage() : item.getError();
                    return;
                }
                String status = item.getStatus() == null ? "" : item.getStatus();
                if (status.isBlank() || status.equals("Pushing")) {
                    return;
                }
                String line = item.getId() == null || status.startsWith(item.getId() + ":") ? status
                        : item.getId() + ": " + status;
                if (seen.add(line)) {
                    lines.accept(line);
                }
            }
        };
        var command = client.pushImageCmd(repository).withTag(tag);
        if (auth.isPresent()) {
            command = command.withAuthConfig(new AuthConfig().withAuth(auth.get()));
        }
        command.exec(callback);
        cancellation.attach(callback);
        callback.awaitCompletion();
        cancellation.throwIfCancelled();
        if (streamError[0] != null) {
            throw EngineErrors.translate(new DockerClientException(streamError[0]));
        }
    }

    static String login(DockerClient client, String server, String username, String password) {
        AuthResponse answer = client.authCmd().withAuthConfig(new AuthConfig().withRegistryAddress(server)
                .withUsername(username).withPassword(password)).exec();
        return answer.getStatus() == null ? "" : answer.getStatus();
    }
}
