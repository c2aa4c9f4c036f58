package dev.ducky.evals.slackexport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Slack workspace export as Slack writes it: {@code users.json} at the top, and one folder per channel
 * holding a JSON array of messages per day ({@code 2025-09-29.json}).
 */
public final class SlackExport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Map<String, JsonNode> users = new HashMap<>();

    public SlackExport(Path dir) {
        this.dir = dir;
        Path usersFile = dir.resolve("users.json");
        if (!Files.isRegularFile(usersFile)) {
            throw new SlackExportException(dir + " is not a Slack export: it has no users.json");
        }
        for (JsonNode user : read(usersFile)) {
            users.put(user.path("id").asText(), user);
        }
    }

    /** The name people saw for a user id (display name, else real name, else handle). */
    public String nameOf(String userId) {
        JsonNode user = users.get(userId);
        if (user == null) {
            return userId;
        }
        for (String field : List.of("display_name", "real_name")) {
            String name = user.path("profile").path(field).asText("");
            if (!name.isBlank()) {
                return name;
            }
        }
        return user.path("real_name").asText(user.path("name").asText(userId));
    }

    /** Whether the user is a bot whose name says it is Ducky. */
    public boolean isDucky(String userId) {
        JsonNode user = users.get(userId);
        return user != null && user.path("is_bot").asBoolean() && user.toString().toLowerCase().contains("ducky");
    }

    /** The channel's messages, oldest first, across its daily files. */
    public List<ExportMessage> messages(String channel) {
        String name = channel.startsWith("#") ? channel.substring(1) : channel;
        Path folder = dir.resolve(name);
        if (!Files.isDirectory(folder)) {
            throw new SlackExportException("the export has no channel '" + name + "'; it has: "
                    + String.join(", ", channels()));
        }
        List<ExportMessage> messages = new ArrayList<>();
        try (Stream<Path> days = Files.list(folder)) {
            for (Path day : days.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode message : read(day)) {
                    messages.add(message(message));
                }
            }
        } catch (IOException e) {
            throw new SlackExportException("cannot read " + folder, e);
        }
        messages.sort(Comparator.comparingDouble(ExportMessage::seconds));
        return messages;
    }

    private ExportMessage message(JsonNode m) {
        StringBuilder text = new StringBuilder(m.path("text").asText(""));
        for (JsonNode attachment : m.path("attachments")) {
            for (String field : List.of("title", "text")) {
                String part = attachment.path(field).asText("");
                if (!part.isBlank() && !text.toString().contains(part)) {
                    text.append(text.isEmpty() ? "" : "\n").append(part);
                }
            }
        }
        String user = m.hasNonNull("user") ? m.get("user").asText() : null;
        String author = user != null ? nameOf(user) : m.path("username").asText(m.path("bot_profile").path("name")
                .asText("integration"));
        return new ExportMessage(m.path("ts").asText(), m.hasNonNull("thread_ts") ? m.get("thread_ts").asText() : null,
                user, author, m.hasNonNull("subtype") ? m.get("subtype").asText() : null,
                m.hasNonNull("bot_id") ? m.get("bot_id").asText() : null, text.toString());
    }

    private List<String> channels() {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new SlackExportException("cannot list " + dir, e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (!node.isArray()) {
                throw new SlackExportException(file + " is not a JSON array as Slack exports write them");
            }
            return node;
        } catch (IOException e) {
            throw new SlackExportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
