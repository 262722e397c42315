package io.sirius.kernel.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sirius.api.config.ConfigException;
import io.sirius.api.model.EntityType;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The entity versions a network accepts, from Sirius's supported-entities JSON:
 * {@code {"entities": [{"name": "Transfer", "type": "16724", "supportedVersions": [3]}, ...]}}. A type missing
 * from the list is not accepted at all ({@code Failure_Core_Invalid_Version}).
 *
 * @param versions entity type value to its accepted versions
 */
public record SupportedEntities(Map<Integer, Set<Integer>> versions) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Freezes the map. */
    public SupportedEntities {
        Map<Integer, Set<Integer>> copy = new TreeMap<>();
        versions.forEach((type, v) -> copy.put(type, Collections.unmodifiableSet(new TreeSet<>(v))));
        versions = Collections.unmodifiableMap(copy);
    }

    /**
     * @param json the supported-entities document
     * @return the parsed versions
     * @throws ConfigException saying which entry is malformed
     */
    public static SupportedEntities parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConfigException("supported entities: not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException("supported entities: unreadable: " + e.getMessage());
        }
        JsonNode entities = root == null ? null : root.get("entities");
        if (entities == null || !entities.isArray()) {
            throw new ConfigException("supported entities: the document needs an \"entities\" array");
        }
        Map<Integer, Set<Integer>> versions = new TreeMap<>();
        for (int i = 0; i < entities.size(); i++) {
            JsonNode entity = entities.get(i);
            String where = "supported entities: entry " + i + (entity.has("name") ? " (" + entity.get("name").asText() + ")" : "");
            JsonNode type = entity.get("type");
            JsonNode list = entity.get("supportedVersions");
            if (type == null || list == null || !list.isArray()) {
                throw new ConfigException(where + " needs \"type\" and a \"supportedVersions\" array");
            }
            long value;
            try {
                value = Long.decode(type.asText().trim());
            } catch (NumberFormatException e) {
                throw new ConfigException(where + ": type '" + type.asText() + "' is not a number");
            }
            if (value < 0 || value > 0xFFFF) {
                throw new ConfigException(where + ": type " + value + " does not fit 16 bits");
            }
            Set<Integer> accepted = new TreeSet<>();
            for (JsonNode v : list) {
                if (!v.isInt() || v.intValue() < 0 || v.intValue() > 0xFFFF) {
                    throw new ConfigException(where + ": version " + v + " is not a 16-bit number");
                }
                accepted.add(v.intValue());
            }
            if (versions.put((int) value, accepted) != null) {
                throw new ConfigException(where + ": type " + value + " is listed twice");
            }
        }
        return new SupportedEntities(versions);
    }

    /**
     * @param type an entity type
     * @param version an entity version
     * @return whether the network accepts that version of that type
     */
    public boolean supports(EntityType type, int version) {
        Set<Integer> accepted = versions.get(type.value());
        return accepted != null && accepted.contains(version);
    }

    /**
     * @param type an entity type
     * @return whether any version of it is accepted
     */
    public boolean supportsType(EntityType type) {
        Set<Integer> accepted = versions.get(type.value());
        return accepted != null && !accepted.isEmpty();
    }
}
