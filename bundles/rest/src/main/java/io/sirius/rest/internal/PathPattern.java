package io.sirius.rest.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A route path such as {@code /block/{height}}: literal segments and named parameters.
 */
final class PathPattern {
    private final String template;
    private final String[] segments;
    private final int literals;

    PathPattern(String template) {
        this.template = template;
        this.segments = split(template);
        int count = 0;
        for (String s : segments) {
            if (!isParameter(s)) {
                count++;
            }
        }
        this.literals = count;
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    String template() {
        return template;
    }

    /** @return the number of literal segments: the more, the more specific */
    int specificity() {
        return literals;
    }

    /**
     * @param path a request path
     * @return the parameters, if the path matches
     */
    Optional<Map<String, String>> match(String path) {
        String[] parts = split(path);
        if (parts.length != segments.length) {
            return Optional.empty();
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            if (isParameter(segments[i])) {
                String value = URLDecoder.decode(parts[i], StandardCharsets.UTF_8);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(segments[i].substring(1, segments[i].length() - 1), value);
            } else if (!segments[i].equals(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }
}
